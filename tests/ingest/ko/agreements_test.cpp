// An agreement made with a light verb (Y와 계약을 맺다, A와 B는 협약을 체결했다) for nothing the
// vocabulary names is a partnership between its parties; a document coordinated with the
// agreement noun (양해각서와 계약을) is no party. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("an agreement with a party marked 와 partners the two", "[ingest][ko][agreements]") {
  CHECK(HasFact("**가람클라우드**는 지난달 **누리에너지**와 장기 임대 계약을 맺었다.\n",
                "가람클라우드 partnered_with 누리에너지", "markdown"));
}

TEST_CASE("an agreement both subjects make partners them", "[ingest][ko][agreements]") {
  CHECK(HasFact("**가람연구소**와 **누리연구원**은 공동 연구 협약을 체결했다.\n", "가람연구소 partnered_with 누리연구원",
                "markdown"));
}

TEST_CASE("an agreement coordinated with a document has no party", "[ingest][ko][agreements]") {
  for (const std::string& f : FactsOfDocument("**가람전자**는 양해각서(MOU)와 계약을 모두 14건 체결했다.\n", "markdown")) {
    INFO(f);
    CHECK(f.find("partnered_with") == std::string::npos);
  }
}

}  // namespace kg::testing
