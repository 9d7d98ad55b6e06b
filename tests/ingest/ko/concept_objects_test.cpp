// A generic concept word learnt as a name ('AI'라는 말) is typed Concept and is no thing made or
// owned: the object of develops is the name the clause is about, and AI before a noun says what
// kind of thing the noun is, not whose it is. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("AI is typed as a concept", "[ingest][ko][concepts]") {
  CHECK(
      HasEntity("광고마다 'AI'라는 말이 나온다. 한빛전자는 AI를 빠르게 도입했다.", "AI (Concept)"));
}

TEST_CASE("a maker's model whose kind names AI: the model is made, not AI",
          "[ingest][ko][concepts]") {
  std::string text =
      "광고마다 'AI'라는 말이 나온다.\n\n"
      "- **누리봇**: 한빛전자가 개발한 대화형 AI 모델로, 한빛폰 일부 기능에 쓰입니다.\n";
  std::vector<std::string> facts = MarkdownFacts(text);
  CHECK(Contains(facts, "한빛전자 develops 누리봇"));
  CHECK_FALSE(Contains(facts, "한빛전자 develops AI"));
}

TEST_CASE("AI before a noun is no owner standing for the noun", "[ingest][ko][concepts]") {
  std::vector<std::string> facts =
      FactsOf("광고마다 'AI'라는 말이 나온다. 한빛전자는 판교에 자체 AI 데이터센터를 짓기로 했다.");
  for (const std::string& f : facts) CHECK(f.find(" AI") == std::string::npos);
  std::vector<std::string> more = FactsOf(
      "광고마다 'AI'라는 말이 나온다. 차량의 AI 음성비서에는 누리랩스가 개발한 누리봇이 들어갔다.");
  CHECK_FALSE(Contains(more, "AI uses 누리봇"));
}

}  // namespace kg::testing

namespace kg::testing {

// A concept word a gloss gave a kind (그래픽처리장치(GPU)) is still the concept, and no party
// to what is used, released or signed either.
TEST_CASE("a concept word glossed in parentheses is not what is used or signed",
          "[ingest][ko][concepts]") {
  std::vector<std::string> facts = FactsOf(
      "가온랩스는 새 모델 학습에 한빛반도체의 A100 그래픽처리장치(GPU) 500장을 활용했다고 밝혔다. "
      "가온연구원은 한빛대학교와 로봇 연구 협력 양해각서(MOU)에 서명했다.");
  CHECK_FALSE(Contains(facts, "가온랩스 uses GPU"));
  CHECK_FALSE(Contains(facts, "가온연구원 signed MOU"));
}

TEST_CASE("a concept word before a product's name does not release it", "[ingest][ko][concepts]") {
  std::vector<std::string> facts = FactsOf(
      "AI 스타트업 가온랩스, 200억 원 투자 유치…한국어 LLM '가온-3' 공개\n2025년 3월 2일\n\n"
      "생성형 인공지능(AI) 스타트업 가온랩스가 200억 원 규모의 시리즈A 투자를 유치했다고 2일 "
      "밝혔다. 가온랩스는 한국어 거대언어모델(LLM) '가온-3'도 함께 공개했다.");
  CHECK_FALSE(Contains(facts, "LLM released 가온-3"));
  bool released = false;
  for (const std::string& f : facts) released |= f.rfind("가온랩스 released 가온-3", 0) == 0;
  CHECK(released);
}

}  // namespace kg::testing
