// Slot types in Korean: a country named as the modifier of what is set up (베트남 공장을
// 세우는) is no organisation founded -- founded_by takes an organisation, group, product,
// work or event as what was founded (relations.json subject_type). Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a country modifying the thing set up is not what was founded", "[ingest][ko][types]") {
  std::vector<std::string> facts = FactsOfDocument(
      "**가온소재**는 **한빛공장** 옆에 두 번째 베트남 공장을 세우는 방안도 검토했다.\n", "markdown");
  for (const std::string& f : facts) CHECK(f.find("founded_by") == std::string::npos);
}

TEST_CASE("a company set up by a company is still founded by it", "[ingest][ko][types]") {
  CHECK(HasFact("**가온소재**는 2019년 **가온솔루션**을 세웠다.\n", "가온솔루션 founded_by 가온소재 {date=2019}", "markdown"));
}

}  // namespace kg::testing
