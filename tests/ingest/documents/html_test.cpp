// The HTML reader: which part of a page is its text, blocks with Gumbo's source lines, names,
// table headers, title and date, and pages that are broken or extreme.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/documents/render.h"

namespace kg::ingest {

using testing::Briefs;
using testing::Names;
using V = std::vector<std::string>;

namespace {
ParsedDocument Html(const std::string& text) { return testing::Read(text, DocumentFormat::kHtml); }
}  // namespace

TEST_CASE("the article is the text; navigation, scripts and asides are not",
          "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<!DOCTYPE html>\n"
      "<html><head><title>Site | Harbor robots</title>\n"
      "<style>p { color: red }</style><script>var s = '<p>no</p>';</script></head>\n"
      "<body>\n"
      "<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav>\n"
      "<header><h1>The site</h1></header>\n"
      "<article>\n"
      "<header><h1>Harbor robots</h1></header>\n"
      "<p>Acme Corp builds cranes.</p>\n"
      "<form><button>Subscribe</button><input value=\"x\"></form>\n"
      "<noscript>Enable scripts</noscript>\n"
      "<iframe src=\"v\"></iframe><svg><text>vector</text></svg>\n"
      "<pre>code block</pre>\n"
      "</article>\n"
      "<aside>Related posts</aside>\n"
      "<footer>Copyright 2025</footer>\n"
      "</body></html>\n");
  CHECK(doc.title == "Site | Harbor robots");
  CHECK(Briefs(doc) == V{"H1@8 Harbor robots", "P@9 Acme Corp builds cranes."});
}

TEST_CASE("an article's header is kept, the site's headers around it are not",
          "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<main><article><header><h2>Post</h2></header><p>Body.</p></article>"
      "<header>After the article</header><section><header>Section head</header>"
      "<p>More.</p></section></main>");
  CHECK(Briefs(doc) == V{"H2@1 Post", "P@1 Body."});
}

TEST_CASE("without an article, main; without main, the body", "[ingest][documents]") {
  ParsedDocument main =
      Html("<body><div>Menu text</div><main><p>Main text.</p></main><p>After.</p></body>");
  CHECK(Briefs(main) == V{"P@1 Main text."});

  ParsedDocument body = Html(
      "<body>\n<header>Banner</header>\n<div>Loose text\n<p>A paragraph.</p>\nmore loose</div>\n"
      "<footer>Foot</footer></body>");
  CHECK(Briefs(body) == V{"P@3 Loose text", "P@4 A paragraph.", "P@5 more loose"});
}

TEST_CASE("an SVG or MathML element named like an HTML one is not the page's text",
          "[ingest][documents]") {
  // Inside <svg>, "article" and "td" are SVG elements in any nesting: the body stays the text.
  ParsedDocument doc =
      Html("<body><p>Plain text.</p><svg><article>drawn<td>cell</td></article></svg></body>");
  CHECK(Briefs(doc) == V{"P@1 Plain text."});
  for (const Block& b : doc.blocks) CHECK(b.cells.empty());
}

TEST_CASE("headings, paragraphs and breaks with their source lines", "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<h1>로봇 산업</h1>\n"
      "<h2>국내 기업</h2>\n"
      "<p>한빛로보틱스는\n"
      "창고 로봇을 만든다.<br>그리고 판다.</p>\n"
      "<h3>물류</h3><p>누리랩스가 있다.</p>\n"
      "<h2>해외</h2><p>Acme is one.</p>\n");
  CHECK(Briefs(doc) == V{"H1@1 로봇 산업", "H2@2 국내 기업",
                         "P@3,4 한빛로보틱스는 창고 로봇을 만든다. 그리고 판다.", "H3@5 물류",
                         "P@5 누리랩스가 있다.", "H2@6 해외", "P@6 Acme is one."});
  CHECK(doc.blocks[4].headings == V{"로봇 산업", "국내 기업", "물류"});
  CHECK(doc.blocks[6].headings == V{"로봇 산업", "해외"});
  CHECK(doc.title == "로봇 산업");  // no <title>: the first h1
}

TEST_CASE("b, strong, em, i and a are name spans; bare links and images are dropped",
          "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<p><b>누리랩스</b>는 <strong>Acme</strong>, <em>Beta Labs</em>, <i>Gamma</i>와 "
      "<a href=\"https://d.example\">델타 로봇</a>에 투자했다. "
      "<a href=\"https://e.example/x\">https://e.example/x</a> "
      "<a href=\"http://www.f.example\">www.f.example</a> "
      "자료: https://g.example/page. <img src=\"p.png\" alt=\"사진 설명\">끝.</p>");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text ==
        "누리랩스는 Acme, Beta Labs, Gamma와 델타 로봇에 투자했다. 자료: . 끝.");
  CHECK(Names(doc.blocks[0]) == V{"누리랩스", "Acme", "Beta Labs", "Gamma", "델타 로봇"});
}

TEST_CASE("table rows with a th header row", "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<table>\n"
      "<thead><tr><th>기업</th><th>분야</th></tr></thead>\n"
      "<tbody>\n"
      "<tr><td><b>한빛로보틱스</b></td><td>산업용 로봇</td></tr>\n"
      "<tr><td>누리랩스</td><td><p>물류</p><p>로봇</p></td></tr>\n"
      "<tr><td></td><td>빈 칸</td></tr>\n"
      "</tbody></table>\n"
      "<table><tr><td>No</td><td>header</td></tr></table>\n");
  REQUIRE(doc.blocks.size() == 4);
  const Block& row = doc.blocks[0];
  CHECK(testing::Brief(row) == "TR@4 한빛로보틱스; 산업용 로봇");
  CHECK(row.cells == V{"한빛로보틱스", "산업용 로봇"});
  CHECK(row.header == V{"기업", "분야"});
  CHECK(Names(row) == V{"한빛로보틱스"});
  CHECK(doc.blocks[1].cells == V{"누리랩스", "물류 로봇"});
  CHECK(doc.blocks[2].cells == V{"", "빈 칸"});
  CHECK(doc.blocks[2].text == "빈 칸");
  CHECK(doc.blocks[3].header.empty());
  CHECK(doc.blocks[3].text == "No; header");
}

TEST_CASE("list items with depth, quotes with depth", "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<ul>\n"
      "<li>첫째 <em>항목</em>\n"
      "  <ol><li>깊은 항목</li></ol>\n"
      "  꼬리</li>\n"
      "<li><p>둘째</p></li>\n"
      "</ul>\n"
      "<blockquote><p>[!NOTE] Quoted.</p><blockquote>Inner.</blockquote></blockquote>\n");
  CHECK(Briefs(doc) == V{"LI1@2 첫째 항목", "LI2@3 깊은 항목", "LI1@4 꼬리", "LI1@5 둘째",
                         "Q1@7 Quoted.", "Q2@7 Inner."});
}

TEST_CASE("entities are decoded and white space collapsed", "[ingest][documents]") {
  ParsedDocument doc =
      Html("<p>R&amp;D&nbsp;&nbsp;센터 &#xD55C;&#xBE5B; &lt;tag&gt; &quot;q&quot;</p>");
  CHECK(Briefs(doc) == V{"P@1 R&D 센터 한빛 <tag> \"q\""});
}

TEST_CASE("title and date from meta tags and time", "[ingest][documents]") {
  ParsedDocument og = Html(
      "<head><meta property=\"og:title\" content=\"OG title\">"
      "<meta property=\"article:published_time\" content=\"2025-03-27T10:33:25+09:00\"></head>"
      "<body><h1>Heading</h1></body>");
  CHECK(og.title == "OG title");
  CHECK(og.date == "2025-03-27");

  ParsedDocument named = Html("<head><meta name=\"date\" content=\"2024/5/6\"></head><p>x</p>");
  CHECK(named.date == "2024-05-06");

  ParsedDocument time = Html(
      "<article><header><time datetime=\"2023-10-01T09:00\">Oct 1</time></header>"
      "<p>x</p></article>");
  CHECK(time.date == "2023-10-01");
  CHECK(time.title.empty());

  CHECK(Html("<meta name=\"date\" content=\"soon\"><p>x</p>").date.empty());
}

TEST_CASE("broken HTML is read as browsers read it", "[ingest][documents]") {
  ParsedDocument doc = Html(
      "<p>Unclosed <b>bold\n<p>Next paragraph</div></span>\n<li>stray item\n"
      "<table><td>cell without row\n");
  CHECK(Briefs(doc) ==
        V{"P@1 Unclosed bold", "P@2 Next paragraph", "LI1@3 stray item", "TR@4 cell without row"});
  CHECK(Names(doc.blocks[0]) == V{"bold"});
}

TEST_CASE("text a table pushes out keeps lines inside the page", "[ingest][documents]") {
  // Gumbo joins foster-parented text from several places into one node (fuzzer finding): its
  // line breaks are not the page's, and no line mark may pass the last line.
  ParsedDocument doc = Html("<table>a\n\n\n<tr><td>x</td></tr>b\n\n\nc<tr><td>y");
  REQUIRE(!doc.blocks.empty());
  for (const Block& b : doc.blocks) {
    for (const auto& mark : b.lines) CHECK(mark.second <= 7);
  }
}

TEST_CASE("empty, markup-only and text-free pages make no blocks", "[ingest][documents]") {
  CHECK(Html("").blocks.empty());
  CHECK(Html("<html><head><title>T</title></head><body></body></html>").blocks.empty());
  CHECK(Html("<div><img src=x><br><hr><script>x</script></div>").blocks.empty());
  CHECK(Html("<!-- only a comment -->").blocks.empty());
}

TEST_CASE("deeply nested elements do not exhaust the stack", "[ingest][documents]") {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<div><blockquote>";
  html += "깊은 문장.";
  ParsedDocument doc = Html(html);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == "깊은 문장.");

  std::string lists;
  for (int i = 0; i < 3000; ++i) lists += "<ul><li>item ";
  CHECK(Html(lists).blocks.size() == 3000);
}

}  // namespace kg::ingest
