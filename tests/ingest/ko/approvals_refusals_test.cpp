// Korean verbs of approving and refusing (relations approved, refused): a regulator that
// approves a product (X는 Y를 승인했다), and a party that refuses another's proposal or demand
// (X는 Y의 제안을 거부했다), where what is refused names the party that made it. Sentences of
// our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
}  // namespace

TEST_CASE("a regulator approves a product", "[ingest][ko][approvals]") {
  CHECK(Has("**가람보건청**은 지난해 **하솔제약**의 신약 **베로닉**을 승인했다.\n",
            "가람보건청 approved 베로닉"));
  // The product approves nothing.
  std::vector<std::string> facts = FactsOfDocument(
      "**가람보건청**은 지난해 **하솔제약**의 신약 **베로닉**을 승인했다.\n", "markdown");
  for (const std::string& f : facts) CHECK(f.find("베로닉 approved") == std::string::npos);
}

TEST_CASE("a proposal or demand refused names the party that made it", "[ingest][ko][refusals]") {
  CHECK(Has("**한솔게임즈** 이사회는 3월 2일 **누리플레이**의 합병 제안을 거부했죠.\n",
            "한솔게임즈 refused 누리플레이 {date=--03-02}"));
  CHECK(
      Has("**다온몰**은 조사 과정에서 **정보보호위원회**의 자료 제출 요구를 두 차례 거부한 것으로 "
          "드러났다.\n",
          "다온몰 refused 정보보호위원회"));
}

TEST_CASE("refusing a thing that is no one's proposal or demand refuses no party",
          "[ingest][ko][refusals]") {
  CHECK_FALSE(
      HasRelation("**한솔게임즈**는 **누리플레이**의 답변을 거부했다.\n", "refused", "markdown"));
  CHECK_FALSE(HasRelation("**한솔게임즈**는 **누리플레이**를 거부했다.\n", "refused", "markdown"));
}

}  // namespace kg::testing
