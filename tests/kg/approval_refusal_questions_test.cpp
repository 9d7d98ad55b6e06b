// Questions about approvals and refusals (relations approved, refused), in Korean and English,
// over a graph ingested from sentences of our own: the relations' verbs and their question
// words (허가하다, 거절하다, turn down) reach the facts the extractor stated.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {
using V = std::vector<std::string>;
const char* const kText =
    "**가람보건청**은 지난해 **하솔제약**의 신약 **베로닉**을 승인했다.\n\n"
    "**한솔게임즈** 이사회는 3월 2일 **누리플레이**의 합병 제안을 거부했죠.\n";
}  // namespace

TEST_CASE("who approved a product, and what an authority approved", "[understand][approvals]") {
  testing::AskedGraph g(kText, "approvals.md");
  CHECK(g.Answers("베로닉을 승인한 곳은?") == V{"가람보건청"});
  CHECK(g.Answers("베로닉을 허가한 기관은?") == V{"가람보건청"});
  CHECK(g.Answers("Who approved 베로닉?") == V{"가람보건청"});
  CHECK(g.Answers("What did 가람보건청 approve?") == V{"베로닉"});
}

TEST_CASE("who refused a party's proposal, in the relation's words and its question words",
          "[understand][refusals]") {
  testing::AskedGraph g(kText, "refusals.md");
  CHECK(g.Answers("누리플레이의 제안을 거부한 회사는?") == V{"한솔게임즈"});
  CHECK(g.Answers("누리플레이를 거절한 회사는?") == V{"한솔게임즈"});
  CHECK(g.Answers("Who turned down 누리플레이?") == V{"한솔게임즈"});
  CHECK(g.Answers("Who rejected 누리플레이?") == V{"한솔게임즈"});
  CHECK(g.Answers("Who rejected 베로닉?") == V{});
}

}  // namespace kg
