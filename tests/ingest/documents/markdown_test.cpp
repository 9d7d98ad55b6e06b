// The Markdown reader construction by construction: what becomes a block, its text, lines,
// names, cells and heading path; what is dropped; and Markdown that is broken or extreme.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/documents/render.h"

namespace kg::ingest {

using testing::Briefs;
using testing::CellTexts;
using testing::Names;
using V = std::vector<std::string>;

namespace {
ParsedDocument Md(const std::string& text) {
  return testing::Read(text, DocumentFormat::kMarkdown);
}
}  // namespace

TEST_CASE("front matter gives title and date and never becomes blocks", "[ingest][documents]") {
  ParsedDocument doc =
      Md("---\n"
         "title: \"물류 로봇의 다음 10년\"\n"
         "date: 2025-03-27T10:33:25+09:00\n"
         "tags:\n"
         "  - 로봇\n"
         "draft: false\n"
         "---\n"
         "\n"
         "누리랩스는 창고 로봇을 만든다.\n");
  CHECK(doc.title == "물류 로봇의 다음 10년");
  CHECK(doc.date == "2025-03-27");
  CHECK(Briefs(doc) == V{"P@9 누리랩스는 창고 로봇을 만든다."});
}

TEST_CASE("front matter variants: TOML, single quotes, comments, publishDate, dots",
          "[ingest][documents]") {
  ParsedDocument toml = Md("+++\ntitle = \"Harbor robots\"\ndate = 2024-11-05\n+++\nText here.\n");
  CHECK(toml.title == "Harbor robots");
  CHECK(toml.date == "2024-11-05");
  CHECK(Briefs(toml) == V{"P@5 Text here."});

  ParsedDocument yaml =
      Md("---\ntitle: 'It''s a test' # not part of it\npublishDate: 2023/7/4\n...\nBody.\n");
  CHECK(yaml.title == "It's a test");
  CHECK(yaml.date == "2023-07-04");
  CHECK(Briefs(yaml) == V{"P@5 Body."});

  ParsedDocument folded = Md("---\ntitle: >\n  A long\n  title\ndate: 2022\n---\nBody.\n");
  CHECK(folded.title == "A long title");
  CHECK(folded.date == "2022");
}

TEST_CASE("unclosed front matter is read as Markdown", "[ingest][documents]") {
  ParsedDocument doc = Md("---\ntitle: 미완성\n\n한빛은 로봇을 판다.\n");
  CHECK(doc.title.empty());
  CHECK(Briefs(doc) == V{"P@2 title: 미완성", "P@4 한빛은 로봇을 판다."});
}

TEST_CASE("without front matter the first h1 is the title", "[ingest][documents]") {
  CHECK(Md("Intro.\n\n# Port automation\n\n## Cranes\n").title == "Port automation");
}

TEST_CASE("headings are blocks and the path of what follows", "[ingest][documents]") {
  ParsedDocument doc =
      Md("# 로봇 산업\n\n"
         "## 국내 기업\n\n"
         "한빛이 있다.\n\n"
         "### 물류\n\n"
         "누리가 있다.\n\n"
         "## 해외 기업\n\n"
         "Acme is one.\n\n"
         "Setext title\n------------\n\n"
         "Under it.\n");
  CHECK(Briefs(doc) == V{"H1@1 로봇 산업", "H2@3 국내 기업", "P@5 한빛이 있다.", "H3@7 물류",
                         "P@9 누리가 있다.", "H2@11 해외 기업", "P@13 Acme is one.",
                         "H2@15 Setext title", "P@18 Under it."});
  CHECK(doc.blocks[0].headings.empty());
  CHECK(doc.blocks[1].headings == V{"로봇 산업"});
  CHECK(doc.blocks[4].headings == V{"로봇 산업", "국내 기업", "물류"});
  CHECK(doc.blocks[5].headings == V{"로봇 산업"});
  CHECK(doc.blocks[6].headings == V{"로봇 산업", "해외 기업"});
  CHECK(doc.blocks[8].headings == V{"로봇 산업", "Setext title"});
}

TEST_CASE("a paragraph's soft and hard breaks are spaces with a line mark each",
          "[ingest][documents]") {
  ParsedDocument doc = Md("한빛로보틱스는\n창고 로봇을  만든다.  \n그리고 판다.\\\n끝.\n");
  REQUIRE(doc.blocks.size() == 1);
  const Block& b = doc.blocks[0];
  CHECK(b.text == "한빛로보틱스는 창고 로봇을 만든다. 그리고 판다. 끝.");
  CHECK(b.lines.size() == 4);
  CHECK(b.LineAt(0) == 1);
  CHECK(b.LineAt(b.text.find("창고")) == 2);
  CHECK(b.LineAt(b.text.find("그리고")) == 3);
  CHECK(b.LineAt(b.text.find("끝")) == 4);
}

TEST_CASE("bold, emphasised and linked text are name spans", "[ingest][documents]") {
  ParsedDocument doc =
      Md("**누리랩스**는 *Acme Corp*와 [한빛로보틱스](https://hanbit.example)에 투자했다. "
         "__Beta Labs__ and _Gamma_ too, and ***Delta***.\n");
  REQUIRE(doc.blocks.size() == 1);
  const Block& b = doc.blocks[0];
  CHECK(b.text ==
        "누리랩스는 Acme Corp와 한빛로보틱스에 투자했다. Beta Labs and Gamma too, and Delta.");
  CHECK(Names(b) == V{"누리랩스", "Acme Corp", "한빛로보틱스", "Beta Labs", "Gamma", "Delta"});
}

TEST_CASE("bold ending in punctuation before a particle is a name span, not marks",
          "[ingest][documents]") {
  // CommonMark closes no emphasis between ')' and a letter; Korean puts a particle there.
  ParsedDocument doc = Md(
      "**누리랩스(Nuri Labs)**는 __한빛(Hanbit)__과 *별빛 A.I.*를 만들었다. 5 * 3 = 15, "
      "**열린 강조\n");
  REQUIRE(doc.blocks.size() == 1);
  const Block& b = doc.blocks[0];
  CHECK(b.text == "누리랩스(Nuri Labs)는 한빛(Hanbit)과 별빛 A.I.를 만들었다. 5 * 3 = 15, **열린 강조");
  CHECK(Names(b) == V{"누리랩스(Nuri Labs)", "한빛(Hanbit)", "별빛 A.I."});
}

TEST_CASE("bare URLs, autolinks and images are dropped, link text kept", "[ingest][documents]") {
  ParsedDocument doc =
      Md("자료는 https://example.com/a 와 <https://example.com/b> 그리고 "
         "[https://example.com/c](https://example.com/c)에 있다.\n\n"
         "![창고 로봇 사진](robot.png) 사진 뒤의 문장.\n\n"
         "[![배너](b.png)](https://example.com) [누리 홈](https://nuri.example)\n\n"
         "![only an image](x.png)\n");
  CHECK(Briefs(doc) == V{"P@1 자료는 와 그리고 에 있다.", "P@3 사진 뒤의 문장.", "P@5 누리 홈"});
  CHECK(Names(doc.blocks[2]) == V{"누리 홈"});
}

TEST_CASE("table rows are blocks with cells and the header", "[ingest][documents]") {
  ParsedDocument doc =
      Md("## 기업\n\n"
         "| 기업 | 분야 | 대표 제품 |\n"
         "| :--- | :---: | ---: |\n"
         "| **한빛로보틱스 (Hanbit Robotics)** | 산업용 로봇 개발 | **HB-7**: 용접 로봇 |\n"
         "| 누리랩스 |  | [NL-2](https://nuri.example) |\n"
         "| Acme \\| Co | shipping |\n"
         "\nAfter the table.\n");
  REQUIRE(doc.blocks.size() == 5);
  const Block& row = doc.blocks[1];
  CHECK(row.kind == Block::Kind::kTableRow);
  CHECK(row.text == "한빛로보틱스 (Hanbit Robotics); 산업용 로봇 개발; HB-7: 용접 로봇");
  CHECK(row.cells == V{"한빛로보틱스 (Hanbit Robotics)", "산업용 로봇 개발", "HB-7: 용접 로봇"});
  CHECK(CellTexts(row) == row.cells);
  CHECK(row.header == V{"기업", "분야", "대표 제품"});
  CHECK(Names(row) == V{"한빛로보틱스 (Hanbit Robotics)", "HB-7"});
  CHECK(row.headings == V{"기업"});
  CHECK(row.lines == std::vector<std::pair<size_t, int>>{{0, 5}});

  const Block& sparse = doc.blocks[2];
  CHECK(sparse.text == "누리랩스; NL-2");
  CHECK(sparse.cells == V{"누리랩스", "", "NL-2"});
  CHECK(CellTexts(sparse) == sparse.cells);
  CHECK(sparse.LineAt(0) == 6);

  const Block& escaped = doc.blocks[3];  // an escaped pipe is text; a missing cell is empty
  CHECK(escaped.cells == V{"Acme | Co", "shipping", ""});
  CHECK(doc.blocks[4].kind == Block::Kind::kParagraph);
  CHECK(doc.blocks[4].text == "After the table.");
}

TEST_CASE("a paragraph a table is split from keeps its lines", "[ingest][documents]") {
  // cmark-gfm gives the paragraph before such a table no source position (fuzzer finding).
  ParsedDocument doc = Md("Intro\nsecond line\n| a | b |\n|---|---|\n| x | y |\n");
  CHECK(Briefs(doc) == V{"P@1,2 Intro second line", "TR@5 x; y"});
}

TEST_CASE("a table without body rows makes no block", "[ingest][documents]") {
  CHECK(Md("| a | b |\n|---|---|\n").blocks.empty());
}

TEST_CASE("list items are blocks, nested items their own with depth", "[ingest][documents]") {
  ParsedDocument doc =
      Md("- 첫째 항목은 **한빛**을 말한다.\n"
         "  - 하위 항목은\n"
         "    두 줄이다.\n"
         "    1. 더 깊은 항목.\n"
         "\n"
         "  첫째 항목의 둘째 문단.\n"
         "- 둘째 항목.\n"
         "\n"
         "   \n"
         "3. Ordered item.\n"
         "* [x] A finished task.\n");
  CHECK(Briefs(doc) == V{"LI1@1 첫째 항목은 한빛을 말한다.", "LI2@2,3 하위 항목은 두 줄이다.",
                         "LI3@4 더 깊은 항목.", "LI1@6 첫째 항목의 둘째 문단.", "LI1@7 둘째 항목.",
                         "LI1@10 Ordered item.", "LI1@11 A finished task."});
  CHECK(Names(doc.blocks[0]) == V{"한빛"});
}

TEST_CASE("an item's paragraphs stay one block", "[ingest][documents]") {
  ParsedDocument doc = Md("1. First paragraph.\n\n   Second paragraph.\n2. Next.\n");
  CHECK(Briefs(doc) == V{"LI1@1,3 First paragraph. Second paragraph.", "LI1@4 Next."});
}

TEST_CASE("block quotes are quote blocks; alert markers are dropped", "[ingest][documents]") {
  ParsedDocument doc =
      Md("> [!NOTE]\n"
         "> **누리랩스**는 2021년에 세워졌다.\n"
         "\n"
         "> [\\!TIP] Acme ships robots.\n"
         "\n"
         "> [!IMPORTANT] \n"
         "> 중요한 문장.\n"
         "> > Nested quote.\n"
         "\n"
         "> Plain quote\n"
         "lazy continuation.\n");
  CHECK(Briefs(doc) == V{"Q1@2 누리랩스는 2021년에 세워졌다.", "Q1@4 Acme ships robots.",
                         "Q1@7 중요한 문장.", "Q2@8 Nested quote.",
                         "Q1@10,11 Plain quote lazy continuation."});
  CHECK(Names(doc.blocks[0]) == V{"누리랩스"});
  CHECK(doc.blocks[0].lines == std::vector<std::pair<size_t, int>>{{0, 2}});
}

TEST_CASE("a quote that is only an alert marker makes no block", "[ingest][documents]") {
  CHECK(Md("> [!WARNING]\n").blocks.empty());
}

TEST_CASE("Hugo shortcodes are dropped, keeping line numbers", "[ingest][documents]") {
  ParsedDocument doc =
      Md("{{< youtube hciNKcLwSes >}}\n"
         "\n"
         "앞 문장 {{% notice info %}} 뒤 문장.\n"
         "\n"
         "{{< figure src=\"a.png\"\n"
         "   caption=\"two lines\" >}}\n"
         "\n"
         "Last line.\n"
         "Unclosed {{< shortcode stays\n");
  CHECK(Briefs(doc) == V{"P@3 앞 문장 뒤 문장.", "P@8,9 Last line. Unclosed {{< shortcode stays"});
}

TEST_CASE("code blocks and mermaid diagrams are dropped, inline code kept", "[ingest][documents]") {
  ParsedDocument doc =
      Md("```mermaid\n"
         "graph TD\n"
         "  A[한빛] -->|투자| B[누리]\n"
         "```\n"
         "\n"
         "```python\n"
         "print('x')\n"
         "```\n"
         "\n"
         "    indented code\n"
         "\n"
         "Run `kg ingest` now.\n"
         "~~~\n"
         "tilde fence\n"
         "~~~\n");
  CHECK(Briefs(doc) == V{"P@12 Run kg ingest now."});
}

TEST_CASE("backslash escapes are resolved", "[ingest][documents]") {
  ParsedDocument doc = Md("퀴즈쇼 '제퍼디\\!'에서 \\*별표\\* 와 \\# 기호.\n");
  CHECK(Briefs(doc) == V{"P@1 퀴즈쇼 '제퍼디!'에서 *별표* 와 # 기호."});
}

TEST_CASE("inline HTML tags are dropped, their text kept; <br> is a space", "[ingest][documents]") {
  ParsedDocument doc =
      Md("물 분자는 H<sub>2</sub>O이다.<br>다음 문장.<br/>그다음 <span class=\"x\">문장</span>."
         " <!-- a comment -->끝.\n");
  CHECK(Briefs(doc) == V{"P@1 물 분자는 H2O이다. 다음 문장. 그다음 문장. 끝."});
}

TEST_CASE("raw HTML blocks are read as HTML with the file's lines", "[ingest][documents]") {
  ParsedDocument doc =
      Md("Intro.\n"
         "\n"
         "<!--more-->\n"
         "\n"
         "<div class=\"note\">\n"
         "<p><b>Acme</b> bought\n"
         "Beta.</p>\n"
         "<script>alert('x')</script>\n"
         "</div>\n"
         "\n"
         "<table><tr><th>Firm</th><th>City</th></tr>\n"
         "<tr><td>Acme</td><td>Busan</td></tr></table>\n");
  CHECK(Briefs(doc) == V{"P@1 Intro.", "P@6,7 Acme bought Beta.", "TR@12 Acme; Busan"});
  CHECK(Names(doc.blocks[1]) == V{"Acme"});
  CHECK(doc.blocks[2].header == V{"Firm", "City"});
}

TEST_CASE("thematic breaks and strikethrough marks are dropped", "[ingest][documents]") {
  ParsedDocument doc = Md("Before.\n\n---\n\n***\n\n~~old~~ new.\n");
  CHECK(Briefs(doc) == V{"P@1 Before.", "P@7 old new."});
}

TEST_CASE("empty and markup-only Markdown makes no blocks", "[ingest][documents]") {
  CHECK(Md("").blocks.empty());
  CHECK(Md("\n\n   \n").blocks.empty());
  CHECK(Md("---\ntitle: x\n---\n").blocks.empty());
  CHECK(Md("***\n\n```\n```\n\n![a](b.png)\n\n<!-- c -->\n\n{{< x >}}\n\n> \n\n- \n\n#\n")
            .blocks.empty());
}

TEST_CASE("deeply nested quotes, lists and emphasis are read without trouble",
          "[ingest][documents]") {
  std::string quotes(20000, '>');
  ParsedDocument q = Md(quotes + " 깊은 인용문.\n");
  REQUIRE(q.blocks.size() == 1);
  CHECK(q.blocks[0].text == "깊은 인용문.");
  CHECK(q.blocks[0].kind == Block::Kind::kQuote);

  std::string list;
  for (int i = 0; i < 2000; ++i) list += std::string(2 * i, ' ') + "- item\n";
  ParsedDocument l = Md(list);
  CHECK(!l.blocks.empty());
  for (const Block& b : l.blocks) CHECK(b.text.find('-') == std::string::npos);

  std::string emph;
  for (int i = 0; i < 5000; ++i) emph += "*[";
  emph += "x";
  for (int i = 0; i < 5000; ++i) emph += "](u)*";
  CHECK(!Md(emph + "\n").blocks.empty());
}

TEST_CASE("unclosed emphasis and links are literal text", "[ingest][documents]") {
  ParsedDocument doc = Md("**열린 강조 [열린 링크 (괄호\n");
  CHECK(Briefs(doc) == V{"P@1 **열린 강조 [열린 링크 (괄호"});
  CHECK(doc.blocks[0].names.empty());
}

TEST_CASE("CRLF line ends and a byte order mark", "[ingest][documents]") {
  ParsedDocument doc =
      Md("\xEF\xBB\xBF---\r\ntitle: BOM\r\n---\r\n# Head\r\n\r\nText\r\nmore.\r\n");
  CHECK(doc.title == "BOM");
  CHECK(Briefs(doc) == V{"H1@4 Head", "P@6,7 Text more."});
}

}  // namespace kg::ingest
