// Named events and who holds them (relation organizes): a quoted or bold name that ends in an
// event noun, or a quoted name with one right after it ('X' 출범식), is an Event, and
// "A는 E를 열었다" / "E는 A가 주최했다" states A organizes E -- only of an Event. Sentences of
// our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {

bool Organizes(const std::string& markdown, const std::string& organiser,
               const std::string& event) {
  for (const std::string& f : FactsOfDocument(markdown, "markdown")) {
    if (f.rfind(organiser + " organizes " + event, 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a quoted name with an event noun after it names the event, not the name inside",
          "[ingest][ko][events]") {
  const std::string doc =
      "한솔테크와 가람전자는 5일 부산 벡스코에서 '누리 배터리 동맹' 출범식을 열었다. 누리 배터리 "
      "동맹은 전고체 배터리를 공동 개발한다.\n";
  CHECK(HasEntity(doc, "누리 배터리 동맹 출범식 (Event)"));
  CHECK_FALSE(HasEntity(doc, "누리 배터리 동맹 (Event)"));
  CHECK(Organizes(doc, "한솔테크", "누리 배터리 동맹 출범식"));
  CHECK(Organizes(doc, "가람전자", "누리 배터리 동맹 출범식"));
}

TEST_CASE("a quoted name ending in an event noun is an event its host holds",
          "[ingest][ko][events]") {
  const std::string doc =
      "다온연구원은 다음 달 서울에서 '미래 모빌리티 국제 콘퍼런스'를 열 예정이다.\n";
  CHECK(HasEntity(doc, "미래 모빌리티 국제 콘퍼런스 (Event)"));
  CHECK(Organizes(doc, "다온연구원", "미래 모빌리티 국제 콘퍼런스"));
}

TEST_CASE("a bold event name with its year, then the bare noun for it", "[ingest][ko][events]") {
  const std::string doc =
      "**가람 데이터 포럼 2026**이 3월 4일 **벡스코**에서 열렸다.\n"
      "포럼은 **한빛부**와 **다온재단**이 공동으로 주최했다.\n";
  CHECK(Organizes(doc, "한빛부", "가람 데이터 포럼 2026"));
  CHECK(Organizes(doc, "다온재단", "가람 데이터 포럼 2026"));
}

TEST_CASE("opening what is no event organizes nothing", "[ingest][ko][events]") {
  CHECK_FALSE(
      HasRelation("**한솔몰**은 작년 3월 온라인 스토어의 문을 열었다.\n", "organizes", "markdown"));
  CHECK_FALSE(HasRelation("가람시는 지난해 '누리 광장'을 열었다.\n", "organizes", "markdown"));
  // One word ending in an event noun is as often a community's or a company's name.
  CHECK_FALSE(
      HasEntity("국내 개발자 모임 '데이터포럼'이 진행한 설문을 살펴봤다.\n", "데이터포럼 (Event)"));
}

}  // namespace kg::testing
