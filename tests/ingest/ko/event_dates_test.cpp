// When an event takes place (ko_event_dates.cpp): the date written in the clause of a verb of
// being held (열리다) dates the event said to be held, or the one its relative clause
// modifies. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
bool HasDate(const std::string& markdown) {
  return HasRelation(markdown, "event_date", "markdown");
}
}  // namespace

TEST_CASE("an event said to be held on a date took place then", "[ingest][ko][event-date]") {
  CHECK(Has("**한빛게임쇼**는 2026년 5월 3일 **대구 엑스코**에서 열렸어요.\n",
            "한빛게임쇼 event_date 2026-05-03"));
  // A span of days: the event is dated by its first day.
  CHECK(Has("**누리테크 서밋**이 2024년 10월 7일부터 9일까지 사흘간 **벡스코**에서 열렸다.\n",
            "누리테크 서밋 event_date 2024-10-07"));
  // A date opening the sentence, a kind phrase with a copula before the event.
  CHECK(Has("2027년 4월에는 세계 최대 로봇 행사인 **로보월드 2027**이 **킨텍스**에서 열린대요.\n",
            "로보월드 2027 event_date 2027-04"));
}

TEST_CASE("the event a relative clause of being held modifies took place on its date",
          "[ingest][ko][event-date]") {
  CHECK(Has("2024년 9월 **벡스코**에서 열린 **누리테크 서밋**에는 300개 기업이 참가했다.\n",
            "누리테크 서밋 event_date 2024-09"));
  // "열린 X의 선언문": the event is the name marked 의.
  CHECK(Has("한빛시는 2025년 6월 서울에서 열린 **누리 기후 정상회의**의 공동선언문에 서명했다.\n",
            "누리 기후 정상회의 event_date 2025-06"));
}

TEST_CASE("an event not held, a date of another clause or an organisation get no event date",
          "[ingest][ko][event-date]") {
  CHECK_FALSE(HasDate("**누리테크 서밋**은 2024년 3월 **벡스코**에서 열리지 않았다.\n"));
  // The date is the main clause's, written before its subject: the relative clause has none.
  CHECK_FALSE(HasDate(
      "2024년 3월 5일 **한빛전자**는 **벡스코**에서 열린 **누리테크 서밋**의 성과를 발표했다.\n"));
  CHECK_FALSE(HasDate("**한빛전자**는 2024년 3월 5일 벡스코에서 열린 회의에 참석했다.\n"));
  CHECK_FALSE(HasDate("2024년 3월 5일 **한빛전자** 주주총회가 열렸다.\n"));
}

}  // namespace kg::testing

namespace kg::testing {

// 개막하다 (an event opens) dates and places it like 열리다; a metaphorical opening, with no
// date or place, says nothing.
TEST_CASE("an event that opens on a date, in a place", "[ingest][ko][event-date]") {
  const char* text = "**한빛게임쇼**는 2027년 5월 3일 **대구 엑스코**에서 개막해요.\n";
  CHECK(HasFact(text, "한빛게임쇼 event_date 2027-05-03", "markdown"));
  CHECK(HasFact(text, "한빛게임쇼 located_in 대구 엑스코", "markdown"));
  CHECK_FALSE(HasRelation("바야흐로 AI 산업화 시대가 개막했습니다.\n", "event_date", "markdown"));
}

}  // namespace kg::testing
