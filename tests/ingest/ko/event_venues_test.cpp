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

TEST_CASE("what did not take place, or took place nowhere named, has no venue", "[ingest][ko][venue]") {
  CHECK_FALSE(Has("**누리테크 서밋**은 올해 **벡스코**에서 열리지 않았다.\n", "누리테크 서밋 located_in 벡스코"));
  CHECK_FALSE(Has("**누리테크 서밋**이 어제 열렸다.\n", "누리테크 서밋 located_in 벡스코"));
}

}  // namespace kg::testing
