// Natural questions as people ask them, English and Korean in several registers, over the fixture
// graph: the answers a user gets, and the one error line saying which part was not understood.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kg/engine.h"
#include "tests/support/asked_graph.h"
#include "tests/support/fixture_graph.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

// The graph these questions are asked of.
struct Graph : testing::AskedGraph {
  Graph() : AskedGraph(testing::BuildFixtureGraph) {}
};

}  // namespace

TEST_CASE("English: possessives, relation nouns, word order and voice", "[understand]") {
  Graph g;
  CHECK(g.Answers("who's OpenAI's chief executive?") == V{"Sam Altman"});
  CHECK(g.Answers("Which company is Sam Altman the CEO of?") == V{"OpenAI"});
  CHECK(g.Answers("whose CEO is Sam Altman") == V{"OpenAI"});
  CHECK(g.Answers("What was released by DeepSeek?") == V{"DeepSeek-R1"});
  CHECK(g.Answers("who teamed up with Kakao") == V{"OpenAI"});
  CHECK(g.Answers("Who did OpenAI sue?") == V{"DeepSeek"});
  CHECK(g.Answers("list the companies that put money into France") == V{"Amazon", "Microsoft"});
  CHECK(g.Answers("Which countries rank first in the Global AI Index?") == V{"United States"});
}

TEST_CASE("English: values, counts, yes/no and negation", "[understand]") {
  Graph g;
  CHECK(g.Answers("How much money did Microsoft invest in France?") == V{"4000000000 EUR"});
  CHECK(g.Answers("When did DeepSeek launch DeepSeek-R1?") == V{"2025-01-20"});
  CHECK(g.Answers("How many countries are ranked in the Global AI Index?") == V{"3"});
  CHECK(g.Answers("Does Kakao work with OpenAI?") == V{"yes"});
  CHECK(g.Answers("Did Amazon invest in Canada?") == V{"no"});
  CHECK(g.Answers("Is Zhipu AI one of the Six Little Tigers?") == V{"yes"});
  CHECK(g.Answers("Which countries didn't sign the AI Action Summit declaration?") ==
        V{"United Kingdom", "United States"});
}

TEST_CASE("Korean: question words anywhere, every register, relation nouns", "[understand]") {
  Graph g;
  CHECK(g.Answers("오픈AI의 대표는 누구야?") == V{"Sam Altman"});
  CHECK(g.Answers("오픈AI의 CEO는 누구입니까?") == V{"Sam Altman"});
  CHECK(g.Answers("카카오는 누구와 협력했니?") == V{"OpenAI"});
  CHECK(g.Answers("딥시크가 출시한 모델은 뭐예요?") == V{"DeepSeek-R1"});
  CHECK(g.Answers("샘 알트만이 방문한 나라는 어디인가요?") == V{"South Korea"});
  CHECK(g.Answers("6소호에 속한 기업은 몇 개야?") == V{"2"});
  CHECK(g.Answers("마이크로소프트가 프랑스에 투자한 금액은 얼마지?") == V{"4000000000 EUR"});
  CHECK(g.Answers("딥시크는 언제 딥시크-R1을 출시했나요") == V{"2025-01-20"});
}

TEST_CASE("Korean: yes/no in several endings", "[understand]") {
  Graph g;
  CHECK(g.Answers("카카오가 오픈AI와 협력했니?") == V{"yes"});
  CHECK(g.Answers("아마존은 캐나다에 투자했습니까?") == V{"no"});
  CHECK(g.Answers("문샷AI는 6소호에 속해 있나요?") == V{"yes"});
}

TEST_CASE("a question not understood says which part", "[understand]") {
  Graph g;
  CHECK(g.Error("who blorped OpenAI?") ==
        "line 1, column 5: did not understand 'blorped' \xE2\x80\x94 no relation word found");
  CHECK(g.Error("오픈AI는 뭘 쀍했어?") ==
        "line 1, column 9: did not understand '쀍했어' \xE2\x80\x94 no relation word found");
  // A lower-case word where a name goes is a name the graph does not have.
  CHECK(g.Error("who partnered with blorp?").find("blorp") != std::string::npos);
  CHECK(g.Error("Who is the CEO of OpenAl?").find("did you mean") != std::string::npos);
}


TEST_CASE("English: filing a complaint against, countersuing, a sequel to", "[understand]") {
  Graph g;
  CHECK(g.Answers("Which company did OpenAI file a formal complaint against?") == V{"DeepSeek"});
  CHECK(g.Answers("Who filed a complaint against DeepSeek?") == V{"OpenAI"});
  CHECK(g.Answers("Did OpenAI file a complaint against DeepSeek?") == V{"yes"});
  CHECK(g.Answers("Did DeepSeek file a complaint against OpenAI?") ==
        g.Answers("Did DeepSeek accuse OpenAI?"));
  CHECK(g.Answers("Whom did OpenAI countersue?") == V{"DeepSeek"});
  CHECK(g.Answers("What is DeepSeek-R2 a sequel to?") == V{"DeepSeek-R1"});
  CHECK(g.Answers("What is the sequel to DeepSeek-R1?") == V{"DeepSeek-R2"});
}


TEST_CASE("English: a title before a person's name only says who the person is", "[understand]") {
  Graph g;
  CHECK(g.Answers("Which country did CEO Sam Altman visit?") == V{"South Korea"});
  CHECK(g.Answers("Did CEO Sam Altman visit France?") == V{"no"});
  CHECK(g.Answers("Which country did chairman Sam Altman visit?") == V{"South Korea"});
  CHECK(g.Answers("Where did chief executive Sam Altman travel?") == V{"South Korea"});
  CHECK(g.Answers("Which company does president Sam Altman run?") == V{"OpenAI"});
  // Before an organisation, or with no other relation word, the title is what is asked.
  CHECK(g.Answers("Who is the OpenAI CEO?") == V{"Sam Altman"});
  CHECK(g.Answers("Which company is Sam Altman the CEO of?") == V{"OpenAI"});
}

}  // namespace kg
