// What a thing is put into uses it (X는 Y에 Z를 넣다/탑재하다, ingest/ko/ko_target_subjects.cpp):
// the holder marked 에, not the one doing the putting, is the subject of uses. Sentences of our
// own, written in the constructions of Korean news and blog posts.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) {
  return HasFact(text, fact, "markdown");
}
bool HasUses(const std::string& text) { return HasRelation(text, "uses", "markdown"); }
}  // namespace

TEST_CASE("the named holder marked 에 uses what is put into it", "[ingest][ko][target-subjects]") {
  CHECK(Has("**한솔전자**는 **한솔폰 7**에 **다온 엔진**을 처음으로 넣었다.\n",
            "한솔폰 7 uses 다온 엔진"));
  CHECK_FALSE(Has("**한솔전자**는 **한솔폰 7**에 **다온 엔진**을 처음으로 넣었다.\n",
                  "한솔전자 uses 다온 엔진"));
  CHECK(Has("**가온랩스**는 **가온-2**를 **누리톡** 플랫폼에 탑재했다.\n", "누리톡 uses 가온-2"));
}

TEST_CASE("an unnamed subject does not stop the holder using what is put in it",
          "[ingest][ko][target-subjects]") {
  CHECK(Has("두 회사는 **누리톡**에 **가온-2**를 넣었다.\n", "누리톡 uses 가온-2"));
}

TEST_CASE("each of a list of holders uses what is put in them, and the subject does not",
          "[ingest][ko][target-subjects]") {
  const std::string text =
      "**한솔전자**는 **누리폰 7**과 **누리탭 3**에 **다온 엔진**을 탑재했다.\n";
  CHECK(Has(text, "누리폰 7 uses 다온 엔진"));
  CHECK(Has(text, "누리탭 3 uses 다온 엔진"));
  CHECK_FALSE(Has(text, "한솔전자 uses 다온 엔진"));
}

TEST_CASE("put-in verbs without a named holder", "[ingest][ko][target-subjects]") {
  // 탑재하다 alone: the subject uses it, as before.
  CHECK(Has("**한솔전자**는 **다온 엔진**을 탑재했다.\n", "한솔전자 uses 다온 엔진"));
  // 넣다 alone says nothing of use.
  CHECK_FALSE(HasUses("**한솔전자**는 **다온 엔진**을 명단에 넣었다.\n"));
}

}  // namespace kg::testing
