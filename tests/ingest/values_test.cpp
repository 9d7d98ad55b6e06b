// Money, dates, percentages and ranks as written in Korean and English news.
#include <catch2/catch.hpp>

#include "ingest/values.h"
#include "kg/base/model.h"

namespace kg::ingest {

namespace {
// The single value found in `text`; fails the test when there is not exactly one.
ValueMention One(const std::string& text, DocDate doc = {}) {
  std::vector<ValueMention> v = FindValues(text, doc);
  INFO(text);
  REQUIRE(v.size() == 1);
  return v[0];
}
}  // namespace

TEST_CASE("Korean money with 만/억/조 and currencies", "[ingest][values]") {
  CHECK(One("5,000억 달러를 투자").literal.lexical == "500000000000 USD");
  CHECK(One("12억 유로를").literal.lexical == "1200000000 EUR");
  CHECK(One("24억 캐나다 달러").literal.lexical == "2400000000 CAD");
  CHECK(One("3조 원").literal.lexical == "3000000000000 KRW");
  ValueMention approx = One("약 2조 3880억원");
  CHECK(approx.literal.lexical == "2388000000000 KRW");
  CHECK(approx.approx);
  CHECK(approx.literal.datatype == kKgAmount);
  CHECK(One("최대 400억 달러").bound == "max");
}

TEST_CASE("English money", "[ingest][values]") {
  CHECK(One("invest $500 billion in").literal.lexical == "500000000000 USD");
  CHECK(One("a €1.2 billion plan").literal.lexical == "1200000000 EUR");
  CHECK(One("about $80 million").approx);
}

TEST_CASE("dates: absolute, partial and relative to the document", "[ingest][values]") {
  CHECK(One("2025년 1월 20일 출시").literal.lexical == "2025-01-20");
  CHECK(One("2023년 10월").literal.lexical == "2023-10");
  CHECK(One("2024년에").literal.lexical == "2024");
  // No year given and no document date: a month-day.
  CHECK(One("1월 20일 공개").literal.lexical == "--01-20");
  DocDate doc{2025, 3, 10};
  ValueMention inferred = One("지난 2월 발표", doc);
  CHECK(inferred.literal.lexical == "2025-02");
  CHECK(inferred.year_inferred);
  CHECK(One("지난해 12월", doc).literal.lexical == "2024-12");
  // The word that gives the year is part of the date (left alone, 지난해 reads as a verb too).
  CHECK(One("지난해 12월 출시", doc).text == "지난해 12월");
  CHECK(One("내년 4월 착공", doc).text == "내년 4월");
  CHECK(One("지난 11월", doc).literal.lexical == "2024-11");  // past, so last year
  CHECK(One("January 20, 2025").literal.lexical == "2025-01-20");
  CHECK(One("in March 2025").literal.lexical == "2025-03");
  CHECK(One("acquired in 2017").literal.lexical == "2017");
  CHECK(FindValues("sold 2017 units", {}).empty());  // a count, not a year
  CHECK(One("2월 17일부터", doc).date_role == "start");
}

TEST_CASE("percentages and ranks", "[ingest][values]") {
  ValueMention pct = One("주가가 17% 급락");
  CHECK(pct.kind == ValueMention::Kind::kPercent);
  CHECK(pct.literal.lexical == "17");
  ValueMention rank = One("3위를 기록");
  CHECK(rank.kind == ValueMention::Kind::kRank);
  CHECK(rank.literal.lexical == "3");
  CHECK(FindValues("위원회", {}).empty());
}

TEST_CASE("full dates in footers and bylines", "[ingest][values]") {
  DocDate d;
  REQUIRE(ParseFullDate("입력 2025.05.04 10:00", &d));
  CHECK((d.year == 2025 && d.month == 5 && d.day == 4));
  REQUIRE(ParseFullDate("February 4, 2025", &d));
  CHECK((d.year == 2025 && d.month == 2 && d.day == 4));
  CHECK_FALSE(ParseFullDate("2025.13.40", &d));
  CHECK(HumanAmount("1200000000 EUR") == "1.2 billion EUR");
}

}  // namespace kg::ingest
