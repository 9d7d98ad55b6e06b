// The question reader's grammar beyond the basic forms (understand_test.cpp), over a graph of
// made-up companies: tense and plans, becoming and plan constructions, ... Each case is one
// class of question, in sentences of its own.
#include <algorithm>
#include <catch2/catch.hpp>

#include "kg/engine.h"
#include "tests/support/asked_graph.h"
#include "tests/support/fixture_graph.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

using Graph = testing::QuestionGraph;

}  // namespace

TEST_CASE("a question about plans answers with the plans, when the graph has any",
          "[understand]") {
  Graph g;
  // Future, "going to" and the progressive ask what is planned, not what is done.
  CHECK(g.Answers("What will Brisa Labs release?") == V{"Lumen 2"});
  CHECK(g.Answers("what is Brisa Labs going to release next") == V{"Lumen 2"});
  CHECK(g.Answers("Which company is Brisa Labs acquiring?") == V{"Quorra Systems"});
  CHECK(g.Answers("브리사랩스가 앞으로 출시할 제품은?") == V{"Lumen 2"});
  CHECK(g.Answers("브리사랩스가 인수하려는 회사는 어디야?") == V{"Quorra Systems"});
  // The past, a Korean past relative clause and "X or will X" keep both.
  CHECK(g.Answers("What did Brisa Labs acquire?") == V{"Quorra Systems", "Tessel AI"});
  CHECK(g.Answers("브리사랩스가 인수한 회사는?") == V{"Quorra Systems", "Tessel AI"});
  CHECK(g.Answers("List every company Brisa Labs bought or will buy") ==
        V{"Quorra Systems", "Tessel AI"});
  // Nothing planned: the deeds answer.
  CHECK(g.Answers("What will Tessel AI release?") == V{});
}

TEST_CASE("Korean: a -ㄹ verb before 계획 or 예정, and -게 되다, state a plan", "[understand]") {
  Graph g;
  CHECK(g.Answers("브리사랩스는 코렌모터스에 투자할 계획인가요?") == V{"yes"});
  CHECK(g.Answers("브리사랩스가 코렌모터스에 투자할 계획이 있니?") == V{"yes"});
  CHECK(g.Answers("브리사랩스는 무엇을 출시할 예정이야?") == V{"Lumen 2"});
  CHECK(g.Answers("브리사랩스는 루멘 2를 출시할 예정이지?") == V{"yes"});
  CHECK(g.Answers("브리사랩스가 쿼라시스템즈를 인수하게 되나요?") == V{"yes"});
  // Asked as done, a plan is no deed.
  CHECK(g.Answers("브리사랩스가 쿼라시스템즈를 인수했니?") == V{"no"});
}

TEST_CASE("Korean: a relation noun with a value word asks for the value", "[understand]") {
  Graph g;
  // The value word apart (인수 금액) reads as the compound does (인수금액).
  CHECK(g.Answers("브리사랩스의 테셀AI 인수 금액은?") == V{"90000000 USD"});
  CHECK(g.Answers("브리사랩스의 테셀AI 인수금액은?") == V{"90000000 USD"});
  // A bare name before the event noun: what the event is done to.
  CHECK(g.Answers("루멘 1 출시일은?") == V{"2024-05-02"});
  CHECK(g.Answers("브리사 캠퍼스 건설 비용은 얼마야?") == V{"300000000 USD"});
  // A value word is a noun even where it could begin a verb (시기, 위치).
  CHECK(g.Answers("리스본 로보틱스 페어 개최 시기는?") == V{"2025-06"});
  CHECK(g.Answers("코렌모터스 본사 위치") == V{"Spain"});
  // A clause made a noun by 건/것 and asked for a value is the event itself.
  CHECK(g.Answers("코렌모터스가 테셀AI에 투자한 건 얼마야?") == V{"20000000 USD"});
  CHECK(g.Answers("브리사랩스가 루멘 1을 출시한 것은 언제인가요?") == V{"2024-05-02"});
}

TEST_CASE("English: where a thing was done, where one works, how much money", "[understand]") {
  Graph g;
  // Both ends named: "where" asks for the place of the fact.
  CHECK(g.Answers("Where did Brisa Labs release Lumen 1?") == V{"Lisbon"});
  // A kind noun after the product's name ("the Lumen 1 phone") only says what it is.
  CHECK(g.Answers("When was the Lumen 1 phone released?") == V{"2024-05-02"});
  CHECK(g.Answers("Where does Ines Carvalho work as an engineer?") == V{"Brisa Labs"});
  CHECK(g.Answers("Who works at Brisa Labs?") == V{"Ines Carvalho"});
  // "how much money": the value word repeats what is asked, or is a fronted object.
  CHECK(g.Answers("How much money did Corren Motors invest in Tessel AI?") == V{"20000000 USD"});
  CHECK(g.Answers("how much money did corren motors put into tessel ai") == V{"20000000 USD"});
  // "plans to" is the auxiliary of the verb after it.
  CHECK(g.Answers("How much does Brisa Labs plan to invest in Corren Motors?") ==
        V{"50000000 USD"});
  CHECK(g.Answers("Does Brisa Labs plan to invest in Corren Motors?") == V{"yes"});
}

TEST_CASE("two names overlapping: the one reaching further wins", "[understand]") {
  Graph g;
  // "the council" is a name, but "Council of Lisbon" reaches further.
  CHECK(g.Answers("What does the Council of Lisbon fund?") == V{"Quorra Systems"});
  CHECK(g.Answers("Who funds Quorra Systems?") == V{"Council of Lisbon"});
}

TEST_CASE("a kind of place asked of a thing, with no relation word, asks where it is",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("Which country is Brisa Labs from?") == V{"Portugal"});
  CHECK(g.Answers("브리사랩스는 어느 나라 회사야?") == V{"Portugal"});
  CHECK(g.Answers("브리사랩스는 어느 나라 연구소인가요?") == V{"Portugal"});
  // The head of a relative clause: two hops.
  CHECK(g.Answers("브리사랩스에 공급하는 회사는 어느 나라 기업이야?") == V{"Spain"});
  // A bare name before a relation noun takes the noun's particle (코렌모터스 본사는).
  CHECK(g.Answers("코렌모터스 본사는 어느 나라에 있어?") == V{"Spain"});
}

TEST_CASE("Korean: a type word heading a clause is a noun, and types the answer", "[understand]") {
  // 나라는 is also a verb form to the dictionary; read as one it left the clause without a
  // head, and the visitor (a person) answered "which country".
  testing::AskedGraph g(&testing::BuildFixtureGraph);
  CHECK(g.Answers("방문한 나라는?") == V{"South Korea"});
  CHECK(g.Answers("샘 알트만이 방문한 나라는?") == V{"South Korea"});
}

TEST_CASE("English: a lower-case word opening a relation phrase is no name", "[understand]") {
  Graph g;
  // The graph has a product named Chief; "chief executive" still asks for a CEO.
  CHECK(g.Answers("Who is Brisa Labs' chief executive?") == V{"Tomas Lund"});
  CHECK(g.Answers("Who is the chief executive of Brisa Labs?") == V{"Tomas Lund"});
  // Written as a name, it is one.
  CHECK(g.Answers("Who makes Chief?") == V{"Quorra Systems"});
}

TEST_CASE("English: a relation word between the question word and its type word is a modifier",
          "[understand]") {
  Graph g;
  // "venture" (partnered_with) and "holding" (hold) only say what kind of company is asked.
  CHECK(g.Answers("Which venture firm invested in Tessel AI?") == V{"Corren Motors"});
  CHECK(g.Answers("Which holding company owns Tessel AI?") == V{"Brisa Labs"});
}

TEST_CASE("English: the names of an infinitive after the verb are not the verb's object",
          "[understand]") {
  Graph g;
  // "to run Lumen Cloud", "to protect Lisbon": the question word is the object.
  CHECK(g.Answers("What does Lumen 2 use to run Lumen Cloud?") == V{"Orca Engine"});
  CHECK(g.Answers("Which company did the Porto Council investigate to protect Lisbon?") ==
        V{"Corren Motors"});
  // "to" before a name is the verb's preposition.
  CHECK(g.Answers("Who does Corren Motors supply to?") == V{"Brisa Labs"});
}

TEST_CASE("English: a stranded preposition and a relative clause's names", "[understand]") {
  Graph g;
  // The stranded "of" takes the question word, not the name before the noun.
  CHECK(g.Answers("What is Brisa Labs part of?") == V{"Iberian Robotics Alliance"});
  // The names inside the relative clause belong to it; the head is the main clause's.
  CHECK(g.Answers("In which country is the company that supplies Brisa Labs located?") ==
        V{"Spain"});
  CHECK(g.Answers("Which country is the company that supplies Brisa Labs based in?") ==
        V{"Spain"});
}

TEST_CASE("Korean: nouns that name an end as titles do; 세우다", "[understand]") {
  Graph g;
  // 주인, 모회사 name the owner; 사장 a president.
  CHECK(g.Answers("테셀AI의 주인은 누구야?") == V{"Brisa Labs"});
  CHECK(g.Answers("테셀AI의 모회사는 어디지?") == V{"Brisa Labs"});
  CHECK(g.Answers("코렌모터스의 사장은 누구입니까?") == V{"Marta Reis"});
  // 세우다 sets up a company as well as founding it.
  CHECK(g.Answers("브리사랩스가 세운 회사는?") == V{"Brisa Ventures"});
  CHECK(g.Answers("브리사벤처스는 누가 세웠어?") == V{"Brisa Labs"});
}

TEST_CASE("question-only verb phrases: come before, hold shares, take a role, take place",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("What came before Lumen 2?") == V{"Lumen 1"});
  CHECK(g.Answers("What came after Lumen 1?") == V{"Lumen 2"});
  CHECK(g.Answers("Which company holds shares in Tessel AI?") == V{"Brisa Labs"});
  CHECK(g.Answers("What role did Ines Carvalho take at Brisa Labs?") == V{"engineer"});
  CHECK(g.Answers("Ines Carvalho는 브리사랩스에서 무슨 직책을 맡았나요?") == V{"engineer"});
  CHECK(g.Answers("When did the Lisbon Robotics Fair take place?") == V{"2025-06"});
  CHECK(g.Answers("Which companies does Ines Carvalho hold a position at?") == V{"Brisa Labs"});
  // An officer's title asks who holds a position at X (the reader does not check the role, as
  // with "chairman"); before, "chief" went unread.
  CHECK(g.Answers("Who is Brisa Labs' chief technology officer?") == V{"Ines Carvalho"});
  // One builds a product as one develops it, and a campus as one constructs it.
  CHECK(g.Answers("Who built the Orca Engine?") == V{"Brisa Labs"});
  CHECK(g.Answers("What is Corren Motors building?") == V{"Brisa Campus"});
}

TEST_CASE("an event held: its date, and where it is", "[understand]") {
  Graph g;
  // What is held is the event: the subject of its date.
  CHECK(g.Answers("When was the Lisbon Robotics Fair held?") == V{"2025-06"});
  CHECK(g.Answers("In which month is the Lisbon Robotics Fair held?") == V{"2025-06"});
  // "where" cannot be a date: where the event is.
  CHECK(g.Answers("Where was the Lisbon Robotics Fair held?") == V{"Lisbon"});
  CHECK(g.Answers("리스본 로보틱스 페어는 어디서 열렸어?") == V{"Lisbon"});
  // The event unnamed: where whatever was held took place, never its date.
  CHECK(g.Answers("행사는 어디서 열렸어?") == V{"Lisbon"});
  CHECK(g.Answers("박람회는 어디에서 열렸나요?") == V{"Lisbon"});
  // "where" is no doer: where the thing built will be.
  CHECK(g.Answers("Where will Brisa Campus be built?") == V{"Lisbon"});
  CHECK(g.Answers("Where is Brisa Campus going to be built?") == V{"Lisbon"});
  // "Where is X?" with no verb: where X is, not everything about X.
  CHECK(g.Answers("Where is Brisa Campus?") == V{"Lisbon"});
  // A participle like its base ("set") is passive when "by" follows.
  CHECK(g.Answers("Who was Brisa Ventures set up by?") == V{"Brisa Labs"});
}

TEST_CASE("a law passes the assembly; verbs of beginning; nouns of two words", "[understand]") {
  Graph g;
  // The law as subject of 'pass' / 통과하다: the assembly enacted it.
  CHECK(g.Answers("리스본 데이터법은 언제 리스본 시의회를 통과했나요?") == V{"2024-11"});
  CHECK(g.Answers("리스본 시의회가 리스본 데이터법을 통과시킨 건 언제야?") == V{"2024-11"});
  CHECK(g.Answers("When did the Lisbon Data Act pass the Council of Lisbon?") == V{"2024-11"});
  // "start investigating", 조사에 착수하다: the verb or noun after it says the relation.
  CHECK(g.Answers("Which company did the Porto Council start investigating?") == V{"Corren Motors"});
  CHECK(g.Answers("포르투 시의회가 조사에 착수한 기업은?") == V{"Corren Motors"});
  // A relation noun of two words.
  CHECK(g.Answers("루멘 1의 후속 모델은 뭐야?") == V{"Lumen 2"});
  CHECK(g.Answers("What is the next model after Lumen 1?") == V{"Lumen 2"});
}

TEST_CASE("being in a group: the copula and a preposition, 에 있다", "[understand]") {
  Graph g;
  CHECK(g.Answers("Which companies are in the Iberian Robotics Alliance?") == V{"Brisa Labs"});
  CHECK(g.Answers("How many companies are among the Iberian Robotics Alliance?") == V{"1"});
  CHECK(g.Answers("이베리아 로봇 연합에는 어떤 기업이 있어?") == V{"Brisa Labs"});
  // Where a thing is stays the reading of 에 있다 for a place.
  CHECK(g.Answers("브리사 캠퍼스는 어디에 있어?") == V{"Lisbon"});
}

TEST_CASE("a rank asked with 'where' or 몇 위, of the relation whose facts carry ranks",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("Where does Brisa Labs rank in the Robotics 50?") == V{"3"});
  CHECK(g.Answers("브리사랩스는 로보틱스 50에서 몇 위야?") == V{"3"});
  // The ranking unnamed, or described in words no name has: still the rank, not the ranking.
  CHECK(g.Answers("Where did Brisa Labs rank?") == V{"3"});
  CHECK(g.Answers("Where did Brisa Labs rank in the robotics index?") == V{"3"});
}

TEST_CASE("a name in an adjunct phrase fills no slot; 'decide to' is a plan", "[understand]") {
  Graph g;
  CHECK(g.Answers("How much did Corren Motors invest in Tessel AI under the Lisbon Data Act?") ==
        V{"20000000 USD"});
  CHECK(g.Answers("코렌모터스는 리스본 데이터법에 따라 테셀AI에 얼마를 투자했어?") ==
        V{"20000000 USD"});
  CHECK(g.Answers("How much did Brisa Labs decide to invest in Corren Motors?") ==
        V{"50000000 USD"});
}

TEST_CASE("Korean 만들다: who made a list publishes it, who made a product develops it",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("로보틱스 50을 만든 곳은?") == V{"Porto Council"});
  CHECK(g.Answers("오르카 엔진을 만든 회사는?") == V{"Brisa Labs"});
}

TEST_CASE("what kind of thing a name is: 'what kind of X', 어떤 종류의 X", "[understand]") {
  Graph g;
  CHECK(g.Answers("What kind of engine is the Orca Engine?") == V{"inference engine"});
  CHECK(g.Answers("오르카 엔진은 어떤 종류의 엔진인가요?") == V{"inference engine"});
  CHECK(g.Answers("오르카 엔진의 종류는?") == V{"inference engine"});
  // No relation word: a copula question naming a kind, open or yes/no.
  CHECK(g.Answers("오르카 엔진은 어떤 엔진이야?") == V{"inference engine"});
  CHECK(g.Answers("오르카 엔진은 추론 엔진이니?") == V{"yes"});
  CHECK(g.Answers("브리사랩스는 추론 엔진인가요?") == V{"no"});
  CHECK(g.Answers("\"Orca Engine\" instance_of ?x") == V{"inference engine"});
}

TEST_CASE("a product announced is a product released", "[understand]") {
  Graph g;
  CHECK(g.Answers("Who announced Lumen 1?") == V{"Brisa Labs"});
  CHECK(g.Answers("루멘 1을 발표한 회사는?") == V{"Brisa Labs"});
}

TEST_CASE("Korean: a title after a person's name (X 사장은) says who; 소속 is one's employer",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("마르타 헤이스는 어느 회사 소속이야?") == V{"Corren Motors"});
  CHECK(g.Answers("마르타 헤이스 사장은 어느 회사 소속이야?") == V{"Corren Motors"});
  CHECK(g.Answers("마르타 헤이스 의장은 어느 회사 사장이야?") == V{"Corren Motors"});
  CHECK(g.Answers("마르타 헤이스 연구원은 어느 회사 소속이지?") == V{"Corren Motors"});
  // After an organisation's name the title is the relation asked.
  CHECK(g.Answers("코렌모터스 사장은 누구야?") == V{"Marta Reis"});
}

TEST_CASE("Korean: 어디서 (에서, an institution's subject) before a verb of two things asks who",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("오르카 엔진은 어디서 만들었어?") == V{"Brisa Labs"});
  CHECK(g.Answers("로보틱스 50은 어디서 발표했어?") == V{"Porto Council"});
  // An event's place is still where it was held.
  CHECK(g.Answers("리스본 로보틱스 페어는 어디서 열렸어?") == V{"Lisbon"});
}


TEST_CASE("Korean: 막다 (access blocked) is suspended", "[understand]") {
  Graph g;
  CHECK(g.Answers("루멘 클라우드 접속을 막은 기관은?") == V{"Porto Council"});
  CHECK(g.Answers("포르투 시의회가 막은 서비스는?") == V{"Lumen Cloud"});
  CHECK(g.Answers("리스본 시의회가 루멘 클라우드를 막았나요?") == V{"no"});
}


TEST_CASE("English: what one puts into a company is invested in it", "[understand]") {
  Graph g;
  CHECK(g.Answers("How much did Corren Motors put into Tessel AI?") == V{"20000000 USD"});
  CHECK(g.Answers("Who put money into Tessel AI?") == V{"Corren Motors"});
  CHECK(g.Answers("Will Brisa Labs put money into Corren Motors?") == V{"yes"});
  CHECK(g.Answers("Did Tessel AI put money into Corren Motors?") ==
        g.Answers("Did Tessel AI invest in Corren Motors?"));
}


TEST_CASE("Korean: 해 and 날 after a relative clause ask for the date", "[understand]") {
  Graph g;
  CHECK(g.Answers("브리사랩스가 루멘 1을 출시한 해는?") == V{"2024-05-02"});
  CHECK(g.Answers("리스본 시의회가 리스본 데이터법을 통과시킨 날은?") == V{"2024-11"});
  // 해 as the verb 하다 is still the verb.
  CHECK(g.Answers("코렌모터스가 테셀AI에 투자를 해?") == V{"yes"});
}


TEST_CASE("operating a company is owning it (운영하다); compiling a list publishes it (집계하다)",
          "[understand]") {
  Graph g;
  CHECK(g.Answers("테셀AI를 운영하는 회사는?") == V{"Brisa Labs"});
  CHECK(g.Answers("Which company operates Tessel AI?") == V{"Brisa Labs"});
  CHECK(g.Answers("로보틱스 50을 집계한 곳은?") == V{"Porto Council"});
}


TEST_CASE("inspecting or reviewing a company (검사하다) is investigating it", "[understand]") {
  Graph g;
  CHECK(g.Answers("코렌모터스를 검사하는 기관은?") == V{"Porto Council"});
  CHECK(g.Answers("Which authority inspects Corren Motors?") == V{"Porto Council"});
  CHECK(g.Answers("Who is reviewing Corren Motors?") == V{"Porto Council"});
}

TEST_CASE("whose product a thing is asks for its maker", "[understand]") {
  Graph g;
  // "product" is a kind word too; after "whose" it is the relation noun (develops, or released).
  CHECK(g.Answers("Whose product is the Orca Engine?") == V{"Brisa Labs"});
  CHECK(g.Answers("Whose product is Lumen 1?") == V{"Brisa Labs"});
  CHECK(g.Answers("Who makes the Orca Engine?") == V{"Brisa Labs"});
  // Elsewhere it stays the kind asked for.
  CHECK(g.Answers("Which products does Brisa Labs make?") ==
        V{"Lumen 1", "Lumen 2", "Orca Engine"});
}

TEST_CASE("Korean: an agent noun heading a clause is the kind of thing the clause names",
          "[understand]") {
  Graph g;
  // 개발사 (a developer) after 인수한: the companies acquired, not also what the buyer makes.
  CHECK(g.Answers("브리사랩스가 인수한 개발사는?") == V{"Quorra Systems", "Tessel AI"});
  // A clause of its own relation still reads: who made the thing.
  CHECK(g.Answers("오르카 엔진을 만든 개발사는?") == V{"Brisa Labs"});
}

TEST_CASE(
    "Korean: a phrase whose particle fits the verb takes its end before one that fits neither",
    "[understand]") {
  Graph g;
  // 브리사 캠퍼스를 is the next verb's object; 누구와 is who Corren Motors competes with.
  CHECK(g.Answers("코렌모터스는 브리사 캠퍼스를 누구와 경쟁하며 짓나?") == V{"Quorra Systems"});
}

TEST_CASE("Korean: the predecessor and the successor asked after a genitive; an unknown genitive",
          "[understand]") {
  Graph g;
  // 전작 names the model the genitive's model follows; 후속작 the one that follows it.
  CHECK(g.Answers("루멘 2의 전작은?") == V{"Lumen 1"});
  CHECK(g.Answers("루멘 1의 후속작은?") == V{"Lumen 2"});
  // A genitive the graph has no name for is an error, not every successor in the graph.
  CHECK(g.Error("블로프랩스의 후속작은?").find("no entity") != std::string::npos);
}

}  // namespace kg
