// A sentence that leaves out its subject goes on about the organisation the sentence before it
// was about (X는 ... 이어 ...를 선보였다); a name said to be a company (X는 ... 회사예요) is an
// organisation. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a sentence without a subject goes on about the organisation before it", "[ingest][ko]") {
  CHECK(
      HasFact("누리전자는 지난 3월 첫 스마트폰 '누리원'을 공개했다. 이어 9월에는 두 번째 모델 "
              "'누리투'를 선보였다.",
              "누리전자 released 누리투"));
  // One sentence about something else may come between.
  CHECK(
      HasFact("누리전자는 3월 '누리원'을 공개했다. 반응은 뜨거웠다. 또 9월에는 '누리투'를 "
              "내놨다.",
              "누리전자 released 누리투"));
}

TEST_CASE("a subject of its own, a far topic or a topic that is no organisation is not carried",
          "[ingest][ko]") {
  // The sentence names its own doer, known or not.
  CHECK_FALSE(HasFact("누리전자는 3월 '누리원'을 공개했다. 경쟁사는 9월 '누리투'를 선보였다.",
                      "누리전자 released 누리투"));
  // Two sentences between: the writer may have turned to something else.
  CHECK_FALSE(
      HasFact("누리전자는 3월 '누리원'을 공개했다. 반응은 뜨거웠다. 판매량도 늘었다. "
              "9월에는 '누리투'를 내놨다.",
              "누리전자 released 누리투"));
  // A product as the topic before is not who makes the next one.
  CHECK_FALSE(
      HasRelation("'누리원'은 3월 출시됐다. 이어 9월에는 '누리투'를 선보였다.", "released"));
}

TEST_CASE("a name said to be a company is an organisation", "[ingest][ko]") {
  CHECK(HasEntity("'다온'은 2018년 김하늘 대표가 세운 회사예요.", "다온 (Organization)"));
  CHECK(
      HasFact("**다온**은 2018년 세운 스타트업이에요. 올해 1월에는 **한빛카드**와 손잡고 "
              "'다온 카드'를 내놨어요.",
              "다온 released 다온 카드", "markdown"));
}

}  // namespace kg::testing
