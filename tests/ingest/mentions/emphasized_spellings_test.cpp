// A bold model name in Hangul with its Latin spelling in parentheses (**비오 3(Veo 3)**,
// emphasis.cpp) is one name, the Latin one, whatever the sentence then says of it. Sentences
// of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a bold Hangul model name with its Latin spelling is the Latin name",
          "[ingest][mentions]") {
  CHECK(HasFact("**하늘랩스**가 만든 **누리온 3(Nurion 3)**는 5월 발표됐다.\n",
                "하늘랩스 develops Nurion 3", "markdown"));
  CHECK(HasFact("**가온전자**는 지난달 **다빈 2(Dabin 2)**를 공개했다.\n",
                "가온전자 released Dabin 2", "markdown"));
}

TEST_CASE("a Latin name in parentheses that is no spelling of the Hangul is not taken for it",
          "[ingest][mentions]") {
  CHECK_FALSE(HasRelation("**가온전자**는 지난달 **다빈 2(Kestrel 2)**를 공개했다.\n", "released",
                          "markdown"));
}

}  // namespace kg::testing
