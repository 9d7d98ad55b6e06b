// A thing an organisation made itself (자체 개발한 Z, ingest/ko/ko_own_make_frames.cpp): the
// relative clause names no maker, so the subject or topic of its clause is the maker. Sentences
// of our own, written in the constructions of Korean news and blog posts.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) {
  return HasFact(text, fact, "markdown");
}
bool HasDevelops(const std::string& text) { return HasRelation(text, "develops", "markdown"); }
}  // namespace

TEST_CASE("the topic made what its own-made clause leads to", "[ingest][ko][own-make]") {
  CHECK(Has("하늘랩스는 이날 자체 개발한 번역 모델 '다온-3'를 공개했다.\n",
            "하늘랩스 develops 다온-3"));
  CHECK(Has("가온전자는 직접 만든 AI 비서 **가온봇 2**를 지난달 내놨어요.\n",
            "가온전자 develops 가온봇 2"));
}

TEST_CASE("an own-made clause leading to no name, or with no organisation before it, makes nothing",
          "[ingest][ko][own-make]") {
  CHECK_FALSE(HasDevelops("하늘소프트는 자체 개발한 번역 기술을 고객사에 공급한다.\n"));
  CHECK_FALSE(HasDevelops("이날 자체 개발한 번역 모델 '다온-3'가 공개됐다.\n"));
}

TEST_CASE("a thing called the company's own (자사) is made by the sentence's topic or subject",
          "[ingest][ko][own-make]") {
  CHECK(Has("다온소프트는 자사 게임 '별빛전쟁'을 베꼈다며 소송을 냈다.\n",
            "다온소프트 develops 별빛전쟁"));
  CHECK(Has("요즘은 **가온클라우드**가 자사 초거대 AI인 '가온GPT'를 앞세워 공공 시장을 노려요.\n",
            "가온클라우드 develops 가온GPT"));
  // The topic, not the subject of the clause inside: 자사 is the company that speaks.
  CHECK(Has("하늘전자는 누리텍이 자사 앱 '하늘노트'를 베꼈다고 주장했다.\n",
            "하늘전자 develops 하늘노트"));
  CHECK_FALSE(Has("하늘전자는 누리텍이 자사 앱 '하늘노트'를 베꼈다고 주장했다.\n",
                  "누리텍 develops 하늘노트"));
}

TEST_CASE("자사 before no name, or after a place taken as a topic, makes nothing",
          "[ingest][ko][own-make]") {
  CHECK_FALSE(HasDevelops("하늘전자는 누리텍이 자사의 특허를 침해했다고 밝혔다.\n"));
  CHECK_FALSE(HasDevelops("국내에서는 자사 게임 '별빛전쟁'이 인기를 끌었다.\n"));
}

TEST_CASE("a colon inside a bold Hangul name is part of the name", "[ingest][ko][own-make]") {
  CHECK(Has("가온전자는 자체 개발한 AI 모델 **가:온 2.0**을 올해 내놨어요.\n",
            "가온전자 develops 가:온 2.0"));
}

}  // namespace kg::testing
