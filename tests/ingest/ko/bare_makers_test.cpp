// A maker written bare right before its product's name, no 의 between (ko_bare_makers.cpp):
// only a sure organisation before a model name. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
bool AnyDevelops(const std::string& markdown) {
  for (const std::string& f : FactsOfDocument(markdown, "markdown")) {
    if (f.find(" develops ") != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("an organisation written bare before a model name makes it", "[ingest][ko][bare-maker]") {
  const char* rivals = "새 폰은 가온전자 **누리폰 9**, 샤오미 **미루 노트 12**와 경쟁한다.\n";
  CHECK(Has(rivals, "가온전자 develops 누리폰 9"));
  CHECK(Has(rivals, "Xiaomi develops 미루 노트 12"));
  // A tier word after the name belongs to it (lexicon.json product_tier).
  CHECK(Has("가온전자 **누리폰 9 프로 맥스**가 나왔다.\n", "가온전자 develops 누리폰 9 프로 맥스"));
}

TEST_CASE("two organisations, a name without a number or a maker with a particle make nothing",
          "[ingest][ko][bare-maker]") {
  // Two organisations side by side are no maker and product.
  CHECK_FALSE(AnyDevelops("가온전자 다온반도체 두 회사가 공장을 함께 지었다.\n"));
  // A name of words only may be a person or a plain noun.
  CHECK_FALSE(AnyDevelops("가온전자 **하늘빛** 팀장이 방문했다.\n"));
  // A place before the name says where, not who makes it.
  CHECK_FALSE(AnyDevelops("서울 **누리폰 9** 매장이 문을 열었다.\n"));
}

}  // namespace kg::testing
