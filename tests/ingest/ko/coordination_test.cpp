// Korean coordination inside one noun phrase keeps every conjunct: names joined by 와/과, commas
// or 및 before a classifier noun (A와 B 모델을), and names each with a genitive of its own (A의
// X와 B의 Y를); while "A와 B의 X" stays X of the two, and a classifier after places is not the
// places. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("coordinated names before a classifier noun are all its referents",
          "[ingest][ko][coordination]") {
  std::vector<std::string> facts =
      MarkdownFacts("**한빛랩**은 **누리봇**과 **가온봇** 모델을 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses 누리봇"));
  CHECK(Contains(facts, "한빛랩 uses 가온봇"));

  facts = MarkdownFacts("**한빛랩**은 **누리봇**, **가온봇** 서비스를 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses 누리봇"));
  CHECK(Contains(facts, "한빛랩 uses 가온봇"));

  // The classifier noun itself names nothing: one name before it stays the only one.
  facts = MarkdownFacts("**한빛랩**은 **가온봇** 모델을 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses 가온봇"));
}

TEST_CASE("및 joins two names as a comma does", "[ingest][ko][coordination]") {
  std::vector<std::string> facts =
      MarkdownFacts("**한빛랩**은 **누리봇** 및 **가온봇**을 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses 누리봇"));
  CHECK(Contains(facts, "한빛랩 uses 가온봇"));
}

TEST_CASE("names each with its own genitive are coordinated, the genitives are not",
          "[ingest][ko][coordination]") {
  std::vector<std::string> facts = MarkdownFacts(
      "**한빛랩**은 **다온소프트**의 **누리봇**과 **가람AI**의 **가온봇**을 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses 누리봇"));
  CHECK(Contains(facts, "한빛랩 uses 가온봇"));
  CHECK_FALSE(Contains(facts, "한빛랩 uses 다온소프트"));
  CHECK_FALSE(Contains(facts, "한빛랩 uses 가람AI"));

  // The same before a classifier noun, as the subject of a passive verb.
  facts = MarkdownFacts(
      "**누리앱**에는 **다온소프트**의 **누리봇**과 **가람AI**의 **가온봇** 모델이 쓰인다.\n");
  CHECK(Contains(facts, "누리앱 uses 누리봇"));
  CHECK(Contains(facts, "누리앱 uses 가온봇"));
}

TEST_CASE("A와 B의 X is the X of A and B, not A beside X", "[ingest][ko][coordination]") {
  std::vector<std::string> facts =
      MarkdownFacts("**한빛랩**은 **다온소프트**와 **가람AI**의 **가온봇**을 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses 가온봇"));
  CHECK_FALSE(Contains(facts, "한빛랩 uses 다온소프트"));
}

TEST_CASE("a classifier noun after places stands for no place", "[ingest][ko][coordination]") {
  std::vector<std::string> facts = MarkdownFacts("**한빛랩**은 한국과 미국 기업에 투자했다.\n");
  CHECK_FALSE(Contains(facts, "한빛랩 invested_in South Korea"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("the noun after A와 B의 stands for both owners when it names nothing itself",
          "[ingest][ko][coordination]") {
  std::vector<std::string> facts = MarkdownFacts(
      "**누리위원회**는 **한빛전자**와 **가람칩스**의 해외 매출 실태에 대한 조사에 착수했다.\n");
  CHECK(Contains(facts, "누리위원회 investigates 한빛전자"));
  CHECK(Contains(facts, "누리위원회 investigates 가람칩스"));
  // One genitive alone stays the only owner.
  facts = MarkdownFacts("**누리위원회**는 **가람칩스**의 해외 매출 실태에 대한 조사에 착수했다.\n");
  CHECK(Contains(facts, "누리위원회 investigates 가람칩스"));
  CHECK_FALSE(Contains(facts, "누리위원회 investigates 한빛전자"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a name with its gloss written apart is one conjunct", "[ingest][ko][coordination]") {
  std::vector<std::string> facts =
      MarkdownFacts("**한빛랩**은 **누리봇 Nuribot**과 **가온봇 Gaonbot**을 도입했다.\n");
  CHECK(Contains(facts, "한빛랩 uses Nuribot"));
  CHECK(Contains(facts, "한빛랩 uses Gaonbot"));
}

}  // namespace kg::testing
