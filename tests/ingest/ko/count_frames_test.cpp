// Counts stated of a thing with a count noun and a counter (has_metric "N parameters",
// ingest/ko/ko_count_frames.cpp), and counts that measure something else. Sentences of our own,
// written in the constructions of Korean blog posts about language models and apps.
#include <catch2/catch.hpp>

#include "ingest/value_numbers.h"
#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) {
  return HasFact(text, fact, "markdown");
}
}  // namespace

TEST_CASE("a Korean count with its counter", "[ingest][values]") {
  long double count = 0;
  std::string counter;
  const std::vector<std::string> counters = {"개", "명"};
  std::string_view s = "매개변수는 2,350억 개다";
  size_t at = s.find('2');
  size_t end = ingest::value_numbers::ParseKoreanCount(s, at, counters, &count, &counter);
  CHECK(end == s.size() - std::string("다").size());
  CHECK(count == 235000000000.0L);
  CHECK(counter == "개");
  std::string_view visitors = "4만 9,000여 명이";
  CHECK(ingest::value_numbers::ParseKoreanCount(visitors, 0, counters, &count, &counter) > 0);
  CHECK(count == 49000.0L);
  CHECK(counter == "명");
  CHECK(ingest::value_numbers::ParseKoreanCount("270억 매개변수", 0, counters, &count, &counter) >
        0);
  CHECK(counter.empty());
  CHECK(ingest::value_numbers::ParseKoreanCount("매개변수", 0, counters, &count, &counter) == 0);
}

TEST_CASE("a count noun with its count is a measure of the name it is said of",
          "[ingest][ko][metric]") {
  // After a genitive, and after the topic.
  CHECK(
      Has("**하늘랩**은 지난해 언어 모델 **구름-7**을 공개했다. 구름-7의 매개변수는 120억 개다.\n",
          "구름-7 has_metric 12000000000 parameters"));
  CHECK(Has("**별빛앱**은 출시 반년 만에 이용자 1,500만 명을 모았다.\n",
            "별빛앱 has_metric 15000000 users"));
  // The name the count phrase leads to, not the sentence's topic.
  const std::string led = "**바람랩**은 매개변수 90억 개짜리 **산들-2**를 내놓았다.\n";
  CHECK(Has(led, "산들-2 has_metric 9000000000 parameters"));
  CHECK_FALSE(Has(led, "바람랩 has_metric 9000000000 parameters"));
  CHECK(Has("**바람랩**은 3,400억 개의 매개변수를 갖춘 대형 모델 **태풍-1**을 선보였다.\n",
            "태풍-1 has_metric 340000000000 parameters"));
  // The term a definition line defines, with the loanword and no counter.
  CHECK(Has("- **새벽-S**: 바람랩이 만든 약 20억 파라미터 규모의 소형 모델이에요.\n",
            "새벽-S has_metric 2000000000 parameters"));
}

TEST_CASE("a count of something else is no measure", "[ingest][ko][metric]") {
  // The count modifies another noun: the users' addresses, not the mall's users.
  CHECK_FALSE(HasRelation("**별빛몰**은 이용자 약 300만 명의 주소를 유출했다.\n", "has_metric",
                          "markdown"));
  // No count noun, and 개월 is no counter.
  CHECK_FALSE(
      HasRelation("**바람랩**은 3개월 만에 직원 40명을 뽑았다.\n", "has_metric", "markdown"));
  CHECK_FALSE(
      HasRelation("**바람랩**은 매개변수를 3개월 만에 줄였다.\n", "has_metric", "markdown"));
}

TEST_CASE("visitors and subscribers are counted like users", "[ingest][ko][metric]") {
  // A list item that defines its name: the count after it is the name's.
  CHECK(Has("1. **별빛비디오**: 월 방문자 약 1,500만 명\n",
            "별빛비디오 has_metric 15000000 visitors"));
  // The genitive before the count noun owns the count.
  CHECK(Has("**가람노트**의 유료 구독자는 40만 명을 넘었다.\n",
            "가람노트 has_metric 400000 subscribers"));
}

}  // namespace kg::testing
