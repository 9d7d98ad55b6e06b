// The Korean chunker's phases, one sentence each (sentences of our own, names from the
// lexicon): tokens (a particle written apart after a quote), predicates (a vocabulary stem and
// its ending), negation and plans written in the next eojeol, a connective clause that does or
// does not share the plan of the next one, and phrases (coordinated subjects, two clauses with
// their own subjects).
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

using V = std::vector<std::string>;

TEST_CASE("a vocabulary stem with its ending is the clause's predicate", "[ingest][ko][chunker]") {
  CHECK(FactsOf("네이버는 카카오를 인수했다.") == V{"Naver acquired Kakao"});
  CHECK(FactsOf("네이버는 카카오에 투자했습니다.") == V{"Naver invested_in Kakao"});
}

TEST_CASE("negation and plans are read in the eojeol after the verb", "[ingest][ko][chunker]") {
  CHECK(FactsOf("네이버는 카카오를 인수하지 않았다.") == V{"NOT Naver acquired Kakao"});
  CHECK(FactsOf("네이버는 카카오에 투자할 계획이다.") == V{"Naver invested_in Kakao {status=planned}"});
  CHECK(FactsOf("네이버는 카카오에 투자할 예정입니다.") == V{"Naver invested_in Kakao {status=planned}"});
}

TEST_CASE("a past connective clause keeps its tense before a planned one", "[ingest][ko][chunker]") {
  CHECK(FactsOf("네이버는 카카오를 인수했고, 삼성전자와 협력할 예정이다.") ==
        V{"Naver acquired Kakao", "Naver partnered_with Samsung Electronics {status=planned}"});
}

TEST_CASE("coordinated subjects and clauses with their own subjects", "[ingest][ko][chunker]") {
  CHECK(FactsOf("네이버와 삼성전자는 카카오에 투자했다.") ==
        V{"Naver invested_in Kakao", "Samsung Electronics invested_in Kakao"});
  CHECK(FactsOf("네이버는 카카오와 협력했으며, 삼성전자는 카카오를 인수했다.") ==
        V{"Naver partnered_with Kakao", "Samsung Electronics acquired Kakao"});
}

TEST_CASE("a particle written apart after a closing quote still marks the phrase",
          "[ingest][ko][chunker]") {
  CHECK(FactsOf("네이버는 ‘하이퍼클로바’ 를 출시했다.") == V{"Naver released 하이퍼클로바"});
}

TEST_CASE("the subject of a relative clause the vocabulary does not read is not the main verb's", "[ingest][ko][chunker]") {
  // 관리하는 is no relation word: 카카오 is its subject, 네이버 the one who takes part.
  CHECK(FactsOf("네이버는 카카오가 관리하는 '누리 인재 프로젝트'에도 참여하고 있다.") ==
        V{"Naver participates_in 누리 인재 프로젝트"});
  // 이끌다 is one: the relative clause states its own fact.
  CHECK(FactsOf("삼성전자는 LG전자가 이끄는 '한빛 표준 사업'에 참여했다.") ==
        V({"LG Electronics leads 한빛 표준 사업", "Samsung Electronics participates_in 한빛 표준 사업"}));
}

TEST_CASE("a connective verb and an adnominal auxiliary after it modify the next noun", "[ingest][ko][chunker]") {
  CHECK(HasFact("카카오에 메모리를 공급해 온 **다온칩스**는 상장을 준비한다.\n", "다온칩스 supplies Kakao", "markdown"));
  CHECK(HasFact("네이버가 3년째 개발하고 있는 '하늘봇'이 공개됐다.", "Naver develops 하늘봇"));
  // 오는 before a date is the coming one, no auxiliary.
  CHECK_FALSE(HasFact("네이버는 카카오를 인수하고, 오는 5월 LG전자와 손잡는다.", "LG Electronics acquired Kakao"));
}

TEST_CASE("an organisation marked 에서 is the agent of a clause without a subject", "[ingest][ko][chunker]") {
  CHECK(HasFact("카카오에서 개발한 '누리봇'은 지난달 처음 등장했습니다.", "Kakao develops 누리봇"));
  CHECK(HasFact("최근 네이버에서 한층 빨라진 '하늘톡'을 선보여 화제가 됐어요.", "Naver released 하늘톡"));
  // A subject or topic of its own wins: 에서 is then where it happened.
  CHECK_FALSE(HasFact("박민수 CTO는 네이버에서 결제 시스템 '누리페이'를 개발했죠.", "Naver develops 누리페이"));
  // Across a connective of no relation inside the object's modifiers.
  CHECK(HasFact("최근 네이버에서 훨씬 빠르고 가벼운 '하늘봇'을 내놨어요.", "Naver released 하늘봇"));
  // A place is where, never who.
  CHECK(FactsOf("서울에서 개발한 '누리봇'은 지난달 등장했습니다.").empty());
}

TEST_CASE("a parenthetical gloss after a name leaves the name its particle", "[ingest][ko][chunker]") {
  CHECK(HasFact("카카오는 '누리 SDK'(Software Development Kit, 개발 도구 모음)를 공개했습니다.\n",
                "Kakao released 누리 SDK", "markdown"));
  CHECK(HasFact("네이버는 '하늘봇'(대화형 AI 비서)을 출시했다.\n", "Naver released 하늘봇", "markdown"));
  // A value in the parentheses is no gloss: the share stays with its company.
  CHECK_FALSE(HasFact("네이버는 '하늘봇'(점유율 42%)을 출시했다.\n", "Naver released 하늘봇", "markdown"));
}

TEST_CASE("a name with 라는 is what the noun after it is", "[ingest][ko][chunker]") {
  CHECK(HasFact("네이버는 'Nuri API'라는 새로운 인터페이스를 발표했습니다.\n", "Naver released Nuri API", "markdown"));
  CHECK(HasFact("카카오는 '누리톡'이라는 메신저를 내놨어요.\n", "Kakao released 누리톡", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a relative clause on the noun the topic is said to be, in the reported copula",
          "[ingest][ko][clauses]") {
  // 메신저랍니다 is no word the dictionary knows: the noun 메신저 and the copula's reported form.
  CHECK(HasFact("**누리톡**은 **한결소프트**가 2015년에 내놓은 메신저랍니다.\n", "한결소프트 released 누리톡 {date=2015}",
                "markdown"));
  CHECK(HasFact("**다온바이오**는 **서하린 대표**가 세운 제약사랍니다.\n", "다온바이오 founded_by 서하린", "markdown"));
}

TEST_CASE("a time word with no document date to resolve it does not end a clause",
          "[ingest][ko][chunker]") {
  // 지난해 reads as 지난하다 + -해 too; a text with no date leaves it no value.
  CHECK(HasFact("네이버가 지난해 공개한 '한결톡'은 인기를 끌었다.\n", "Naver released 한결톡"));
  CHECK(HasFact("네이버는 지난해 '한결톡'을 공개했다.\n", "Naver released 한결톡"));
}

}  // namespace kg::testing
