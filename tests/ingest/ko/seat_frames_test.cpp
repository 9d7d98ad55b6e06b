// Where an organisation is, stated with its seat (relations.json seat_nouns, seat_lemmas):
// "X 본사는 P에 있다", or "본사는 P에 있다" of the sentence's or paragraph's topic; "P에 있는 X".
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a named organisation's seat in a place locates it", "[ingest][ko][seat]") {
  CHECK(HasFact("다온칩스는 2019년 세워진 회사예요. 다온칩스 본사는 대구에 있어요.", "다온칩스 located_in Daegu"));
  CHECK(HasFact("카카오의 본사는 제주에 있다.", "Kakao located_in Jeju"));
}

TEST_CASE("a seat without a name is the topic's", "[ingest][ko][seat]") {
  CHECK(HasFact("다온칩스는 반도체를 생산하며, 본사는 수원에 있다.", "다온칩스 located_in Suwon"));
  CHECK(HasFact("다온칩스는 2019년 세워진 회사예요. 처음엔 작은 쇼핑몰로 출발했죠. 본사는 수원에 있어요.",
                "다온칩스 located_in Suwon"));
}

TEST_CASE("an organisation a clause of being in a place modifies is there", "[ingest][ko][seat]") {
  CHECK(HasFact("스위스 제네바에 있는 한빛연구소가 보고서를 냈다.", "한빛연구소 located_in Geneva"));
  CHECK(HasFact("대전에 있는 다온칩스는 칩을 만든다.", "다온칩스 located_in Daejeon"));
  // Without a place, or with a verb of something else, nothing is located.
  CHECK_FALSE(HasFact("대전에 본 다온칩스는 칩을 만든다.", "다온칩스 located_in Daejeon"));
}

TEST_CASE("a seat that is not there, or of no one, locates nothing", "[ingest][ko][seat]") {
  CHECK_FALSE(HasFact("다온칩스는 반도체를 생산하며, 본사는 수원에 없다.", "다온칩스 located_in Suwon"));
  CHECK_FALSE(HasFact("본사는 수원에 있다.", "Suwon located_in Suwon"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a seat moved to a place puts the organisation there", "[ingest][ko][seat]") {
  CHECK(HasFact("**가람테크**는 지난해 본사를 부산에서 경기 **판교**로 옮겼다.\n", "가람테크 located_in Pangyo",
                "markdown"));
  // The organisation the text speaks of owns a seat written without a name.
  CHECK(HasFact("가람테크는 로봇을 만든다. 본사를 대전으로 옮겼다.\n", "가람테크 located_in Daejeon", "markdown"));
}

TEST_CASE("a seat moved away was where 'P에 있는' says", "[ingest][ko][seat]") {
  CHECK(HasFact("**가람테크**는 현재 서울 마포구에 있는 본사를 내년 대전으로 이전한다.\n",
                "가람테크 located_in Mapo District", "markdown"));
  CHECK(HasFact("**가람테크**는 현재 서울 마포구에 있는 본사를 내년 대전으로 이전한다.\n",
                "가람테크 located_in Daejeon", "markdown"));
}

TEST_CASE("something other than the seat moved says nothing of where the organisation is", "[ingest][ko][seat]") {
  for (const std::string& f : FactsOfDocument("**가람테크**는 올해 연구소를 대전으로 옮겼다.\n", "markdown")) {
    INFO(f);
    CHECK(f.find("located_in") == std::string::npos);
  }
}

}  // namespace kg::testing
