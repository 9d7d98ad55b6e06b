// Facilities named by their place (issue 10): a known city or region with a facility noun
// written onto it ("목포공장", "거제조선소") is a Facility in that place, and an organisation
// written right before it keeps its own name; a country, an unknown word written onto the
// noun, a place written apart from it, a bare noun and a noun that only modifies another none.
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& markdown, const std::string& fact) {
  return HasFact(markdown, fact, "markdown");
}
}  // namespace

TEST_CASE("a place written onto a facility noun names a facility in it", "[ingest][ko][facility]") {
  CHECK(Has("**가람모터스**의 새 전기차는 전북 목포공장에서 만들어진다.\n",
            "목포공장 located_in Mokpo"));
  CHECK(
      Has("**가람랩스**는 판교데이터센터의 서버를 늘린다.\n", "판교데이터센터 located_in Pangyo"));
  CHECK(HasEntity("수원공장은 내년에 문을 연다.", "수원공장 (Facility)"));
}

TEST_CASE("an organisation written before the facility stays a name of its own",
          "[ingest][ko][facility]") {
  const std::string text =
      "**가람중공업**은 수주를 따냈다. 배는 가람중공업 거제조선소에서 만들어진다.\n";
  CHECK(Has(text, "거제조선소 located_in Geoje"));
  CHECK(HasEntity("가람중공업은 수주를 따냈다. 배는 가람중공업 거제조선소에서 만들어진다.",
                  "가람중공업 ()"));
}

TEST_CASE("the place keeps its own entity; money spent at the facility stays an amount",
          "[ingest][ko][facility]") {
  CHECK(HasEntity("가람전자는 수원공장에서 TV를 만든다.", "Suwon (Place)"));
  CHECK(Has("**가람모터스**는 목포공장에 2,000억 원을 들여 새 라인을 깔았다.\n",
            "가람모터스 investment_amount 200000000000 KRW"));
}

TEST_CASE("no facility from a country, an unknown word, a place apart or a modifier",
          "[ingest][ko][facility]") {
  // 미국공장 describes a plant; it names none.
  CHECK_FALSE(MarkdownFactMentions("**가람바이오**는 미국공장을 사들였다.\n", "located_in"));
  // 오창공장: 오창 is no place the dictionary knows, and the province before it is not the name.
  CHECK_FALSE(
      MarkdownFactMentions("**가람배터리**는 충북 오창공장에서 셀을 만든다.\n", "located_in"));
  // 울산 공장: a plant of no name, said to be in Ulsan.
  CHECK_FALSE(MarkdownFactMentions("**가람소재**는 울산 공장을 새로 지었다.\n", "located_in"));
  // 부산데이터센터 허브: a hub, not a data centre.
  CHECK_FALSE(MarkdownFactMentions("**가람클라우드**는 부산데이터센터 허브로 자리 잡았다.\n",
                                   "located_in"));
}

}  // namespace kg::testing
