// Korean questions that name their relation by an agreement noun (계약을 맺은 상대는) or end in
// a noun with 은/는 and no question word (…하는 상대는?): what they ask, never yes or no.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"
#include "tests/support/fixture_graph.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Korean: an agreement made with a light verb is the agreement's relation",
          "[understand]") {
  testing::AskedGraph g(testing::BuildFixtureGraph);
  // Kakao partnered_with OpenAI: an agreement for nothing named is a partnership.
  CHECK(g.Answers("카카오가 장기 계약을 맺은 상대는?") == V{"OpenAI"});
  CHECK(g.Answers("카카오는 오픈AI와 협약을 체결했나요?") == V{"yes"});
  // A relation noun before it says what the agreement is for.
  CHECK(g.Answers("카카오는 오픈AI와 공급 계약을 맺었나요?") == V{"no"});
}

TEST_CASE("Korean: a question ending in a noun with 은/는 asks for it, not yes or no",
          "[understand]") {
  testing::QuestionGraph g;
  // 다투다 is no relation verb; 상대 (a rival) is asked of the one named.
  CHECK(g.Answers("코렌모터스가 유럽에서 다투는 상대는?") == V{"Quorra Systems"});
  // With a question ending, still yes or no.
  CHECK(g.Answers("코렌모터스는 쿼라시스템즈와 경쟁하나요?") == V{"yes"});
}

}  // namespace kg
