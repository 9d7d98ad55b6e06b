// 출범하다 is intransitive: what launched (X가 출범했다, a headline's "X 출범") is the thing set
// up, never the one who set it up; its causative (Y가 X를 출범시켰다) takes an object again.
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}

bool NoFactWith(const std::string& markdown, const std::string& part) {
  for (const std::string& f : FactsOfDocument(markdown, "markdown")) {
    if (f.find(part) != std::string::npos) {
      UNSCOPED_INFO(f);
      return false;
    }
  }
  return true;
}
}  // namespace

TEST_CASE("a headline's launched body did not set up the one named before",
          "[ingest][ko][launch]") {
  CHECK(NoFactWith("# 소식\n\n**한빛국회**, 저출생 법안 처리…**누리전략부** 10월 출범\n",
                   "established"));
  CHECK(NoFactWith("**누리재단**이 지난달 공식 출범했다.\n", "established"));
}

TEST_CASE("the causative of 출범 sets something up", "[ingest][ko][launch]") {
  CHECK(Has("**한빛정부**는 지난해 **가온위원회**를 출범시켰다.\n",
            "한빛정부 established 가온위원회"));
  CHECK(
      Has("**한빛정부**는 **누리전략부**를 10월 출범시킨다.\n", "한빛정부 established 누리전략부"));
}

}  // namespace kg::testing
