// Formats by name and file name, plain text as blocks, and the readers' shared helpers: date
// normalisation, front matter and shortcode cutting, alert markers, white space and URLs; and
// the flat text adapter for the line-based pipeline.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/documents/block_builder.h"
#include "ingest/documents/flat_text.h"
#include "ingest/documents/markdown_source.h"
#include "tests/ingest/documents/render.h"

namespace kg::ingest {

using testing::Briefs;
using V = std::vector<std::string>;

TEST_CASE("formats are guessed from the file name", "[ingest][documents]") {
  CHECK(GuessFormat("post.md") == DocumentFormat::kMarkdown);
  CHECK(GuessFormat("dir/POST.Markdown") == DocumentFormat::kMarkdown);
  CHECK(GuessFormat("page.html") == DocumentFormat::kHtml);
  CHECK(GuessFormat("page.HTM") == DocumentFormat::kHtml);
  CHECK(GuessFormat("notes.txt") == DocumentFormat::kText);
  CHECK(GuessFormat("README") == DocumentFormat::kText);
  CHECK(GuessFormat("md") == DocumentFormat::kText);
  CHECK(GuessFormat("archive.md.gz") == DocumentFormat::kText);
}

TEST_CASE("formats are parsed from --format names", "[ingest][documents]") {
  CHECK(ParseFormat("text").value() == DocumentFormat::kText);
  CHECK(ParseFormat("markdown").value() == DocumentFormat::kMarkdown);
  CHECK(ParseFormat("md").value() == DocumentFormat::kMarkdown);
  CHECK(ParseFormat("html").value() == DocumentFormat::kHtml);
  Result<DocumentFormat> bad = ParseFormat("pdf");
  REQUIRE(!bad.ok());
  CHECK(bad.status().IsInvalidArgument());
  CHECK(bad.status().message() ==
        "unknown document format 'pdf' (expected text, markdown or html)");
  for (DocumentFormat f :
       {DocumentFormat::kText, DocumentFormat::kMarkdown, DocumentFormat::kHtml}) {
    CHECK(ParseFormat(FormatName(f)).value() == f);
  }
}

TEST_CASE("plain text: a block per non-blank line, with its line", "[ingest][documents]") {
  ParsedDocument doc = testing::Read(
      "누리랩스는 2021년에 세워졌다.\n\n   \n  **Acme**  bought\tBeta.  \r\nhttps://x.example "
      "stays\n",
      DocumentFormat::kText);
  CHECK(Briefs(doc) == V{"P@1 누리랩스는 2021년에 세워졌다.", "P@4 **Acme** bought Beta.",
                         "P@5 https://x.example stays"});
  for (const Block& b : doc.blocks) CHECK(b.names.empty());
  CHECK(testing::Read("", DocumentFormat::kText).blocks.empty());
  CHECK(testing::Read("\n\n", DocumentFormat::kText).blocks.empty());
}

TEST_CASE("IsoDate keeps the date of a timestamp", "[ingest][documents]") {
  using documents::IsoDate;
  CHECK(IsoDate("2025-03-27T10:33:25+09:00") == "2025-03-27");
  CHECK(IsoDate("2025-03-27") == "2025-03-27");
  CHECK(IsoDate("2025/3/7") == "2025-03-07");
  CHECK(IsoDate("2025.03.07.") == "2025-03-07");
  CHECK(IsoDate("2025-03") == "2025-03");
  CHECK(IsoDate("2025") == "2025");
  CHECK(IsoDate("2025-13-01") == "2025");
  CHECK(IsoDate("2025-02-40") == "2025-02");
  CHECK(IsoDate("25-03-01").empty());
  CHECK(IsoDate("March 2025").empty());
  CHECK(IsoDate("").empty());
}

TEST_CASE("front matter is cut to empty lines", "[ingest][documents]") {
  documents::FrontMatter fm;
  CHECK(documents::CutFrontMatter("---\ntitle: A\n---\nbody\n", &fm) == "\n\n\nbody\n");
  CHECK(fm.title == "A");
  CHECK(documents::CutFrontMatter("---\ntitle: A\n---", &fm) == "\n\n");
  CHECK(documents::CutFrontMatter("---\ntitle: A\nno end\n", &fm) == "---\ntitle: A\nno end\n");
  CHECK(fm.title.empty());
  CHECK(documents::CutFrontMatter("text\n---\ntitle: A\n---\n", &fm) ==
        "text\n---\ntitle: A\n---\n");
  CHECK(documents::CutFrontMatter("---", &fm) == "---");
}

TEST_CASE("shortcodes are cut to their line breaks", "[ingest][documents]") {
  using documents::CutShortcodes;
  CHECK(CutShortcodes("a {{< x >}} b") == "a  b");
  CHECK(CutShortcodes("{{% n\narg %}}\nc") == "\n\nc");
  CHECK(CutShortcodes("{{< open") == "{{< open");
  CHECK(CutShortcodes("{{ .Title }} {{<x>}}") == "{{ .Title }} ");
  CHECK(CutShortcodes("{{<{{<{{< a >}}") == "");
  CHECK(CutShortcodes("x{{") == "x{{");
}

TEST_CASE("alert markers are stripped with spans and lines moved", "[ingest][documents]") {
  Block b;
  b.kind = Block::Kind::kQuote;
  b.text = "[!NOTE] Acme ships.";
  b.lines = {{0, 3}, {8, 4}};
  b.names = {{0, 7}, {8, 12}};
  CHECK(documents::StripAlertMarker(&b));
  CHECK(b.text == "Acme ships.");
  CHECK(b.lines == std::vector<std::pair<size_t, int>>{{0, 4}});
  CHECK(b.names == std::vector<TextSpan>{{0, 4}});

  Block plain;
  plain.text = "[note] text";
  CHECK(!documents::StripAlertMarker(&plain));
  plain.text = "[!] text";
  CHECK(!documents::StripAlertMarker(&plain));
}

TEST_CASE("the builder collapses space, marks lines and drops bare URLs", "[ingest][documents]") {
  documents::BlockBuilder b;
  b.set_drop_urls(true);
  b.Open(Block::Kind::kParagraph, 0, 7);
  b.Append("  see\u00a0\u00a0(https://a.example/x), ");
  b.NextLine();
  b.Append("www.b.example. and ");
  b.BeginName();
  b.Append(" 누리랩스 ");
  b.EndName();
  b.Append("https://c.example/에서");
  b.Close();
  std::vector<Block> blocks = b.TakeBlocks();
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].text == "see , . and 누리랩스 에서");
  CHECK(blocks[0].lines == std::vector<std::pair<size_t, int>>{{0, 7}, {6, 8}});
  CHECK(testing::Names(blocks[0]) == V{"누리랩스"});
  CHECK(blocks[0].LineAt(100) == 8);
}

TEST_CASE("Flatten puts each block on a line and maps positions back", "[ingest][documents]") {
  ParsedDocument doc = testing::Read(
      "# 기업\n\n누리랩스는\n창고 로봇을 만든다.\n\n| a | b |\n|---|---|\n| x | y |\n",
      DocumentFormat::kMarkdown);
  FlatText flat = Flatten(doc);
  CHECK(flat.text == "기업\n\n누리랩스는 창고 로봇을 만든다.\n\nx; y\n");
  CHECK(flat.SourceLine(1, 0) == 1);
  CHECK(flat.SourceLine(3, 0) == 3);
  CHECK(flat.SourceLine(3, std::string("누리랩스는 창고").size()) == 4);
  CHECK(flat.SourceLine(5, 3) == 8);
  CHECK(flat.SourceLine(2, 0) == 0);
  CHECK(flat.SourceLine(7, 0) == 0);
  CHECK(Flatten(ParsedDocument()).text.empty());
}

}  // namespace kg::ingest
