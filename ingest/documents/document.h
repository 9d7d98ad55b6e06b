// Documents as blocks of plain text: what the readers for plain text, Markdown (cmark-gfm) and
// HTML (Gumbo) make of a file, so that markup never reaches a sentence and every piece of text
// still knows the source line it came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/base/status.h"

namespace kg::ingest {

enum class DocumentFormat { kText, kMarkdown, kHtml };

// From a file name: .md/.markdown -> kMarkdown, .html/.htm -> kHtml (any case), else kText.
DocumentFormat GuessFormat(std::string_view path);
// The name of a format as `--format` takes it: "text" | "markdown" | "html" (also "md", "htm",
// "txt"). InvalidArgument naming the accepted values otherwise.
Result<DocumentFormat> ParseFormat(std::string_view name);
// "text", "markdown" or "html".
std::string_view FormatName(DocumentFormat format);

// Bytes [begin, end) of Block::text.
struct TextSpan {
  size_t begin = 0, end = 0;
  bool operator==(const TextSpan&) const = default;
};

// One unit of a document's text: a heading, a paragraph, a list item, a table row or a
// paragraph of a block quote. Offsets in `lines`, `names` and `cell_spans` are bytes of `text`.
struct Block {
  enum class Kind { kHeading, kParagraph, kListItem, kTableRow, kQuote };
  Kind kind = Kind::kParagraph;
  // kHeading: 1..6. kListItem: list nesting depth, 1 for a top-level list. kQuote: block quote
  // nesting depth, 1 for a top-level quote. Otherwise 0.
  int level = 0;
  // Plain text: no markup, runs of white space (and U+00A0) collapsed to one space, soft and hard
  // line breaks as spaces, no leading or trailing space. Never empty.
  std::string text;
  // (offset in text, 1-based source line) for each source line the block's text comes from, in
  // order of offset: text from lines[i].first up to lines[i+1].first was written on line
  // lines[i].second. Never empty; lines[0].first == 0. Use LineAt() to look an offset up.
  std::vector<std::pair<size_t, int>> lines;
  // Bold, strong, emphasised or linked text (Markdown **x**, *x*, [x](url); HTML b, strong, em,
  // i, a): name candidates, trimmed, sorted by begin, no duplicates; spans may nest.
  std::vector<TextSpan> names;
  // kTableRow only: each cell's plain text, one per column of the row (empty cells included),
  // where each cell is in `text`, and the header cells of the table (empty when it has none).
  // A row's text joins its non-empty cells with "; " ("한빛로보틱스; 산업용 로봇; HB-7"), so a
  // sentence splitter sees one record and no table syntax; an empty cell's span is empty.
  std::vector<std::string> cells;
  std::vector<TextSpan> cell_spans;
  std::vector<std::string> header;
  // The texts of the headings the block is under, outermost first (h1 > h2 > h3). For a heading,
  // those of the headings above it.
  std::vector<std::string> headings;
  // kListItem read from a Mermaid timeline: the period its event is listed under, as written
  // ("1997", "2016년 3월", "1990년대"); the event is dated by it as a sentence would be by a
  // date it wrote. Empty otherwise.
  std::string period;

  // The source line of byte `offset` of text (the last mark at or before it).
  int LineAt(size_t offset) const;
};

// The readers' result. Named apart from kg::Document, the stored record of an ingested file.
struct ParsedDocument {
  // Markdown: front matter `title`, else the first h1. HTML: <title>, else og:title, else the
  // first <h1>. Plain text: none. May be empty.
  std::string title;
  std::string date;  // ISO yyyy-mm-dd, or yyyy-mm / yyyy when that is all it says; may be empty
  std::vector<Block> blocks;
};

// Reads `text` as `format`:
//  - kText: one kParagraph block per non-blank line; no names.
//  - kMarkdown: CommonMark + GFM tables, strikethrough, autolinks and task lists. YAML (---) or
//    TOML (+++) front matter gives title and date and never becomes blocks; Mermaid mindmaps
//    and timelines are read as lists (one item per node or event); Hugo shortcodes, other
//    code blocks and diagrams, images (and their alt text), thematic breaks, raw HTML tags,
//    bare URLs and GitHub alert markers ([!NOTE]) are dropped; raw HTML blocks are read as HTML.
//  - kHtml: the text of <article>, else <main>, else <body>, without navigation, footers, asides,
//    headers (an article's own header stays), scripts, styles, forms, embedded media, images,
//    figure captions and <pre>. Names of both markups: see Block::names.
// REQUIRES: valid UTF-8 without NUL bytes (callers check and report). Never throws; malformed
// markup is read as well as it can be. An error Status only when a parser fails to allocate.
Result<ParsedDocument> ReadDocument(std::string_view text, DocumentFormat format);

}  // namespace kg::ingest
