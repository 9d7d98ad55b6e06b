// Demonstrative kind phrases ("이 보고서는", "이번 사업에") stand for the latest name of that
// kind (ingest/ko/ko_demonstratives.cpp). Sentences of our own, written in the construction of
// real Korean blog posts and news.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("this report points back to the report just named", "[ingest][ko][demonstratives]") {
  const std::string text =
      "**'Harbor Robotics Report'** 2026년 판이 나왔다.\n\n"
      "이 보고서는 물류 분석가인 한도윤과 가람리서치가 발간하는 자료로, 매년 봄에 나온다.\n";
  CHECK(HasFact(text, "Harbor Robotics Report published_by 가람리서치", "markdown"));
}

TEST_CASE("a demonstrative reaches back only a few sentences and only to its kind",
          "[ingest][ko][demonstratives]") {
  // No report named before: nothing to point back to.
  CHECK_FALSE(HasRelation("이 보고서는 가람리서치가 발간하는 자료로, 매년 봄에 나온다.\n", "published_by"));
  // The report was named too long ago.
  const std::string far =
      "**'Harbor Robotics Report'** 2026년 판이 나왔다.\n\n바다는 넓다.\n\n하늘은 맑다.\n\n"
      "산은 높다.\n\n강은 길다.\n\n이 보고서는 가람리서치가 발간하는 자료로, 매년 봄에 나온다.\n";
  CHECK_FALSE(HasRelation(far, "published_by", "markdown"));
}

}  // namespace kg::testing
