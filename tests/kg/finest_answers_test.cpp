// A natural question's answers at their finest (kg/query/finest_answers.cpp): a place that
// holds another answer and a date another answer narrows are left out; a pattern is answered
// as written.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("where: the city, not the city and the country that holds it", "[understand]") {
  testing::AskedGraph g(
      "# 누리랩스\n\n프랑스 스타트업 누리랩스는 프랑스 파리에 본사를 두고 있다.\n", "seat.ko.md");
  CHECK(g.Answers("누리랩스 본사는 어디에 있어?") == V{"Paris"});
  CHECK(g.Answers("Where is 누리랩스 based?") == V{"Paris"});
  // The pattern keeps both facts.
  CHECK(g.Answers("누리랩스 located_in ?x") == V{"France", "Paris"});
}

TEST_CASE("when: the month, not also the year it falls in", "[understand]") {
  testing::AskedGraph g(
      "# 한결폰\n\n한결전자는 2024년 스마트폰 '한결폰'을 출시했다. 한결전자는 2024년 12월 "
      "'한결폰'을 "
      "출시했다고 밝혔다.\n",
      "launch.ko.md");
  CHECK(g.Answers("한결폰은 언제 출시됐어?") == V{"2024-12"});
  CHECK(g.Answers("select ?d where 한결전자 released 한결폰 [date ?d]") == V{"2024", "2024-12"});
}

}  // namespace kg
