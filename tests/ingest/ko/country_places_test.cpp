// Where a name is from, as Korean news writes it with a country right before it: a city after
// its country (독일 뮌헨에서), a kind of company a country opens said of a topic (X는 대만의
// 반도체 기업이다); and 와도, which stresses a partner and joins no sibling. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
}  // namespace

TEST_CASE("a city written right after its country is in it", "[ingest][ko][country-places]") {
  CHECK(Has("올해 박람회는 독일 뮌헨에서 열린다.\n", "Munich located_in Germany"));
  CHECK(Has("**누리게임즈**는 스웨덴 스톡홀름에 본사를 두고 있다.\n",
            "누리게임즈 located_in Stockholm"));
  CHECK(
      Has("**누리게임즈**는 스웨덴 스톡홀름에 본사를 두고 있다.\n", "Stockholm located_in Sweden"));
}

TEST_CASE("a country before a kind of company said of a topic", "[ingest][ko][country-places]") {
  CHECK(Has("**하늘칩스**는 대만의 팹리스 반도체 기업이다.\n", "하늘칩스 located_in Taiwan"));
  CHECK(Has("- **벨라폴리머**: 가람소재가 지분을 사들인 독일 특수소재 업체랍니다.\n",
            "벨라폴리머 located_in Germany"));
  // A product is no company of its country.
  CHECK_FALSE(MarkdownFactMentions("**누리봇**은 한국의 대표 챗봇이다.\n", "located_in"));
}

TEST_CASE("a country before a plain noun names nothing", "[ingest][ko][country-places]") {
  CHECK_FALSE(MarkdownFactMentions("중국 기업 24곳이 이번 박람회에 참여했다.\n", "located_in"));
  CHECK_FALSE(MarkdownFactMentions("미국 기술이 여전히 앞선다.\n", "located_in"));
}

TEST_CASE("X와도 stresses a partner and joins no sibling", "[ingest][ko][country-places]") {
  CHECK(Has("**가람전자**는 **누리반도체**와도 HBM4 패키징에서 손잡았다.\n",
            "가람전자 partnered_with 누리반도체"));
}

TEST_CASE("a country before a list of companies places the member that closes it",
          "[ingest][ko][country-places]") {
  // The closing member, of no kind yet, after a first name of no kind either.
  CHECK(Has("올해 1위와 2위는 중국의 KRX와 ZMB가 각각 차지했다.\n", "ZMB located_in China"));
  CHECK(Has("부품은 일본 야마토드라이브시스템즈와 나카테스코 등에서 들여온다.\n",
            "나카테스코 located_in Japan"));
  // A word after the name that does not close the list is no member of it.
  const std::string drug = "셀트리온은 미국 제약사 머크와 항체 신약을 개발한다.\n";
  CHECK(Has(drug, "머크 located_in United States"));
  CHECK_FALSE(Has(drug, "항체 located_in United States"));
  CHECK_FALSE(Has(drug, "항체 신약 located_in United States"));
  // Nor is a name of no kind after a known company that modifies the noun after it.
  CHECK(Has("하람바이오는 미국 제약사 머크와 항체-약물접합체(ADC) 후보물질 계약을 맺었다.\n",
            "머크 located_in United States"));
  CHECK_FALSE(Has("하람바이오는 미국 제약사 머크와 항체-약물접합체(ADC) 후보물질 계약을 맺었다.\n",
                  "ADC located_in United States"));
}

}  // namespace kg::testing
