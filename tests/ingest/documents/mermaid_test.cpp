// Mermaid diagrams in Markdown: a mindmap and a timeline become list items with their own
// source lines and no diagram syntax, a timeline event's fact is dated by its period, and
// other diagrams stay dropped.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/period_dates.h"
#include "tests/ingest/documents/render.h"
#include "tests/support/document_invariants.h"
#include "tests/support/extract.h"

namespace kg::ingest {

using testing::Briefs;
using V = std::vector<std::string>;

namespace {
ParsedDocument Md(const std::string& text) {
  return testing::Read(text, DocumentFormat::kMarkdown);
}
}  // namespace

TEST_CASE("a mermaid mindmap is a nested list, one item per node", "[ingest][documents]") {
  ParsedDocument doc =
      Md("## 새 로봇의 특징\n"
         "\n"
         "```mermaid\n"
         "mindmap\n"
         "  root((물류 로봇 HB-7))\n"
         "    (주요 기능)\n"
         "      ::icon(fa fa-box)\n"
         "      자율 주행\n"
         "        [실내 지도 없이 이동]\n"
         "      상자 분류\n"
         "        ))시간당 600개((\n"
         "    id1{{한계}}:::urgent\n"
         "      \"`**계단** 이동 불가`\"\n"
         "```\n"
         "\n"
         "다음 문단.\n");
  CHECK(Briefs(doc) == V{"H2@1 새 로봇의 특징", "LI1@5 물류 로봇 HB-7", "LI2@6 주요 기능",
                         "LI3@8 자율 주행", "LI4@9 실내 지도 없이 이동", "LI3@10 상자 분류",
                         "LI4@11 시간당 600개", "LI2@12 한계", "LI3@13 계단 이동 불가",
                         "P@16 다음 문단."});
  // The nodes stay under the section's heading.
  CHECK(doc.blocks[3].headings == V{"새 로봇의 특징"});
  for (const Block& b : doc.blocks) {
    for (const char* mark : {"((", "))", "::", "{{", "[", "\"", "**", "`"}) {
      CHECK(b.text.find(mark) == std::string::npos);
    }
    CHECK(b.period.empty());
  }
}

TEST_CASE("a mermaid timeline is a list of events, each with its period", "[ingest][documents]") {
  ParsedDocument doc =
      Md("```mermaid\n"
         "timeline\n"
         "    title 한빛로보틱스의 걸음\n"
         "    section 창업기\n"
         "    2015 : 회사 설립\n"
         "         : 첫 시제품 공개\n"
         "    2018년 3월 : 시리즈 A 투자 유치 : 판교 이전\n"
         "    section 성장기\n"
         "    2020년대 : 해외 진출\n"
         "```\n");
  CHECK(Briefs(doc) == V{"LI1@3 한빛로보틱스의 걸음", "LI2@4 창업기", "LI3@5 회사 설립",
                         "LI3@6 첫 시제품 공개", "LI3@7 시리즈 A 투자 유치", "LI3@7 판교 이전",
                         "LI2@8 성장기", "LI3@9 해외 진출"});
  std::vector<std::string> periods;
  for (const Block& b : doc.blocks) periods.push_back(b.period);
  CHECK(periods == V{"", "", "2015", "2015", "2018년 3월", "2018년 3월", "", "2020년대"});
}

TEST_CASE("other mermaid diagrams and code blocks stay dropped", "[ingest][documents]") {
  ParsedDocument doc =
      Md("```mermaid\n"
         "sequenceDiagram\n"
         "    participant 사용자\n"
         "    사용자->>서버: 요청\n"
         "```\n"
         "\n"
         "```text\n"
         "mindmap\n"
         "  root((not a diagram))\n"
         "```\n"
         "\n"
         "끝.\n");
  CHECK(Briefs(doc) == V{"P@12 끝."});
}

TEST_CASE("a mermaid diagram of an HTML page is read the same way", "[ingest][documents]") {
  ParsedDocument doc = testing::Read(
      "<body><p>앞 문단.</p>\n"
      "<pre class=\"mermaid\">\n"
      "timeline\n"
      "  2019 : 가온 설립\n"
      "</pre>\n"
      "<div class=\"mermaid\">\n"
      "graph TD\n"
      "  A[가온] --&gt; B[나래]\n"
      "</div>\n"
      "<pre class=\"language-mermaid x\">mindmap\n"
      "  root((x))</pre>\n"
      "<div class=\"diagram mermaid\">mindmap\n"
      "  root((누리 로봇))\n"
      "    (물류)\n"
      "</div><p>끝.</p></body>\n",
      DocumentFormat::kHtml);
  CHECK(Briefs(doc) ==
        V{"P@1 앞 문단.", "LI1@4 가온 설립", "LI1@13 누리 로봇", "LI2@14 물류", "P@15 끝."});
  CHECK(doc.blocks[1].period == "2019");
}

TEST_CASE("broken mermaid keeps the readers' contract", "[ingest][documents]") {
  for (const std::string md :
       {"```mermaid\r\nmindmap\r\n  root((가온))\r\n    (()\r\n    )(\r\n      \"\"\r\n",
        "> ```mermaid\n> timeline\n> : 주인 없는 사건\n> 2020 :\n> :: 빈 칸\n> ```\n",
        "```mermaid\n%% comment\n---\ntitle: x\n---\nmindmap\n```\n", "```mermaid\n```\n"}) {
    ParsedDocument doc = Md(md);
    INFO(md);
    CHECK(kg::testing::DocumentProblem(doc, md).empty());
  }
  ParsedDocument quoted = Md("> ```mermaid\n> timeline\n> 2020 : 가온 설립\n> ```\n");
  CHECK(Briefs(quoted) == V{"LI1@3 가온 설립"});
}

TEST_CASE("a timeline period dates its events only when it names one date", "[ingest]") {
  CHECK(PeriodDate("1997")->literal.lexical == "1997");
  CHECK(PeriodDate("2016년 3월")->literal.lexical == "2016-03");
  CHECK_FALSE(PeriodDate("1990년대"));  // a decade is no year
  CHECK_FALSE(PeriodDate("2022-"));
  CHECK_FALSE(PeriodDate("2023년 상반기"));
  CHECK_FALSE(PeriodDate("창업기"));
}

TEST_CASE("a fact of a timeline event carries the event's period as its date",
          "[ingest][documents]") {
  const std::string md =
      "# 연혁\n"
      "\n"
      "```mermaid\n"
      "timeline\n"
      "    title 제휴의 역사\n"
      "    2019 : 카카오가 네이버와 손잡았다\n"
      "    2021년 5월 : 첫 공동 서비스 출시\n"
      "         : 삼성전자가 네이버와 손잡았다\n"
      "```\n";
  std::vector<std::string> lines = kg::testing::FactLinesOfDocument(md, "markdown");
  INFO(testing::Join(lines, "\n"));
  CHECK(std::find(lines.begin(), lines.end(), "6: Kakao partnered_with Naver {date=2019}") !=
        lines.end());
  CHECK(std::find(lines.begin(), lines.end(),
                  "8: Samsung Electronics partnered_with Naver {date=2021-05}") != lines.end());
}

}  // namespace kg::ingest
