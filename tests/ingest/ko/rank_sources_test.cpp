// Rank statements in Korean: a work marked "에 따르면" is the source that states a rank, not
// the ranking the rank is in; a ranking named in the sentence is read. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("the source of a rank is not the ranking", "[ingest][ko][ranks]") {
  std::vector<std::string> facts = FactsOfDocument(
      "가온연구소가 펴낸 '2030 메모리 산업 보고서'에 따르면 **누리반도체**는 지난해 D램 시장에서 2위를 차지했다.\n",
      "markdown");
  for (const std::string& f : facts) CHECK(f.find("ranked_in") == std::string::npos);
}

}  // namespace kg::testing
