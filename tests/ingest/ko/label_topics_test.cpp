// A list item labelled "NAME + Korean words:" whose body names NAME again defines no term: the
// label is no subject or object of the body (ko_label_topics.cpp). Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a name and Korean words before the colon label the item", "[ingest][ko][labels]") {
  std::vector<std::string> facts = MarkdownFacts(
      "가람몰의 해외 전략은 두 갈래예요.\n\n"
      "1. **도토리마켓** 입점: 지난 3월 도토리마켓과 제휴를 맺고 공식 매장을 열었어요.\n"
      "2. **한별편의점** 제휴: 편의점 체인 한별편의점과 손잡고 매장 픽업을 시작했어요.\n");
  for (const std::string& f : facts) {
    CHECK(f.find("입점") == std::string::npos);
    CHECK(f.find(" 제휴") == std::string::npos);
  }
}

TEST_CASE("a name and a word that the body does not name again is a name being defined",
          "[ingest][ko][labels]") {
  std::vector<std::string> facts = MarkdownFacts(
      "**누리은행**은 오래된 은행이에요.\n\n"
      "- **누리은행 캐피탈**: **가람증권**과 제휴를 맺은 벤처캐피털이에요.\n"
      "- **누리은행** 제휴: **가람증권**과 누리은행이 제휴를 맺었어요.\n");
  CHECK(Contains(facts, "누리은행 캐피탈 partnered_with 가람증권"));
  CHECK(Contains(facts, "누리은행 partnered_with 가람증권"));
  for (const std::string& f : facts) CHECK(f.find("누리은행 제휴") == std::string::npos);
}

}  // namespace kg::testing
