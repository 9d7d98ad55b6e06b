// What the Markdown and HTML readers share: BlockBuilder turns a walk over a parse tree (text
// pieces, breaks, name and cell boundaries, source lines) into Blocks with collapsed white
// space, line marks, name and cell spans and the heading path. Internal to ingest/documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/documents/document.h"

namespace kg::ingest::documents {

class BlockBuilder {
 public:
  // Closes the open block, if any, and starts a new one whose text begins on `line`
  // (0 when not known yet: the first SetLine() gives it).
  void Open(Block::Kind kind, int level, int line);
  bool is_open() const { return open_; }

  // The source has this many lines: no line mark goes past it, whatever a parser says.
  void set_max_line(int max_line) { max_line_ = max_line; }
  // The next text comes from source line `line`. Lines only move forward; 0 is ignored.
  void SetLine(int line);
  // The next text comes from the line after the current one (a soft or hard break).
  void NextLine();
  int line() const { return line_; }

  // Appends text, collapsing white space; a leading space is kept only between words.
  // REQUIRES: is_open().
  void Append(std::string_view text);
  // A word boundary (a break, a tag that separates words).
  void Space();
  // From now on, bare web addresses in appended text (https://…, www.…) are dropped: they name
  // no entity and would only be noise in a sentence. Off by default (plain text keeps them).
  void set_drop_urls(bool drop) { drop_urls_ = drop; }

  // The open block is an event of a timeline listed under `period` (Block::period).
  void SetPeriod(std::string period) {
    if (open_) block_.period = std::move(period);
  }

  // Emphasised or linked text begins / ends: the text appended in between is a name span.
  void BeginName();
  void EndName();
  // A table cell begins / ends; ignored unless a kTableRow block is open.
  void BeginCell();
  void EndCell();

  // Finishes the open block: drops it when its text is empty, strips a GitHub alert marker
  // from a quote, keeps the heading path. Does nothing when no block is open.
  void Close();
  // Finishes the open block as the header row of the current table: its cells become the
  // header of the rows that follow, and it is no block itself.
  void CloseAsHeader();
  // A table ends (or begins): rows that follow have no header.
  void ClearTable() { header_.clear(); }

  std::vector<Block> TakeBlocks();

 private:
  void PutRun(std::string_view run);      // non-space bytes, URLs not yet dropped
  void PutContent(std::string_view run);  // non-space bytes
  void Reset();

  std::vector<Block> blocks_;
  Block block_;
  bool open_ = false;
  int line_ = 0;
  int max_line_ = 0;     // 0: no bound
  int marked_line_ = 0;  // line of the last mark in block_.lines
  bool pending_space_ = false;
  bool drop_urls_ = false;
  std::vector<std::optional<size_t>> name_starts_;  // unset until the name's first content
  bool in_cell_ = false;
  bool cell_sep_ = false;  // the next content starts a new cell: "; " before it
  std::optional<size_t> cell_start_;
  std::vector<std::string> header_;
  struct Heading {
    int level;
    std::string text;
  };
  std::vector<Heading> heading_path_;
};

// Removes a leading GitHub alert marker ("[!NOTE]", "[!TIP] ", any letters) from `block`,
// moving its spans and line marks. Returns whether there was one.
bool StripAlertMarker(Block* block);

// "2025-03-27T10:33:25+09:00" -> "2025-03-27"; also 2025/03/27, 2025.03.27, 2025-03, 2025.
// Empty when `value` does not start with a year.
std::string IsoDate(std::string_view value);

// True for ASCII white space and U+00A0 at `text[i]`; *width gets its byte length.
bool IsSpaceAt(std::string_view text, size_t i, size_t* width);

// Lines of `text` as cmark and Gumbo count them: \n, \r\n and a lone \r end a line.
int CountLines(std::string_view text);

// `text` with white space runs collapsed and trimmed.
std::string CollapseSpaces(std::string_view text);

}  // namespace kg::ingest::documents
