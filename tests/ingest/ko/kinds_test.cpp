// What kind of thing a name is (instance_of), as Korean states it with a copula or an example
// frame rather than a verb (ingest/ko/ko_kind_frames.cpp). Sentences of our own, written in the
// constructions of real Korean blog posts.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
using V = std::vector<std::string>;
bool Has(const std::string& text, const std::string& fact) { return HasFact(text, fact, "markdown"); }
bool HasKind(const std::string& text) {
  for (const std::string& f : FactsOfDocument(text, "markdown")) {
    if (f.find(" instance_of ") != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("an adnominal copula before a name gives its kind", "[ingest][ko][kinds]") {
  CHECK(Has("이용자 단체인 '누리소비자연대'는 환불을 요구했다.\n", "누리소비자연대 instance_of 이용자 단체"));
  CHECK(Has("코딩 도구인 **누리코드 NuriCode**의 사용자는 두 배로 늘었다.\n", "NuriCode instance_of 코딩 도구"));
  // The past copula after a vowel; a time word before the phrase is no part of it.
  CHECK(Has("당시 사내 도구였던 '하늘노트'는 큰 인기를 끌었다.\n", "하늘노트 instance_of 사내 도구"));
  // An -적 modifier ends the phrase.
  CHECK(Has("대표적인 검색 엔진인 'NuriSearch'는 방문자가 줄었다.\n", "NuriSearch instance_of 검색 엔진"));
}

TEST_CASE("a final copula gives the kind of the sentence's topic", "[ingest][ko][kinds]") {
  CHECK(Has("'누리서치'는 검색어를 문장으로 바꿔 주는 오픈 검색 엔진입니다.\n", "누리서치 instance_of 오픈 검색 엔진"));
  CHECK(Has("'누리봇'은 앱을 만들어 주는 코딩 도구이죠.\n", "누리봇 instance_of 코딩 도구"));
  // One common noun alone says too little: 도구, 모델, 기관.
  CHECK_FALSE(HasKind("'누리봇'은 앱을 만들어 주는 도구이죠.\n"));
}

TEST_CASE("a kind noun marked 으로 before a comma gives the kind of the topic", "[ingest][ko][kinds]") {
  CHECK(Has("'누리칩스'는 경기 판교에 본사를 둔 중견 설계업체로, 올해 매출이 늘었다.\n",
            "누리칩스 instance_of 중견 설계업체"));
  CHECK(Has("'별빛소프트'는 서울 성수동에 사무실을 둔 게임 개발사로, 직원이 30명이다.\n",
            "별빛소프트 instance_of 게임 개발사"));
  // The means or the cause of what follows: no classifier noun, no relative clause, or one
  // common noun alone.
  CHECK_FALSE(HasKind("'구름전자'는 자체 개발한 반도체 검사 장비로, 세계 시장을 공략한다.\n"));
  CHECK_FALSE(HasKind("'구름전자'는 독자 설계 기술로, 원가를 절반으로 낮췄다.\n"));
  CHECK_FALSE(HasKind("'바다모빌리티'는 이번 투자 유치로, 기업가치를 인정받았다.\n"));
  CHECK_FALSE(HasKind("'하늘랩스'는 2019년 박하늘 대표가 세운 회사로, 직원이 50명이다.\n"));
  // Without the comma 으로 says what the topic became or was called.
  CHECK_FALSE(HasKind("'누리칩스'는 본사를 둔 중견 설계업체로 이름을 알렸다.\n"));
}

TEST_CASE("names given as examples of a kind", "[ingest][ko][kinds]") {
  CHECK(FactsOfDocument("NuriSearch, HanulFind 같은 검색 엔진들이 빠르게 성장했다.\n", "markdown") ==
        V({"HanulFind instance_of 검색 엔진", "NuriSearch instance_of 검색 엔진"}));
  CHECK(Has("'누리봇'과 같은 챗봇은 고객 상담에 쓰인다.\n", "누리봇 instance_of 챗봇"));
  // The kind is the sentence's predicate, written with the final copula.
  CHECK(FactsOfDocument(
            "요즘 가장 무서운 적수는 **누리마켓**과 **하늘몰** 같은 대형 쇼핑 플랫폼이에요.\n",
            "markdown") ==
        V({"누리마켓 instance_of 대형 쇼핑 플랫폼", "하늘몰 instance_of 대형 쇼핑 플랫폼"}));
  CHECK(Has("눈여겨볼 곳은 'NuriSearch' 같은 검색 엔진입니다.\n",
            "NuriSearch instance_of 검색 엔진"));
  // A noun that names no kind before the copula: the phrase says why, not what the names are.
  CHECK_FALSE(HasKind("매출이 늘어난 건 **누리마켓**과 **하늘몰** 같은 대형 플랫폼 덕분이에요.\n"));
}

TEST_CASE("copulas that say no kind", "[ingest][ko][kinds]") {
  // Plans, stances and abstract nouns.
  CHECK_FALSE(HasKind("'누리랩스'는 내년에 신형 칩을 출시할 계획입니다.\n"));
  CHECK_FALSE(HasKind("'누리랩스'는 성장의 핵심입니다.\n"));
  CHECK_FALSE(HasKind("'누리랩스'는 끝까지 소송하겠다는 입장이에요.\n"));
  // Relations: a genitive, a relation noun, a relative modifier.
  CHECK_FALSE(HasKind("누리랩스의 자회사인 '누리클라우드'는 서버를 운영한다.\n"));
  CHECK_FALSE(HasKind("협회 회원사인 '누리로봇'은 전시회에 나간다.\n"));
  CHECK_FALSE(HasKind("차기 모델인 '누리-3'은 내년에 나온다.\n"));
  CHECK_FALSE(HasKind("'누리전자'는 반도체 경쟁사인 'HanRiver Chips'와도 손잡았다.\n"));
  CHECK_FALSE(HasKind("'누리워즈'는 같은 전략 장르인 '하늘전기'와 경쟁한다.\n"));
  // Words that only end like the copula: a verb (선보인), a noun (사단법인).
  CHECK_FALSE(HasKind("지난해 선보인 '누리봇'은 인기를 끌었다.\n"));
  // A sentence adverb opens the sentence, not the kind; what is left (전작) is a relation noun.
  CHECK_FALSE(HasKind("반면 전작인 '누리 X5'는 두 가지 칩을 나눠 썼다.\n"));
  CHECK_FALSE(HasKind("한편 전작인 '누리 X5'는 작년에 나왔다.\n"));
  // People have occupations, not kinds.
  CHECK_FALSE(HasKind("유명한 투자자인 '박지민'은 회사를 세웠다.\n"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a definition line's final copula gives the kind of the term it defines", "[ingest][ko][kinds]") {
  CHECK(Has("- **바람톡**: 말로 일정을 잡아 주는 음성 비서 서비스입니다.\n", "바람톡 instance_of 음성 비서 서비스"));
  // A noun the dictionary lacks, with its copula.
  CHECK(Has("- **구름패스**: 사내 메타버스 플랫폼이에요.\n", "구름패스 instance_of 사내 메타버스 플랫폼"));
  // Without a defined term there is nothing the kind is said of.
  CHECK_FALSE(HasKind("- 말로 일정을 잡아 주는 음성 비서 서비스입니다.\n"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("names listed in brackets as examples of the noun before them", "[ingest][ko][kinds]") {
  CHECK(FactsOfDocument("이 규격은 국제 표준화 기구(ISO, IEC 등)의 검토를 거쳤다.\n", "markdown") ==
        V({"IEC instance_of 국제 표준화 기구", "ISO instance_of 국제 표준화 기구"}));
  // Examples of a country are its organisations.
  CHECK(Has("오픈 모델 경쟁에서는 중국(DeepSeek, Moonshot AI 등)이 앞서 나갔다.\n",
            "DeepSeek located_in China"));
  CHECK(Has("오픈 모델 경쟁에서는 중국(DeepSeek, Moonshot AI 등)이 앞서 나갔다.\n",
            "Moonshot AI located_in China"));
  // A product is no organisation of the country.
  CHECK_FALSE(HasFact("오픈 모델 경쟁에서는 중국(Qwen, DeepSeek 등)이 앞서 나갔다.\n",
                      "Qwen located_in China", "markdown"));
  // One name in brackets glosses the noun; a list with words that are no names, or one common
  // noun before the bracket, gives no kind.
  CHECK_FALSE(HasKind("이 규격은 국제 표준화 기구(ISO)의 검토를 거쳤다.\n"));
  CHECK_FALSE(HasKind("다양한 산업(의료, 금융, NuriSoft 등)에 쓰인다.\n"));
  CHECK_FALSE(HasKind("여러 기업(NuriSoft, HanRiver 등)이 이 규격을 따른다.\n"));
}

}  // namespace kg::testing
