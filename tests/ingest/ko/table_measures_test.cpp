// Measures written in Korean table cells: a cell of only a number and a unit (35 TOPS, 20초),
// or a bare number under a count noun's header (| 매개변수 | 700억 |), is a measure of the
// row's name (has_metric). Tables of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool In(const std::vector<std::string>& facts, const std::string& fact) {
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  return std::find(facts.begin(), facts.end(), fact) != facts.end();
}
bool AnyMetric(const std::vector<std::string>& facts) {
  return std::any_of(facts.begin(), facts.end(), [](const std::string& f) {
    return f.find("has_metric") != std::string::npos;
  });
}
}  // namespace

TEST_CASE("a cell of a number and its unit measures the row's name", "[ingest][ko][tables]") {
  std::vector<std::string> facts = FactsOfDocument(
      "| 칩 | 제조사 | NPU 성능 |\n|---|---|---|\n"
      "| **누리칩 7** | **가온전자** | 52 TOPS |\n",
      "markdown");
  CHECK(In(facts, "누리칩 7 has_metric 52 TOPS"));
  std::vector<std::string> clips = FactsOfDocument(
      "| 서비스 | 개발사 | 최대 길이 |\n|---|---|---|\n"
      "| **별빛비디오** | **가온랩스** | 15초 |\n",
      "markdown");
  CHECK(In(clips, "별빛비디오 has_metric 15 seconds"));
}

TEST_CASE("a bare number counts what the header's count noun names", "[ingest][ko][tables]") {
  std::vector<std::string> facts = FactsOfDocument(
      "| 모델 | 개발사 | 최대 매개변수 |\n|---|---|---|\n"
      "| **가람-3** | **가온랩스** | 450억 |\n",
      "markdown");
  CHECK(In(facts, "가람-3 has_metric 45000000000 parameters"));
}

TEST_CASE("a cell with more than a measure, or a row of no one name, measures nothing",
          "[ingest][ko][tables]") {
  CHECK_FALSE(
      AnyMetric(FactsOfDocument("| 서비스 | 최대 길이 |\n|---|---|\n"
                                "| **별빛비디오** | 15초 내외 |\n",
                                "markdown")));
  CHECK_FALSE(
      AnyMetric(FactsOfDocument("| 모델 | 출시 연도 |\n|---|---|\n"
                                "| **가람-3** | 450억 |\n",
                                "markdown")));
  CHECK_FALSE(
      AnyMetric(FactsOfDocument("| 모델 | 최대 길이 |\n|---|---|\n"
                                "| **가람-3** 개선판 | 15초 |\n",
                                "markdown")));
}

}  // namespace kg::testing
