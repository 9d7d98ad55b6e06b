// Rankings a Korean text describes rather than names ("지난달 앱 사용자 순위에서 X는 5위").
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("the nouns before a ranking noun name the ranking a rank is in", "[ingest][ko][ranks]") {
  const std::string text =
      "앱 분석업체 가온인사이트가 집계한 지난달 음악 앱 사용자 순위에서 **별빛뮤직**은 4위에 "
      "올랐다.\n";
  CHECK(HasFact(text, "별빛뮤직 ranked_in 음악 앱 사용자 순위", "markdown"));
  // The clause's subject compiled the ranking; it holds no rank in it.
  for (const std::string& f : FactsOfDocument(text, "markdown")) {
    CHECK(f.find("가온인사이트 ranked_in") == std::string::npos);
  }
}

TEST_CASE("every holder listed with its rank is in the described ranking", "[ingest][ko][ranks]") {
  const std::string text =
      "지난해 태블릿 출하량 순위에서 **누리전자**가 1위, **한빛테크**가 3위에 올랐다.\n";
  CHECK(HasFact(text, "누리전자 ranked_in 태블릿 출하량 순위", "markdown"));
  CHECK(HasFact(text, "한빛테크 ranked_in 태블릿 출하량 순위", "markdown"));
}

TEST_CASE("a noun ending in 도 is a word of the ranking's name", "[ingest][ko][ranks]") {
  // 만족도 is no 만족 with the particle 도; the ranking named with 도 (순위도) is read too.
  const std::string text = "이 조사는 배달 앱 만족도 순위도 매겼는데, **가온배달**이 1위였다.\n";
  CHECK(HasFact(text, "가온배달 ranked_in 배달 앱 만족도 순위", "markdown"));
}

TEST_CASE("a ranking noun with no noun of its own names no ranking", "[ingest][ko][ranks]") {
  CHECK_FALSE(HasRelation("**누리전자**는 순위에서 2위에 올랐다.\n", "ranked_in", "markdown"));
  CHECK_FALSE(HasRelation("**누리전자**의 순위는 2위로 올랐다.\n", "ranked_in", "markdown"));
}

}  // namespace kg::testing
