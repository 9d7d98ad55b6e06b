// Where a thing made stands: the place marked 에 in the clause that builds or sets it up
// (P에 공장을 짓다, P에 법인을 세우다), also when a connective clause before it names the place
// (P에 N원을 들여 Y를 짓다); never a place that only modifies the noun of the thing made.
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
}  // namespace

TEST_CASE("a thing built or set up stands in the place its clause names with 에", "[ingest][ko][siting]") {
  CHECK(Has("**푸른소재**는 울산에 **울산2공장**을 짓는다.\n", "울산2공장 located_in Ulsan"));
  CHECK(Has("**푸른소재**는 미국 텍사스에 현지 법인 '푸른소재 아메리카'를 세웠다.\n",
            "푸른소재 아메리카 located_in Texas"));
}

TEST_CASE("a connective clause sharing the subject may name the place", "[ingest][ko][siting]") {
  CHECK(Has("**푸른소재**는 충북 청주에 5,000억 원을 들여 **오송캠퍼스**를 건설하고 있다.\n",
            "오송캠퍼스 located_in Cheongju"));
}

TEST_CASE("no place for what is not made, and no place made", "[ingest][ko][siting]") {
  CHECK_FALSE(MarkdownFactMentions("**푸른소재**는 울산에 **울산2공장**을 짓지 않기로 했다.\n",
                                   "located_in"));
  // The country that modifies the noun of the thing made is not what is made.
  CHECK_FALSE(
      MarkdownFactMentions("**푸른소재**는 두 번째 베트남 공장을 세우기로 했다.\n", "Vietnam"));
}

TEST_CASE("an organisation that sets something up with 세우다 establishes it", "[ingest][ko][siting]") {
  CHECK(Has("**가람전자**는 올해 싱가포르에 지주회사 '가람홀딩스'를 세웠다.\n", "가람전자 established 가람홀딩스"));
}

}  // namespace kg::testing
