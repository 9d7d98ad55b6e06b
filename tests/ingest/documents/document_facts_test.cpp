// Documents through the whole pipeline: bold names are names, front matter dates the text,
// evidence points at the line of the source file, and no markup reaches a fact.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a bold name in Markdown is a name, and the fact points at its source line",
          "[ingest][documents]") {
  const std::string md =
      "---\n"
      "title: 로봇 업계 소식\n"
      "date: 2025-04-02T09:00:00+09:00\n"
      "---\n"
      "\n"
      "## 투자 소식\n"
      "\n"
      "**가온로보틱스**는 네이버와 손잡았어요.\n"
      "\n"
      "- 카카오는 **다온칩스**를 인수했죠.\n";
  std::vector<std::string> lines = FactLinesOfDocument(md, "markdown");
  for (const std::string& l : lines) UNSCOPED_INFO(l);
  CHECK(std::find(lines.begin(), lines.end(), "8: 가온로보틱스 partnered_with Naver") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "10: Kakao acquired 다온칩스") != lines.end());
}

TEST_CASE("a bold Korean name with its Latin spelling is one entity", "[ingest][documents]") {
  std::vector<std::string> facts =
      FactsOfDocument("카카오가 개발한 **가온봇 GaonBot**을 공개했다.\n", "markdown");
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  CHECK(std::find(facts.begin(), facts.end(), "Kakao develops GaonBot") != facts.end());
}

TEST_CASE("bold labels and dates are no names", "[ingest][documents]") {
  std::vector<std::string> facts =
      FactsOfDocument("- **현재 상황:** 카카오는 새 모델을 공개했다.\n- **1997년** 네이버가 설립됐다.\n",
                      "markdown");
  for (const std::string& f : facts) {
    CHECK(f.find("현재 상황") == std::string::npos);
    CHECK(f.find("1997년") == std::string::npos);
  }
}

TEST_CASE("an HTML article: navigation and scripts never reach a fact", "[ingest][documents]") {
  const std::string html =
      "<html><head><title>소식</title><script>var 카카오 = 1;</script></head><body>\n"
      "<nav>네이버와 카카오 홈</nav>\n"
      "<article>\n"
      "<p><b>가온로보틱스</b>는 네이버와 손잡았다.</p>\n"
      "</article></body></html>\n";
  std::vector<std::string> lines = FactLinesOfDocument(html, "html");
  for (const std::string& l : lines) UNSCOPED_INFO(l);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "4: 가온로보틱스 partnered_with Naver");
}

}  // namespace kg::testing
