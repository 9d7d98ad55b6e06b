// Fines in Korean: a regulator imposes a fine (과징금, 벌금, 과태료) on a company, "Y에 과징금
// N원을 부과했다 / 매겼다" -- the verb is light, the noun says the relation (relations.json:
// fined's nouns, light_verbs). Sentences of our own, in the constructions of news and blog posts.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a fine imposed on a company", "[ingest][ko][fines]") {
  CHECK(HasFact("공정거래위원회는 쿠팡에 과징금 1,628억 원을 부과했다.\n",
                "Fair Trade Commission fined Coupang {amount=162800000000 KRW}"));
  // The casual register, and 매기다.
  CHECK(HasFact("공정거래위원회는 지난달 네이버에 과징금 59억 원을 매겼어요.\n",
                "Fair Trade Commission fined Naver {amount=5900000000 KRW}"));
  // A tax or a score imposed is no fine.
  CHECK_FALSE(HasRelation("정부는 쿠팡에 세금을 부과했다.\n", "fined"));
  CHECK_FALSE(HasRelation("공정거래위원회는 쿠팡에 높은 점수를 매겼다.\n", "fined"));
}

TEST_CASE("an object among several amounts takes the one written after it", "[ingest][ko][fines]") {
  CHECK(HasFact("공정거래위원회는 쿠팡에 과징금 38억 원, 네이버에 12억 원을 각각 부과했다.\n",
                "Fair Trade Commission fined Naver {amount=1200000000 KRW}"));
  CHECK_FALSE(HasFact("공정거래위원회는 쿠팡에 과징금 38억 원, 네이버에 12억 원을 각각 부과했다.\n",
                      "Fair Trade Commission fined Naver {amount=3800000000 KRW}"));
}

}  // namespace kg::testing
