// Measures stated of a thing with a genitive, a measure noun and a percentage (has_metric,
// ingest/ko/ko_metric_frames.cpp). Sentences of our own, written in the construction of real
// Korean blog posts and news.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) { return HasFact(text, fact, "markdown"); }
}  // namespace

TEST_CASE("a share or rate after a genitive is a measure of the genitive's name", "[ingest][ko][metric]") {
  const std::string two = "카카오의 여성 사용자 비율은 41%로, 네이버의 여성 사용자 비율(52%)보다 낮았다.\n";
  CHECK(Has(two, "Kakao has_metric 41"));
  CHECK(Has(two, "Naver has_metric 52"));
  CHECK(Has("올해 1분기 네이버의 국내 검색 점유율은 58.2%였다.\n", "Naver has_metric 58.2"));
}

TEST_CASE("no measure without a measure noun right before the percentage", "[ingest][ko][metric]") {
  // A change of sales is no share; a stake is read by the stake frames as ownership.
  CHECK_FALSE(HasRelation("카카오의 매출은 작년보다 30% 늘었다.\n", "has_metric", "markdown"));
  CHECK_FALSE(HasRelation("카카오의 비율은 높았고 매출은 30% 늘었다.\n", "has_metric", "markdown"));
}

}  // namespace kg::testing
