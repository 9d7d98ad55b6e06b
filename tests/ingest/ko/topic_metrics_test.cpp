// Measures stated of the thing a clause is about as a bare measure noun before the value ("X는
// 지난해 태블릿 시장 점유율 41%로 1위"): has_metric of the topic. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a share written before its value marked 로 is the topic's", "[ingest][ko][metrics]") {
  const std::string text =
      "**누리칩**은 지난해 태블릿 시장 점유율 41%로 1위에 올랐다.\n\n"
      "**가온코드**는 이번 조사에서 사용률 37%로 2위를 지켰어요.\n";
  CHECK(HasFact(text, "누리칩 has_metric 41", "markdown"));
  CHECK(HasFact(text, "가온코드 has_metric 37", "markdown"));
}

TEST_CASE("a share aimed at is no measure of the topic", "[ingest][ko][metrics]") {
  CHECK_FALSE(HasRelation("**가온모바일**은 올해 국내 점유율 15%를 넘기겠다고 했다.\n",
                          "has_metric", "markdown"));
}

}  // namespace kg::testing
