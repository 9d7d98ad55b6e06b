// Questions about who holds an event (relation organizes), in Korean and English, over a graph
// ingested from sentences of our own: the relation's verbs (주최하다, 열다) and its question
// words (host, organize, 개최하다) reach the facts the extractor stated.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {
using V = std::vector<std::string>;
const char* const kText =
    "**가람 데이터 포럼 2026**이 3월 4일 **벡스코**에서 열렸다.\n"
    "포럼은 **한빛부**와 **다온재단**이 공동으로 주최했다.\n";
}  // namespace

TEST_CASE("who organized an event, and what an organiser held", "[understand][events]") {
  testing::AskedGraph g(kText, "events.md");
  CHECK(g.Answers("가람 데이터 포럼 2026을 주최한 곳은?") == V{"다온재단", "한빛부"});
  CHECK(g.Answers("Who organized 가람 데이터 포럼 2026?") == V{"다온재단", "한빛부"});
  CHECK(g.Answers("Who hosted 가람 데이터 포럼 2026?") == V{"다온재단", "한빛부"});
  CHECK(g.Answers("다온재단이 주최한 행사는?") == V{"가람 데이터 포럼 2026"});
}

}  // namespace kg
