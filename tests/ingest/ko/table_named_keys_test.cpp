// A table's key cell that no mention covers whole is still a name, read against the maker
// column only (ko_table_named_keys.cpp). Tables of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a key cell no mention covers is the name of the thing its maker column makes",
          "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 순위 | 도구 | 개발사 | 사용 비율 |\n|---|---|---|---|\n"
      "| 1 | 바람 에디터 | **가온소프트** | 40% |\n"
      "| 2 | 나침반 | **누리랩스** | 21% |\n");
  CHECK(Contains(facts, "가온소프트 develops 바람 에디터"));
  CHECK(Contains(facts, "누리랩스 develops 나침반"));
  // A model cut short by a known family name is read whole, with its release date.
  std::vector<std::string> models = MarkdownFacts(
      "| 모델 | 개발사 | 공개 시기 |\n|---|---|---|\n"
      "| Claude 9.5 Lumen | **가온랩스** | 2024년 6월 |\n");
  CHECK(Contains(models, "가온랩스 develops Claude 9.5 Lumen"));
  bool released = false;
  for (const std::string& f : models)
    released |= f.rfind("가온랩스 released Claude 9.5 Lumen", 0) == 0;
  CHECK(released);
}

TEST_CASE("a key cell that describes, or a column that is no maker, gives no product",
          "[ingest][ko][tables]") {
  // A description in parentheses is no name; a supplier column is no maker.
  std::vector<std::string> facts = MarkdownFacts(
      "| 부품 | 공급사 | 비고 |\n|---|---|---|\n"
      "| 배터리(80kWh 파우치) | **가온에너지** | 국내 생산 |\n"
      "| 타이어 | **누리타이어** | 전용 제품 |\n");
  for (const std::string& f : facts) {
    INFO(f);
    CHECK(f.find("배터리") == std::string::npos);
    CHECK(f.find("타이어 develops") == std::string::npos);
    CHECK(f.find("develops 타이어") == std::string::npos);
  }
}

}  // namespace kg::testing
