// Purpose clauses in Korean: "X는 Y를 낮추기 위해 Z를 지었다" -- what stands before a nominalised
// verb with 위해 is that verb's argument, not the main verb's; the topic both clauses share
// stays the main verb's subject. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) { return HasFact(markdown, fact, "markdown"); }
}  // namespace

TEST_CASE("the object of a purpose clause is not the main verb's", "[ingest][ko][purpose]") {
  std::vector<std::string> facts = FactsOfDocument(
      "**누리테크**는 중국 의존도를 낮추기 위해 태국에 새 공장을 짓기로 했다.\n", "markdown");
  for (const std::string& f : facts) CHECK(f.find("builds") == std::string::npos);
}

TEST_CASE("the shared topic still acts in the main clause", "[ingest][ko][purpose]") {
  CHECK(Has("**누리테크**는 수출을 늘리기 위해 **한빛공장**을 지었다.\n", "누리테크 builds 한빛공장"));
  CHECK(Has("**누리테크**는 **가온전자** 의존도를 낮추기 위해 **한빛공장**을 지었다.\n",
            "누리테크 builds 한빛공장"));
}

}  // namespace kg::testing
