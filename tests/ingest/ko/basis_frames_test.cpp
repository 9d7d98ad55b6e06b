// What a thing is built on (based_on, ingest/ko/ko_basis_frames.cpp), and who made a thing a
// sentence predicates a kind noun of (X는 Y가 만든 N예요). Sentences of our own, written in the
// constructions of Korean blog posts and news.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) {
  return HasFact(text, fact, "markdown");
}
}  // namespace

TEST_CASE("a relative clause on a basis names what the thing it leads to is built on",
          "[ingest][ko][basis]") {
  CHECK(
      Has("**하늘소프트**는 자사 **누리엘(Nuriel)** 연구를 바탕으로 만든 경량 모델 "
          "**코비스(Kobis)**를 내놨다.\n",
          "Kobis based_on Nuriel"));
  CHECK(Has("대한통신은 **다온-3**를 기반으로 한 상담 비서 '다온톡'을 내년에 선보일 예정이다.\n",
            "다온톡 based_on 다온-3"));
}

TEST_CASE("a topic built on a basis, by a noun after the clause or by 하다 ending it",
          "[ingest][ko][basis]") {
  CHECK(Has("**코비스**는 **누리엘 3B**를 바탕으로 만든 모델이랍니다.\n",
            "코비스 based_on 누리엘 3B"));
  CHECK(Has("- **다온 코더**는 하늘소프트의 **누리엘 2 프로** 모델을 기반으로 한다.\n",
            "다온 코더 based_on 누리엘 2 프로"));
}

TEST_CASE("a basis followed by a verb that builds nothing states no basis", "[ingest][ko][basis]") {
  // The basis says how something is done, not what a thing is built on.
  CHECK_FALSE(HasRelation("**다온몰**은 고객이 본 상품을 바탕으로 **누리픽**을 추천한다.\n",
                          "based_on", "markdown"));
  // A noun after the clause that is no name of the thing (기능) leaves it unsaid.
  CHECK_FALSE(HasRelation(
      "**하늘클라우드**가 **누리엘**을 기반으로 한 검색 기능을 **다온 스튜디오**에서 제공한다.\n",
      "based_on", "markdown"));
}

TEST_CASE("who made the thing a sentence predicates an unknown kind noun of",
          "[ingest][ko][basis]") {
  // 예요 after a vowel: the copula of a noun the dictionary lacks.
  CHECK(Has("**다온 코더**는 **하늘소프트**가 2024년 5월 공개한 터미널용 코딩 에이전트예요.\n",
            "하늘소프트 released 다온 코더 {date=2024-05}"));
  CHECK(Has("**다온 코더**는 **하늘소프트**가 2024년 5월 공개한 터미널용 코딩 에이전트예요.\n",
            "다온 코더 instance_of 터미널용 코딩 에이전트"));
  CHECK(Has("**누리체인**은 **한결랩스**가 2021년에 만든 오픈소스 프레임워크예요.\n",
            "한결랩스 develops 누리체인 {date=2021}"));
}

}  // namespace kg::testing
