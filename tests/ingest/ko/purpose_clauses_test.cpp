// Purpose clauses in Korean: "X는 Y를 낮추기 위해 Z를 지었다" -- what stands before a nominalised
// verb with 위해 is that verb's argument, not the main verb's; the topic both clauses share
// stays the main verb's subject. The same holds for what a thing is built on (X를 바탕으로 만든 Y).
// Sentences of our own.
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

// What a thing is built on (X를 바탕으로/기반으로/토대로) is not the object of the verb that follows.
TEST_CASE("the basis of a made thing is not what was made", "[ingest][ko][purpose]") {
  for (const char* text :
       {"**한빛**은 자사 **하늘** 연구를 바탕으로 만든 소형 모델 **별빛**을 공개했어요.\n",
        "**별빛**은 **하늘-3**을 기반으로 개발한 모델이랍니다.\n",
        "**누리테크**는 **가온엔진**을 토대로 만든 **누리엔진**을 선보였다.\n"}) {
    INFO(text);
    for (const std::string& f : FactsOfDocument(text, "markdown")) {
      CHECK(f.find("develops 하늘") == std::string::npos);
      CHECK(f.find("develops 가온엔진") == std::string::npos);
    }
  }
  CHECK(Has("**누리테크**는 **가온엔진**을 바탕으로 만든 **누리엔진**을 선보였다.\n",
            "누리테크 released 누리엔진"));
}

}  // namespace kg::testing
