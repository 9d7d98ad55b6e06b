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

TEST_CASE("a bold organisation, person and title names the person, who holds the title there",
          "[ingest][mentions]") {
  const std::string md =
      "# 새 폰\n\n**다온전자**는 새 폰을 공개했다.\n\n**다온전자 한지호 대표**는 올해 점유율을 "
      "넘기겠다고 했다.\n";
  CHECK(HasFact(md, "한지호 ceo_of 다온전자", "markdown"));
  CHECK_FALSE(
      HasEntity("**다온전자 한지호 대표**는 웃었다.", "다온전자 한지호 대표 (Organization)"));
}

}  // namespace kg::testing
