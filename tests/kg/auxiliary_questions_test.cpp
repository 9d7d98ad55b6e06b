// Korean questions whose verb goes on in an auxiliary before the head noun (공급해 온 회사,
// 수사하고 있는 곳, 공급하기로 한 곳, 내놓겠다고 한 것): the verb and its auxiliary are one
// relative clause, so the head is what is asked -- not a yes/no question, nor a question no
// relation fits. A bound noun that states the clause (착수할 것으로 보이나요) makes none; a
// head with the copula is said of the topic (X는 어디에 있는 회사인가); a bare name before a
// kind noun takes its particle ('X' 보고서를 펴낸 곳). English does the same with a stranded
// preposition (Who will X supply Y to?). And 최대주주 (largest shareholder) asks for the owner.
// The -어지다 passive (지어지고, 세워졌니) reads as its verb's passive, and 어디에 with a passive
// verb that puts a thing somewhere asks where the thing stands.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

using Graph = testing::QuestionGraph;

}  // namespace

TEST_CASE("Korean: a verb with an auxiliary before the head asks for the head", "[understand]") {
  Graph g;
  // -어 온, -고 있는: the progressive and perfect auxiliaries.
  CHECK(g.Answers("코렌모터스가 부품을 공급해 온 회사는?") == V{"Brisa Labs"});
  CHECK(g.Answers("코렌모터스를 수사하고 있는 곳은 어디죠?") == V{"Porto Council"});
  CHECK(g.Answers("코렌모터스가 투자해 온 회사는?") == V{"Tessel AI"});
  // -기로 한: a decision; a named thing with 를 is what is supplied, not to whom.
  CHECK(g.Answers("코렌모터스가 루멘 1을 공급하기로 한 곳은 어디인가요?") == V{"Brisa Labs"});
  // -겠다고 한: a stated intention.
  CHECK(g.Answers("브리사랩스가 내놓겠다고 한 제품은?") == V{"Lumen 2"});
  // A finite verb with the auxiliary is still a yes/no question.
  CHECK(g.Answers("코렌모터스는 브리사랩스에 부품을 공급해 왔니?") == V{"yes"});
}

TEST_CASE("Korean: a bound noun after the verb states the clause, no head to ask for",
          "[understand]") {
  Graph g;
  // 것으로 보이나요: whether it is expected, not what.
  CHECK(g.Answers("포르투 시의회가 코렌모터스에 대한 조사에 착수할 것으로 보이나요?") == V{"yes"});
  CHECK(g.Answers("리스본 시의회가 코렌모터스에 대한 조사에 착수할 것으로 보이나요?") == V{"no"});
}

TEST_CASE("Korean: a head with the copula is said of the topic (X는 어디에 있는 회사인가)",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("브리사랩스는 어디에 있어?") == V{"Portugal"});
  CHECK(g.Answers("브리사랩스는 어디에 있는 회사인가?") == V{"Portugal"});
  CHECK(g.Answers("코렌모터스는 어디에 있는 기업인가요?") == V{"Spain"});
  // Without the question word the head is still what is asked.
  CHECK(g.Answers("포르투갈에 있는 회사는?") == V{"Brisa Labs"});
}

TEST_CASE("Korean: a bare name before a kind noun in a relative clause takes its particle",
          "[understand]") {
  Graph g;
  // '로보틱스 50' 보고서를: the report named is the object of 펴내다, not its publisher.
  CHECK(g.Answers("'로보틱스 50' 보고서를 펴낸 곳은?") == V{"Porto Council"});
  CHECK(g.Answers("로보틱스 50 보고서를 발간한 기관은 어디인가요?") == V{"Porto Council"});
}

TEST_CASE("English: a preposition stranded after the verb's object takes the question word",
          "[understand]") {
  Graph g;
  // What is supplied (Lumen 1) is no end of supplies; to whom is.
  CHECK(g.Answers("Who does Corren Motors supply Lumen 1 to?") == V{"Brisa Labs"});
  CHECK(g.Answers("Which company will Corren Motors supply Lumen 1 to?") == V{"Brisa Labs"});
  CHECK(g.Answers("Who does Brisa Labs supply Lumen 1 to?") == V{});
  // "parts" (part of: member_of) only says what is supplied: the stranded "to" is the verb's.
  CHECK(g.Answers("Which company does Corren Motors supply engine parts to?") == V{"Brisa Labs"});
  CHECK(g.Answers("Who will Corren Motors supply spare parts to?") == V{"Brisa Labs"});
  // Without the verb's preposition the noun still says it.
  CHECK(g.Answers("What is Brisa Labs part of?") == V{"Iberian Robotics Alliance"});
}

TEST_CASE("Korean: 최대주주 asks for the owner", "[understand]") {
  Graph g;
  CHECK(g.Answers("테셀AI의 최대주주는?") == V{"Brisa Labs"});
  CHECK(g.Answers("테셀AI의 최대주주는 어디인가요?") == V{"Brisa Labs"});
  CHECK(g.Answers("브리사랩스가 최대주주로 있는 회사는?") == V{"Tessel AI"});
}

TEST_CASE("Korean: 어디에 with a passive verb of building asks where the thing stands",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("브리사 캠퍼스는 어디에 건설되고 있어?") == V{"Lisbon"});
  CHECK(g.Answers("브리사 캠퍼스는 어디에 지어지고 있어?") == V{"Lisbon"});
  // The -어지다 passive of a verb of building without a place still asks the builder.
  CHECK(g.Answers("브리사 캠퍼스는 누구에 의해 지어지고 있어?") == V{"Corren Motors"});
  // Another passive: 에 marks the doer (the buyer), as before.
  CHECK(g.Answers("테셀AI는 어디에 인수됐어?") == V{"Brisa Labs"});
}

}  // namespace kg
