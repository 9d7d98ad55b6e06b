// Taking up a post: a title marked 로 before a verb of appointment (선임, 임명, 취임) says the
// person holds it, at the organisation written with the title or the clause's subject.
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a person appointed to a title at an organisation holds it there", "[ingest][ko]") {
  // The person is the subject of the passive, the organisation written with the title.
  CHECK(HasFact("정기 주총에서는 한다은 사장이 누리전자의 새 대표이사로 선임됐다.",
                "한다은 ceo_of 누리전자"));
  CHECK(HasFact("한다은 사장은 지난달 누리전자 대표로 취임했다.", "한다은 ceo_of 누리전자"));
  // The object of the active verb; the organisation is the board's, the clause's subject.
  CHECK(
      HasFact("누리전자 이사회는 한다은 부사장을 대표이사로 선임했다.", "한다은 ceo_of 누리전자"));
  // Another title states its own relation.
  CHECK(HasFact("누리전자는 한다은 전무를 의장으로 임명했다.", "한다은 position_held 누리전자"));
}

TEST_CASE("a 로 phrase before another verb, or no title in it, appoints no one", "[ingest][ko]") {
  CHECK_FALSE(HasRelation("한다은 대표는 누리전자 대표로 기조연설을 했다.", "ceo_of"));
  // A representative hired is no title held.
  CHECK_FALSE(HasRelation("누리전자는 법무법인 한결을 대리인으로 선임했다.", "position_held"));
}

TEST_CASE(
    "a titled person's appointment as a bare noun is at the organisation the sentence is about",
    "[ingest][ko]") {
  CHECK(HasFact("누리전자는 2022년 한다은 대표 취임 이후 해외 사업을 늘렸다.",
                "한다은 ceo_of 누리전자"));
  CHECK(HasFact("**가온모바일**은 **서도윤** 회장 취임 후 요금제를 바꿨어요.\n",
                "서도윤 position_held 가온모바일", "markdown"));
  // The person's own organisation written before them is theirs, not the topic's.
  CHECK_FALSE(
      HasFact("누리전자는 카카오 한다은 대표 취임 이후 협력을 늘렸다.", "한다은 ceo_of 누리전자"));
}

}  // namespace kg::testing
