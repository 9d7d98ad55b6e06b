// Where an event takes place (relations.json venue_lemmas): the event said to take place, or
// the one a relative clause of taking place modifies, is in the place marked 에서. Sentences of
// our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) { return HasFact(markdown, fact, "markdown"); }
}  // namespace

TEST_CASE("an event said to take place is in the place written with 에서", "[ingest][ko][venue]") {
  CHECK(Has("**한빛게임쇼 2026**은 다음 달 3일 **대구 엑스코**에서 열려요.\n", "한빛게임쇼 2026 located_in 대구 엑스코"));
  CHECK(Has("**누리테크 서밋**이 어제 **벡스코**에서 열렸다.\n", "누리테크 서밋 located_in 벡스코"));
}

TEST_CASE("the event a relative clause of taking place modifies is in its place", "[ingest][ko][venue]") {
  CHECK(Has("지난주 **벡스코**에서 열린 **누리테크 서밋**에는 300개 기업이 참가했다.\n",
            "누리테크 서밋 located_in 벡스코"));
}

TEST_CASE("an event held in a place written with 에서 is in that place", "[ingest][ko][venue]") {
  CHECK(Has("**가람재단**은 다음 달 **벡스코**에서 '미래 소재 국제 콘퍼런스'를 열고 연구 성과를 알릴 예정이다.\n",
            "미래 소재 국제 콘퍼런스 located_in 벡스코"));
  CHECK(Has("**한빛로봇** 등 5개사는 어제 **대구 엑스코**에서 '누리 로봇 연합' 출범식을 열었다.\n",
            "누리 로봇 연합 출범식 located_in 대구 엑스코"));
}

TEST_CASE("only an event held is in the place, and not one held nowhere named", "[ingest][ko][venue]") {
  // What a company opens in a place (a shop, an office) is no event held there.
  CHECK_FALSE(Has("**한빛마트**는 지난달 **벡스코**에서 '한빛 팝업스토어'를 열었다.\n",
                  "한빛 팝업스토어 located_in 벡스코"));
  CHECK_FALSE(Has("**가람재단**은 다음 달 '미래 소재 국제 콘퍼런스'를 열 예정이다.\n",
                  "미래 소재 국제 콘퍼런스 located_in 벡스코"));
  CHECK_FALSE(Has("**가람재단**은 올해 **벡스코**에서 '미래 소재 국제 콘퍼런스'를 열지 않았다.\n",
                  "미래 소재 국제 콘퍼런스 located_in 벡스코"));
}

TEST_CASE("what did not take place, or took place nowhere named, has no venue", "[ingest][ko][venue]") {
  CHECK_FALSE(Has("**누리테크 서밋**은 올해 **벡스코**에서 열리지 않았다.\n", "누리테크 서밋 located_in 벡스코"));
  CHECK_FALSE(Has("**누리테크 서밋**이 어제 열렸다.\n", "누리테크 서밋 located_in 벡스코"));
}

}  // namespace kg::testing
