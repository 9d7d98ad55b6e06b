// 쓰다 states use only of a thing (relations.json thing_object_lemmas): a model or a chip its
// object names, not an organisation it hires, money it spends, nor a thing a name marked 부터
// uses. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
std::vector<std::string> Facts(const std::string& markdown) {
  return FactsOfDocument(markdown, "markdown");
}
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
bool AnyUse(const std::string& markdown) {
  for (const std::string& f : Facts(markdown)) {
    UNSCOPED_INFO(f);
    if (f.find(" uses ") != std::string::npos) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("a thing the subject 쓰다 is what it uses", "[ingest][ko][thing-objects]") {
  CHECK(Has("**가온 코더**는 **한솔 LM 3**을 기본 모델로 쓰고, 다른 모델도 고를 수 있어요.\n",
            "가온 코더 uses 한솔 LM 3"));
  CHECK(Has("**가온폰 7**은 **한솔칩 9**를 썼어요.\n", "가온폰 7 uses 한솔칩 9"));
}

TEST_CASE("what 쓰다 says of no thing states no use", "[ingest][ko][thing-objects]") {
  // Money spent on buying a company.
  CHECK_FALSE(AnyUse("**가람테크**는 **한빛소프트** 지분을 사는 데 500억 원을 썼다.\n"));
  CHECK_FALSE(AnyUse("**가람테크**가 **한빛소프트** 지분을 사는 데 쓴 돈은 500억 원이다.\n"));
  // A person hired.
  CHECK_FALSE(AnyUse("**가람테크**는 광고 모델로 배우 김하늘 씨를 썼다.\n"));
  // Not used: no positive fact.
  CHECK_FALSE(Has("**가람테크**는 **한솔칩 9**를 쓰지 않았다.\n", "가람테크 uses 한솔칩 9"));
}

TEST_CASE("a thing marked 부터 uses the object, not the clause's subject",
          "[ingest][ko][thing-objects]") {
  CHECK_FALSE(Has("**가온모바일**은 **가온폰 8**부터 **한솔칩 10**을 쓴다고 밝혔어요.\n",
                  "가온모바일 uses 한솔칩 10"));
}

TEST_CASE("a supplier of what is used is not its user", "[ingest][ko][thing-objects]") {
  CHECK_FALSE(Has("두 모델 모두 **한솔디스플레이**가 공급한 **한솔 OLED 7** 패널을 썼어요.\n",
                  "한솔디스플레이 uses 한솔 OLED 7"));
}

}  // namespace kg::testing
