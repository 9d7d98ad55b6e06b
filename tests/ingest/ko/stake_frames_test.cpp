// Shares in a company stated with a noun and a percentage (relations.json stake_nouns): the
// subject before "Y 지분 N%" holds Y; after "Y의 지분은", each subject with its percentage
// does. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) { return HasFact(markdown, fact, "markdown"); }
}  // namespace

TEST_CASE("the subject before a company's stake and its percentage holds the company", "[ingest][ko][stake]") {
  CHECK(Has("**카카오**는 **별빛스튜디오** 지분 약 15%를 가진 2대 주주예요.\n", "Kakao owner_of 별빛스튜디오"));
  CHECK(Has("**네이버**는 지난해 **별빛스튜디오**의 지분 40%를 확보했다.\n", "Naver owner_of 별빛스튜디오"));
  CHECK(Has("**푸른전자**가 보유한 **한솔칩스** 지분 100%를 사들이기로 했다.\n", "푸른전자 owner_of 한솔칩스"));
}

TEST_CASE("after a stake as topic, each subject with a percentage holds the company", "[ingest][ko][stake]") {
  const char* text = "**한솔칩스**의 지분은 **푸른전자**가 60%, **카카오**가 40%를 갖고 있다.\n";
  CHECK(Has(text, "푸른전자 owner_of 한솔칩스"));
  CHECK(Has(text, "Kakao owner_of 한솔칩스"));
}

TEST_CASE("a stake with no percentage, or of no named company, states no holding", "[ingest][ko][stake]") {
  CHECK_FALSE(Has("**카카오**는 **별빛스튜디오** 지분을 늘릴지 검토 중이다.\n", "Kakao owner_of 별빛스튜디오"));
  CHECK_FALSE(Has("**카카오**는 미국 지분 30%를 팔았다.\n", "Kakao owner_of United States"));
}

}  // namespace kg::testing
