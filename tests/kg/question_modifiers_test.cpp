// Words before a question's nouns that narrow them rather than name anything: an acronym the
// graph has no entity for ("EV batteries"), a nationality word on the answer ("which Spanish
// company", 스페인 기업), a noun before the head ("which chip company", 정부 사업), rank
// questions (X's rank in Y, 몇 위를 했어, 3위에 오른), and a partner before a Korean relation noun
// (X와 제휴 관계를 맺은 회사).
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"
#include "tests/support/fixture_graph.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

using Graph = testing::QuestionGraph;

}  // namespace

TEST_CASE("an unknown acronym before a noun is a modifier, not a name", "[understand]") {
  Graph g;
  CHECK(g.Answers("How much did Corren Motors invest in Tessel AI for EV batteries?") ==
        V{"20000000 USD"});
  CHECK(g.Answers("Which company builds the Brisa Campus for XR research?") == V{"Corren Motors"});
  // After another modifier of the same noun, too.
  CHECK(g.Answers("Which company builds the Brisa Campus for the global XR research?") ==
        V{"Corren Motors"});
  // Not after a preposition it may be what the question is about: still a name unknown, and
  // no "no" for a yes/no question.
  CHECK(g.Error("Does Brisa Labs own its XR unit?").find("no entity 'XR'") != std::string::npos);
  CHECK(g.Error("Where will Corren Motors build its XR plant?").find("no entity 'XR'") !=
        std::string::npos);
  // Left as the only word for an end of the relation, the acronym is still a name unknown.
  CHECK(g.Error("Who invested in EV makers?").find("no entity 'EV'") != std::string::npos);
  CHECK(g.Error("Who acquired XR?").find("no entity 'XR'") != std::string::npos);
}


TEST_CASE("a rank question asks for the rank, not the list", "[understand]") {
  Graph g;
  CHECK(g.Answers("What is Brisa Labs' rank in the Robotics 50?") == V{"3"});
  CHECK(g.Answers("What was Brisa Labs' rank?") == V{"3"});
  CHECK(g.Answers("브리사랩스는 로보틱스 50에서 몇 위야?") == V{"3"});
  CHECK(g.Answers("브리사랩스는 로보틱스 50에서 몇 위를 했어?") == V{"3"});
  CHECK(g.Answers("브리사랩스는 로보틱스 50에서 몇 위를 차지했나요?") == V{"3"});
  // The list left unnamed in words the graph does not know: no rank of another list.
  CHECK(!g.Error("What is Brisa Labs' rank in the robotics survey?").empty());
}

TEST_CASE("Korean: a list one rises into (오르다, 들다) ranks one, at the rank named", "[understand]") {
  Graph g;
  CHECK(g.Answers("로보틱스 50에 오른 회사는?") == V{"Brisa Labs"});
  CHECK(g.Answers("로보틱스 50에서 3위에 오른 회사는?") == V{"Brisa Labs"});
  // Another rank: no company, not every company on the list.
  CHECK(g.Answers("로보틱스 50에서 1위에 오른 회사는?") == V{});
  CHECK(g.Answers("브리사랩스는 로보틱스 50에 들었나요?") == V{"yes"});
  CHECK(g.Answers("코렌모터스는 로보틱스 50에 들었나요?") == V{"no"});
}

TEST_CASE("a deed done together (co-founded) is the deed", "[understand]") {
  Graph g;
  CHECK(g.Answers("Which company did Brisa Labs co-establish?") == V{"Brisa Ventures"});
  CHECK(g.Answers("Who co-owns Tessel AI?") == V{"Brisa Labs"});
}

TEST_CASE("a nationality word on the answer keeps the things in that country", "[understand]") {
  Graph g;
  // Corren Motors (in Spain) supplies Brisa Labs (in Portugal).
  CHECK(g.Answers("Which Portuguese company does Corren Motors supply?") == V{"Brisa Labs"});
  CHECK(g.Answers("Which Spanish company supplies Brisa Labs?") == V{"Corren Motors"});
  CHECK(g.Answers("Which Portuguese company supplies Brisa Labs?") == V{});
  CHECK(g.Answers("코렌모터스가 공급하는 포르투갈 기업은?") == V{"Brisa Labs"});
  CHECK(g.Answers("브리사랩스에 공급하는 스페인 회사는?") == V{"Corren Motors"});
  CHECK(g.Answers("브리사랩스에 공급하는 포르투갈 회사는?") == V{});
  // Things the graph places nowhere are not known to be in the country.
  CHECK(g.Answers("Which Spanish company did Brisa Labs acquire?") == V{});
  CHECK(g.Answers("브리사랩스가 인수한 스페인 기업은?") == V{});
  // A country the graph does not have: a name unknown, not every supplier.
  CHECK(g.Error("Which Japanese company supplies Brisa Labs?").find("no entity 'Japan") !=
        std::string::npos);
}

TEST_CASE("of nouns run together after which/what, the last is the type asked", "[understand]") {
  Graph g;
  // "chip" alone would ask for a product; the company is what is asked.
  CHECK(g.Answers("Which chip company did Brisa Labs acquire?") ==
        V{"Quorra Systems", "Tessel AI"});
  CHECK(g.Answers("Which chip company does Corren Motors supply?") == V{"Brisa Labs"});
  CHECK(g.Answers("What robotics firm does Brisa Labs own?") == V{"Tessel AI"});
  // The head still keeps out things of another type.
  CHECK(g.Answers("Which software product did Brisa Labs acquire?") == V{});
  // A capitalised word there may be a name: unknown, it is still reported.
  CHECK(g.Error("Which Zorvex company did Brisa Labs acquire?").find("no entity 'Zorvex'") !=
        std::string::npos);
}

TEST_CASE("Korean: of nouns run together after a relative clause, the last is its head",
          "[understand]") {
  Graph g;
  // 정부 alone would ask for a government; 사업 is what is asked.
  CHECK(g.Answers("리스본 시의회가 투자한 정부 사업은?") == V{"Quorra Systems"});
  CHECK(g.Answers("코렌모터스가 공급하는 로봇 기업은?") == V{"Brisa Labs"});
  // A relation noun after the head still asks a second question.
  CHECK(g.Answers("테셀AI를 인수한 회사 대표는?") == V{"Tomas Lund"});
  // 사업 is no compound of 사다 (buy): no purchase is asked.
  CHECK(g.Answers("브리사랩스가 투자하는 사업은?") == V{"Corren Motors"});
  // Past a light verb read with its noun (조사에 착수한), the head still types the answer.
  CHECK(g.Answers("포르투 시의회가 조사에 착수한 회사는?") == V{"Corren Motors"});
  CHECK(g.Answers("포르투 시의회가 조사에 착수한 법은?") == V{});
}

TEST_CASE("Korean: a partner before a relation noun is its object", "[understand]") {
  testing::AskedGraph g(testing::BuildFixtureGraph);
  // Kakao partnered_with OpenAI: the one named with 와 is no answer.
  CHECK(g.Answers("카카오와 제휴 관계를 맺은 회사는?") == V{"OpenAI"});
  CHECK(g.Answers("카카오와 협력 관계인 회사는?") == V{"OpenAI"});
}

}  // namespace kg
