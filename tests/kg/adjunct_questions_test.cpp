// Questions whose words put a name or the question word in the wrong slot unless read as
// people mean them: a phrase of place or occasion after the verb ("unveil at the fair",
// "compete with in Spain") is an adjunct and the question word the object; an adjective
// between a possessor and a relation noun keeps it a noun ("X's biggest rival"); Korean
// passive and intransitive verbs whose subject is marked 에 (X에 들어간 칩); and question verbs
// of the vocabulary (일하다 for a position held, 품다 for an acquisition).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

using Graph = testing::QuestionGraph;

}  // namespace

TEST_CASE("English: a prepositional phrase after the verb is an adjunct when the question word "
          "has no slot",
          "[understand]") {
  Graph g;
  // "at the fair" is where, not what: unveil (released), not unveil at (announced_at).
  CHECK(g.Answers("What product did Brisa Labs unveil at the Lisbon Robotics Fair?") ==
        V{"Lumen 1", "Lumen 2"});
  CHECK(g.Answers("Which company did Brisa Labs buy in Portugal?") ==
        V{"Quorra Systems", "Tessel AI"});
  CHECK(g.Answers("Which companies does Corren Motors compete with in Spain?") ==
        V{"Quorra Systems"});
  // The phrase that does fill a slot still does.
  CHECK(g.Answers("Who does Corren Motors compete with?") == V{"Quorra Systems"});
  CHECK(g.Answers("Where does Brisa Labs rank in the Robotics 50?") == V{"3"});
  CHECK(g.Answers("Which company invested in Tessel AI?") == V{"Corren Motors"});
}

TEST_CASE("English: an adjective between a possessor and a relation noun keeps it a noun",
          "[understand]") {
  Graph g;
  // "rival" is also a verb; after "Quorra Systems' biggest" it is the noun, and "in Spain"
  // only says where.
  CHECK(g.Answers("Who is Quorra Systems' biggest rival in Spain?") == V{"Corren Motors"});
  CHECK(g.Answers("Who is Quorra Systems' main rival?") == V{"Corren Motors"});
}

TEST_CASE("Korean: a passive or intransitive verb's 에 phrase is the user (X에 들어간 Y)",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("루멘 2에 들어간 엔진은?") == V{"Orca Engine"});
  CHECK(g.Answers("루멘 2에 쓰일 엔진은 무엇인가?") == V{"Orca Engine"});
  CHECK(g.Answers("루멘 2에 적용된 기술은 뭐니?") == V{"Orca Engine"});
  // The active verb keeps its subject: who uses the engine.
  CHECK(g.Answers("오르카 엔진을 사용하는 제품은?") == V{"Lumen 2"});
}

TEST_CASE("Korean question verbs: 일하다 (position held), 품다 (acquired)", "[understand]") {
  Graph g;
  CHECK(g.Answers("마르타 헤이스는 어떤 회사에서 일하죠?") == V{"Corren Motors"});
  CHECK(g.Answers("마르타 헤이스가 근무하는 회사는?") == V{"Corren Motors"});
  CHECK(g.Answers("브리사랩스는 테셀AI를 얼마에 품었어?") == V{"90000000 USD"});
  CHECK(g.Answers("브리사랩스가 품은 회사는?") == V{"Quorra Systems", "Tessel AI"});
}

}  // namespace kg
