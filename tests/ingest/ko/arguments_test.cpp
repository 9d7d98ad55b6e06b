// Which phrase fills a relation's slot, and which may not: a place marked 에서 is where
// something happens; a definition's topic does not take an object its clause gives to an
// unnamed thing; money spent with 들이다 is an amount invested. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a place marked 에서 is where a thing happens, not what is taken part in", "[ingest][ko][arguments]") {
  CHECK_FALSE(MarkdownFactMentions(
      "**가람전자** 윤하람 사장은 일본 도쿄에서 열리는 기술 장관회의에 참석한다.\n",
      "participates_in Tokyo"));
}

TEST_CASE("a definition's topic fills no object its clause gives to an unnamed thing", "[ingest][ko][arguments]") {
  CHECK_FALSE(MarkdownFactMentions(
      "- **가람케미칼**: **가람소재**가 지분 100%를 가진 자회사로, 정밀 원료를 만든다.\n",
      "develops"));
}

TEST_CASE("money spent with 들이다 is an amount invested", "[ingest][ko][arguments]") {
  CHECK(HasFact("**푸른모터스**는 군산공장에 3,000억 원을 들여 새 라인을 깔았다.\n",
                "푸른모터스 investment_amount 300000000000 KRW", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a topic beside a person as the subject is the verb's other argument", "[ingest][ko][arguments]") {
  CHECK(HasFact("**가람랩스**는 2018년 **윤하늘** 대표가 창업했다.\n", "가람랩스 founded_by 윤하늘 {date=2018}",
                "markdown"));
  CHECK(HasFact("**가람랩스**는 **윤하늘** 대표가 이끌고 있다.\n", "윤하늘 leads 가람랩스", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("money put into a named place is invested there, not an amount spent at large", "[ingest][ko][arguments]") {
  CHECK_FALSE(HasRelation("**푸른화학**은 전남 광양에 5조 원을 투입해 새 공장을 짓고 있다.\n", "investment_amount",
                          "markdown"));
  CHECK(HasFact("**푸른화학**은 5조 원을 투입해 새 공장을 짓고 있다.\n", "푸른화학 investment_amount 5000000000000 KRW",
                "markdown"));
}

TEST_CASE("a plant, shares or a declaration of an owner do not stand for the owner", "[ingest][ko][arguments]") {
  CHECK_FALSE(MarkdownFactMentions(
      "**가람바이오**는 미국 **로웰제약**의 텍사스 생산공장을 2억 달러에 사들였다.\n",
      "acquired 로웰제약"));
  CHECK_FALSE(MarkdownFactMentions(
      "**해솔게임즈**는 장외에서 **달빛소프트** 주식을 꾸준히 사들였다.\n", "acquired 달빛소프트"));
  CHECK(MarkdownFactMentions("**해솔게임즈**는 지난해 **달빛소프트**를 사들였다.\n",
                             "해솔게임즈 acquired 달빛소프트"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a country paired with another is a party to what is named after it, not where it is",
          "[ingest][ko][arguments]") {
  CHECK_FALSE(MarkdownFactMentions("양측은 한-칠레 자유무역협정(FTA)의 개정 방향을 논의했다.\n",
                                   "located_in Chile"));
  CHECK_FALSE(MarkdownFactMentions("국회는 한국과 칠레 간 자유무역협정(FTA) 개정안을 의결했다.\n",
                                   "located_in Chile"));
  CHECK(HasFact("네이버는 칠레 광산업체 **안데스마이닝**과 계약을 맺었다.\n", "안데스마이닝 located_in Chile", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a fund that is made is established, not developed", "[ingest][ko][arguments]") {
  const std::string text = "**가람금융**은 3,000억 원 규모의 '가람 그린 펀드'를 만들었다.\n";
  CHECK(HasFact(text, "가람금융 established 가람 그린 펀드 {amount=300000000000 KRW}", "markdown"));
  CHECK_FALSE(HasRelation(text, "develops", "markdown"));
  CHECK(HasFact("**가람전자**는 새 배터리 '가람셀'을 만들었다.\n", "가람전자 develops 가람셀", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a name listed beside a known place in a place's slot is not a place", "[ingest][ko][arguments]") {
  const std::string text = "위원회는 **해솔마켓**과 베트남에 본사를 둔 쇼핑 플랫폼 **달빛몰**에 시정명령을 내렸다.\n";
  CHECK(HasFact(text, "달빛몰 located_in Vietnam", "markdown"));
  CHECK_FALSE(MarkdownFactMentions(text, "located_in 해솔마켓"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("joining or leading a company's funding round is investing in the company",
          "[ingest][ko][arguments]") {
  const std::string joined = "**하늘로보틱스**의 이번 시리즈A 라운드에는 **바다캐피탈**과 **산들벤처스** 등이 참여했다.\n";
  CHECK(MarkdownFactMentions(joined, "바다캐피탈 invested_in 하늘로보틱스"));
  CHECK(MarkdownFactMentions(joined, "산들벤처스 invested_in 하늘로보틱스"));
  CHECK_FALSE(MarkdownFactMentions(joined, "participates_in 하늘로보틱스"));
  CHECK(MarkdownFactMentions("**별솔에너지**의 프리A 라운드는 **온누리파트너스**가 주도했다.\n",
                             "온누리파트너스 invested_in 별솔에너지"));
  CHECK(MarkdownFactMentions(
      "지난해 마감된 **별솔에너지** 시리즈C는 **온누리파트너스**가 주도했다.\n",
      "온누리파트너스 invested_in 별솔에너지"));
  // A company's own event joined is still taken part in.
  CHECK(MarkdownFactMentions("**바다캐피탈**은 **하늘로보틱스**의 기술 세미나에 참여했다.\n",
                             "participates_in"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a relative year before a month does not split the clause it dates", "[ingest][ko][arguments]") {
  // 지난해 is also a verb form to the dictionary (지난하다 + -해); written before a month it is
  // part of the date, so the subject before it still belongs to the verb after it.
  const std::string dated = "---\ntitle: 소식\ndate: 2025-03-02\n---\n\n";
  CHECK(HasFact(dated + "**한결웨어**가 지난해 9월 출시한 스마트워치 '누리핏 S2'는 꾸준히 팔렸다.\n",
                "한결웨어 released 누리핏 S2 {date=2024-09}", "markdown"));
  CHECK(HasFact(dated + "**한결웨어**는 지난해 9월 '누리핏 S2'를 내놓았다.\n",
                "한결웨어 released 누리핏 S2 {date=2024-09}", "markdown"));
}

TEST_CASE("a passive clause with an unnamed subject of its own does not take the topic for it",
          "[ingest][ko][arguments]") {
  // 이 부품이 is the subject of 탑재됐다; the topic before it is who says so.
  const std::string text = "**가람전자**는 **누리모바일**의 'X9 폰'에 이 부품이 몰래 탑재됐다고 주장했다.\n";
  CHECK_FALSE(MarkdownFactMentions(text, "uses 가람전자"));
  // Named, the clause's own subject is what is used.
  CHECK(MarkdownFactMentions(
      "**가람전자**는 **누리모바일**의 'X9 폰'에 '루미칩'이 탑재됐다고 밝혔다.\n",
      "X9 폰 uses 루미칩"));
}

}  // namespace kg::testing
