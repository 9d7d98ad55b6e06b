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

namespace kg::testing {

TEST_CASE("a ranking named by its last word is a work published, not a product released", "[ingest][ko][ranks]") {
  const std::string text = "**한빛경제연구원**은 3일 '2024 지역 혁신 순위'를 발표했다.\n";
  CHECK(HasFact(text, "지역 혁신 순위 published_by 한빛경제연구원", "markdown"));
  CHECK_FALSE(HasRelation(text, "released", "markdown"));
}

TEST_CASE("the subject of a relative clause on the ranking does not take the rank", "[ingest][ko][ranks]") {
  const std::string text =
      "**가람-3**는 한빛대 AI센터가 발표한 코딩 평가 순위 '코드-벤치 리더보드'에서 2위에 올랐다.\n";
  CHECK(HasFact(text, "가람-3 ranked_in 코드-벤치 리더보드", "markdown"));
  for (const std::string& f : FactsOfDocument(text, "markdown")) {
    CHECK(f.find("AI센터 ranked_in") == std::string::npos);
  }
}

}  // namespace kg::testing
