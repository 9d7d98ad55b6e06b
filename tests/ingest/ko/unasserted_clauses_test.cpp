// Clauses the writer does not assert: what a report says ("X가 Y에 공급한다는 일부 외신 보도에
// 대해 '확정된 바 없다'") and a measure only weighed ("Y를 제한하는 방안을 검토 중") give no fact;
// the same verbs stated plainly still do. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}

bool NoFactWith(const std::string& markdown, const std::string& part) {
  std::vector<std::string> facts = FactsOfDocument(markdown, "markdown");
  for (const std::string& f : facts) {
    if (f.find(part) != std::string::npos) {
      UNSCOPED_INFO(f);
      return false;
    }
  }
  return true;
}
}  // namespace

TEST_CASE("a stated supply is a fact", "[ingest][ko][unasserted]") {
  CHECK(Has("**가온배터리**는 **한빛자동차**에 원통형 배터리를 공급한다.\n",
            "가온배터리 supplies 한빛자동차"));
}

TEST_CASE("a reported and denied claim is no fact", "[ingest][ko][unasserted]") {
  CHECK(NoFactWith(
      "다만 **가온배터리**는 **한빛자동차**에 원통형 배터리를 공급한다는 일부 외신 보도에 대해서는 "
      "\"확정된 바 없다\"고 말했다.\n",
      "supplies"));
  CHECK(
      NoFactWith("한편 **누리소프트**가 **별빛게임즈**를 인수했다는 소문에 대해 회사 측은 \"사실이 "
                 "아니다\"라고 "
                 "밝혔다.\n",
                 "acquired"));
}

TEST_CASE("a measure under deliberation is no fact", "[ingest][ko][unasserted]") {
  CHECK(NoFactWith("**한빛전자**는 **가온소재**를 인수하는 방안을 검토 중인 것으로 알려졌다.\n",
                   "acquired"));
  CHECK(NoFactWith("**한빛전자**는 **가온소재**와 손잡는 방안을 논의했다.\n", "partnered_with"));
}

TEST_CASE("a measure decided on is still a plan", "[ingest][ko][unasserted]") {
  CHECK(Has("**한빛전자**는 **가온소재**를 인수할 계획이다.\n",
            "한빛전자 acquired 가온소재 {status=planned}"));
}

}  // namespace kg::testing
