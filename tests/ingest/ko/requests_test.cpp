// Requests Korean reports with a quoted clause: "X는 Y에 ...하라고 촉구했다", "...해야 한다고
// 권고했다" -- the speaker and the addressee are written before the quote, which is what is
// asked. And a bare one-syllable stem (새 규제) is no verb that ends a clause. Sentences of
// our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) { return HasFact(markdown, fact, "markdown"); }
}  // namespace

TEST_CASE("a request's addressees are written before the quoted request", "[ingest][ko][requests]") {
  const std::string text = "**가온은행**은 **누리위원회**와 **한솔감독원**에 새 규제를 7월에 시행하라고 촉구했답니다.\n";
  CHECK(Has(text, "가온은행 called_for 누리위원회"));
  CHECK(Has(text, "가온은행 called_for 한솔감독원"));
}

TEST_CASE("a quoted obligation is what is asked too", "[ingest][ko][requests]") {
  CHECK(Has("**가람연구원**은 **가온은행**에 기준금리를 더 내려야 한다고 권고했어요.\n",
            "가람연구원 called_for 가온은행"));
}

TEST_CASE("a quoted clause without a request verb is no request", "[ingest][ko][requests]") {
  std::vector<std::string> facts =
      FactsOfDocument("**가온은행**은 **누리위원회**에 규제를 시행하라고 말했다.\n", "markdown");
  for (const std::string& f : facts) CHECK(f.find("called_for") == std::string::npos);
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a deed one is told or asked to do is not done", "[ingest][ko][requests]") {
  CHECK_FALSE(HasRelation("**푸른은행**은 **금융당국**에 새 대출 규제를 예정대로 시행하라고 촉구했다.\n", "enacted", "markdown"));
  CHECK_FALSE(HasRelation("**노동조합**은 **한빛조선**에 **대양해운**을 인수해달라고 요구했다.\n", "acquired", "markdown"));
  CHECK_FALSE(HasRelation("**시민단체**는 **한빛조선**에 **대양해운**을 인수하라고 요구했다.\n", "acquired", "markdown"));
  CHECK(HasRelation("**한빛조선**은 **대양해운**을 인수했다고 밝혔다.\n", "acquired", "markdown"));
}

}  // namespace kg::testing
