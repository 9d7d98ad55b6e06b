// Table columns relations.json names by their header (uses: | 칩셋 |, | 탑재 기기 |): what the
// row's device runs on, or which devices carry the row's chip. Tables of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a chipset column names what the row's phone uses, not its maker",
          "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 모델 | 출시 | 칩셋 | 전작 |\n|---|---|---|---|\n"
      "| **바다폰 3** | 2024년 2월 | **한빛반도체** **한빛 S1** | **바다폰 2** |\n");
  CHECK(Contains(facts, "바다폰 3 uses 한빛 S1"));
  CHECK_FALSE(Contains(facts, "바다폰 3 uses 한빛반도체"));
  CHECK_FALSE(Contains(facts, "바다폰 3 uses 바다폰 2"));
  // | 전작 | holds the model the row's model follows.
  CHECK(Contains(facts, "바다폰 3 successor_of 바다폰 2"));
}

TEST_CASE("a column of devices that carry the row's chip: each device uses it",
          "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 칩 | 제조사 | NPU 성능 | 탑재 기기 |\n|---|---|---|---|\n"
      "| **한빛 S1** | **한빛반도체** | 40 TOPS | **하늘폰 9** |\n"
      "| **누리칩 M2** | **누리전자** | — | **누리패드 5** |\n");
  CHECK(Contains(facts, "하늘폰 9 uses 한빛 S1"));
  CHECK(Contains(facts, "누리패드 5 uses 누리칩 M2"));
  CHECK_FALSE(Contains(facts, "한빛 S1 uses 하늘폰 9"));
  CHECK_FALSE(Contains(facts, "한빛반도체 uses 한빛 S1"));
}

TEST_CASE("a name inside a longer cell text is no device of the chip", "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 칩 | 탑재 기기 |\n|---|---|\n"
      "| **한빛 S1** | **하늘폰 9** 일부 지역 |\n");
  for (const std::string& f : facts) CHECK(f.find(" uses ") == std::string::npos);
}

}  // namespace kg::testing
