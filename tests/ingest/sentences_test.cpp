// Sentence splitting and line classes: what becomes a numbered sentence (the unit of
// evidence) and what is left out.
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "ingest/sentences.h"
#include "tests/support/run_kg.h"

namespace kg::ingest {

namespace {
SplitDocument SplitText(const std::string& text) {
  std::string n = NormalizeText(text);
  return Split(n, DetectLanguage(n));
}
}  // namespace

TEST_CASE("Korean sentences end at their final endings, not inside numbers", "[ingest][sentences]") {
  auto doc = SplitText("카카오는 오픈AI와 협력했다. 주가는 2.5% 올랐다.\n네이버도 참여했다.\n");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].text == "카카오는 오픈AI와 협력했다.");
  CHECK(doc.sentences[1].text == "주가는 2.5% 올랐다.");
  CHECK(doc.sentences[2].number == 3);
  CHECK(doc.sentences[2].line == 2);
}

TEST_CASE("English sentences do not end at abbreviations", "[ingest][sentences]") {
  auto doc = SplitText("Mr. Altman met Dr. Chung in Seoul. They talked.\n");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].text == "Mr. Altman met Dr. Chung in Seoul.");
}

TEST_CASE("footnotes, definitions, datelines and boilerplate", "[ingest][sentences]") {
  auto doc = SplitText(
      "제목 줄\n"
      "2025년 3월 10일\n"
      "본문 문장이다.\n"
      "* 6소호: 즈푸AI, 바이촨AI\n"
      "* 한국은 다운로드를 중단한 상태\n"
      "Copyright 2025 All rights reserved\n");
  CHECK(doc.date.year == 2025);
  CHECK(doc.date.month == 3);
  CHECK(doc.date.day == 10);
  bool definition = false, footnote = false;
  for (const Sentence& s : doc.sentences) {
    CHECK(s.text.find("Copyright") == std::string::npos);
    if (s.kind == Sentence::Kind::kDefinition) {
      definition = true;
      CHECK(s.topic == "6소호");
    }
    if (s.kind == Sentence::Kind::kFootnote) footnote = true;
  }
  CHECK(definition);
  CHECK(footnote);
}

// An English dateline or byline dates the document ("on Tuesday" is read against it): a
// month's name is part of the date, not text, and "By ..." opens a byline.
TEST_CASE("English datelines and bylines date the document", "[ingest][sentences]") {
  auto dateline = SplitText("SEOUL, February 18, 2025\nThe ministry said so on Tuesday.\n");
  CHECK(dateline.date.year == 2025);
  CHECK(dateline.date.month == 2);
  CHECK(dateline.date.day == 18);
  CHECK(dateline.sentences.size() == 1);
  auto byline = SplitText("By staff reporters, BRUSSELS, November 18, 2025\nThe court ruled.\n");
  CHECK(byline.date.month == 11);
  CHECK(byline.date.day == 18);
  auto prose = SplitText("The agency fined the bank on November 18, 2025 over weak controls.\n");
  CHECK(prose.date.year == 0);
  CHECK(prose.sentences.size() == 1);
}

TEST_CASE("language and normalisation", "[ingest][sentences]") {
  CHECK(DetectLanguage("카카오는 OpenAI와 협력했다") == "ko");
  CHECK(DetectLanguage("Kakao partnered with OpenAI") == "en");
  // Decomposed Hangul (NFD) becomes NFC; full-width letters become ASCII.
  CHECK(NormalizeText("\xE1\x84\x8F\xE1\x85\xA1") == "카");
  CHECK(NormalizeText("ＡＩ") == "AI");
  CHECK(NormalizeText("a\r\nb") == "a\nb");
}

}  // namespace kg::ingest

namespace kg::ingest {

TEST_CASE("every page-furniture marker of the data file keeps its line out of the sentences",
          "[ingest][sentences][data]") {
  std::ifstream in(testing::SourceDir() + "/ingest/data/page_furniture.json");
  REQUIRE(in.good());
  nlohmann::json doc = nlohmann::json::parse(in);
  auto markers = doc.at("line_markers").get<std::vector<std::string>>();
  REQUIRE_FALSE(markers.empty());
  for (const std::string& m : markers) {
    INFO(m);
    auto split = SplitText("누리랩스는 새 모델을 공개했다.\n" + m + " 아래 목록을 보세요.\n");
    REQUIRE(split.sentences.size() == 1);
    CHECK(split.sentences[0].text == "누리랩스는 새 모델을 공개했다.");
  }
}

}  // namespace kg::ingest
