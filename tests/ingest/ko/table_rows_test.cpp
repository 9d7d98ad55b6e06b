// A table row read against its header: the first cell is what the row is about, and a column
// whose header holds a relation word says what the cell's names are to it. Tables of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a product column names what the row's company makes", "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 기업 | 분야 | 대표 제품 |\n|---|---|---|\n"
      "| **가온소프트** | 게임 | **별빛기사**, **달빛정원** |\n"
      "| **누리전자** | 반도체 | **누리칩 7** |\n");
  CHECK(Contains(facts, "가온소프트 develops 별빛기사"));
  CHECK(Contains(facts, "가온소프트 develops 달빛정원"));
  CHECK(Contains(facts, "누리전자 develops 누리칩 7"));
}

TEST_CASE("a relation word heading a column relates the cell to the row's key",
          "[ingest][ko][tables]") {
  // 발표 기관: the agency is who publishes the row's report.
  std::vector<std::string> facts = MarkdownFacts(
      "| 보고서 | 발표 기관 | 발표일 |\n|---|---|---|\n"
      "| **가람 혁신 지수** | **가온연구원** | 6월 3일 |\n");
  CHECK(Contains(facts, "가람 혁신 지수 published_by 가온연구원"));
}

TEST_CASE("a relation word inside another head noun says nothing", "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 연사 | 소속·직함 | 발표 주제 |\n|---|---|---|\n"
      "| **한가람** | **가온연구원** 원장 | **누리칩 7** 평가 |\n");
  for (const std::string& f : facts) {
    CHECK(f.find("member_of") == std::string::npos);
    CHECK(f.find("released") == std::string::npos);
  }
}

TEST_CASE("a key inside a description, or a company in a product column, is no record",
          "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 부품 | 대표 제품 |\n|---|---|\n"
      "| 배터리(XK7 셀) | **가온전자** |\n");
  for (const std::string& f : facts) CHECK(f.find("develops") == std::string::npos);
}

TEST_CASE("a release date column says the row's maker released the key then",
          "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 모델 | 개발사 | 공개 시기 |\n|---|---|---|\n"
      "| **누리챗 2** | **가온소프트** | 2024년 7월 |\n");
  CHECK(Contains(facts, "가온소프트 develops 누리챗 2"));
  CHECK(Contains(facts, "가온소프트 released 누리챗 2 {date=2024-07}"));
  facts = MarkdownFacts(
      "| 서비스 | 개발사 | 출시 | 최대 길이 |\n|---|---|---|---|\n"
      "| **누리무비** | **하늘랩스** | 2025년 3월 | 10초 |\n");
  CHECK(Contains(facts, "하늘랩스 released 누리무비 {date=2025-03}"));
}

TEST_CASE("a date column with no maker column, or no date, releases nothing",
          "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 모델 | 출시 | 칩셋 |\n|---|---|---|\n"
      "| **누리폰 5** | 2024년 2월 | **가온칩 9** |\n");
  for (const std::string& f : facts) CHECK(f.find("released") == std::string::npos);
  facts = MarkdownFacts(
      "| 모델 | 개발사 | 공개 시기 |\n|---|---|---|\n"
      "| **누리챗 2** | **가온소프트** | 미정 |\n");
  for (const std::string& f : facts) CHECK(f.find("released") == std::string::npos);
}

TEST_CASE("a version after a product family ends at a table cell", "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 모델 | 개발사 | 공개 시기 |\n|---|---|---|\n"
      "| 라마 3.1 | 메타 | 2024년 7월 |\n");
  CHECK(Contains(facts, "Meta released Llama 3.1 {date=2024-07}"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a ranked table is about the name after its rank column", "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 순위 | 도구 | 개발사 | 점유율 |\n|---|---|---|---|\n"
      "| 1 | **누리 X1** | **누리소프트** | 41% |\n"
      "| 2 | **한빛 파일럿** | **한빛랩스** | 22% |\n");
  CHECK(Contains(facts, "누리소프트 develops 누리 X1"));
  CHECK(Contains(facts, "한빛랩스 develops 한빛 파일럿"));
}

TEST_CASE("a first column of numbers under no ranking header keys no row", "[ingest][ko][tables]") {
  std::vector<std::string> facts = MarkdownFacts(
      "| 번호표 | 도구 | 개발사 |\n|---|---|---|\n"
      "| 1 | **누리 X1** | **누리소프트** |\n");
  CHECK_FALSE(Contains(facts, "누리소프트 develops 누리 X1"));
}

}  // namespace kg::testing
