// BlockBuilder: white space collapsing, line marks, name and cell spans, the heading path.
#include "ingest/documents/block_builder.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kg::ingest::documents {

bool IsSpaceAt(std::string_view text, size_t i, size_t* width) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    *width = 2;  // U+00A0 NO-BREAK SPACE, which &nbsp; decodes to
    return true;
  }
  return false;
}

int CountLines(std::string_view text) {
  int lines = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      ++lines;
    }
  }
  return lines;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  size_t w = 0;
  for (size_t i = 0; i < text.size();) {
    if (IsSpaceAt(text, i, &w)) {
      space = true;
      i += w;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[i++];
  }
  return out;
}

void BlockBuilder::Reset() {
  block_ = Block();
  open_ = false;
  pending_space_ = false;
  name_starts_.clear();
  in_cell_ = false;
  cell_sep_ = false;
  cell_start_.reset();
  marked_line_ = 0;
}

void BlockBuilder::Open(Block::Kind kind, int level, int line) {
  Close();
  open_ = true;
  block_.kind = kind;
  block_.level = level;
  line_ = std::max(line, 0);
  if (max_line_ > 0) line_ = std::min(line_, max_line_);
}

void BlockBuilder::SetLine(int line) {
  if (max_line_ > 0) line = std::min(line, max_line_);
  if (line > line_) line_ = line;
}

void BlockBuilder::NextLine() {
  if (line_ > 0 && (max_line_ == 0 || line_ < max_line_)) ++line_;
}

void BlockBuilder::Space() { pending_space_ = true; }

void BlockBuilder::Append(std::string_view text) {
  size_t i = 0, w = 0;
  while (i < text.size()) {
    if (IsSpaceAt(text, i, &w)) {
      pending_space_ = true;
      i += w;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !IsSpaceAt(text, j, &w)) ++j;
    PutRun(text.substr(i, j - i));
    i = j;
  }
}

namespace {

// Where a web address starts in `run` (at its start or after an opening bracket or quote).
size_t FindUrl(std::string_view run) {
  for (size_t p = 0; p < run.size(); ++p) {
    if (run[p] != 'h' && run[p] != 'w') continue;
    if (p > 0 && run[p - 1] != '(' && run[p - 1] != '[' && run[p - 1] != '<' && run[p - 1] != '"' &&
        run[p - 1] != '\'') {
      continue;
    }
    std::string_view rest = run.substr(p);
    if (rest.starts_with("https://") || rest.starts_with("http://") || rest.starts_with("www.")) {
      return p;
    }
  }
  return std::string_view::npos;
}

}  // namespace

void BlockBuilder::PutRun(std::string_view run) {
  while (!run.empty()) {
    size_t p = drop_urls_ ? FindUrl(run) : std::string_view::npos;
    if (p == std::string_view::npos) {
      PutContent(run);
      return;
    }
    // The address runs over ASCII up to the end of the run (a Korean particle ends it), less
    // the punctuation that closes the sentence or a bracket around it.
    size_t end = p;
    while (end < run.size() && static_cast<unsigned char>(run[end]) < 0x80) ++end;
    while (end > p &&
           std::string_view(".,;:!?)]'\"").find(run[end - 1]) != std::string_view::npos) {
      --end;
    }
    std::string_view before = run.substr(0, p), after = run.substr(end);
    if (!before.empty() && before.back() == '(' && !after.empty() && after.front() == ')') {
      before.remove_suffix(1);  // "(https://x.y)": the brackets go with it
      after.remove_prefix(1);
    }
    if (!before.empty()) {
      PutContent(before);
      if (!after.empty()) Space();
    }
    run = after;
  }
}

void BlockBuilder::PutContent(std::string_view run) {
  std::string& text = block_.text;
  if (!text.empty()) {
    if (cell_sep_) {
      text += "; ";
    } else if (pending_space_) {
      text += ' ';
    }
  }
  cell_sep_ = false;
  pending_space_ = false;
  if (in_cell_ && !cell_start_) cell_start_ = text.size();
  for (auto& start : name_starts_) {
    if (!start) start = text.size();
  }
  if (block_.lines.empty() || line_ != marked_line_) {
    block_.lines.emplace_back(text.size(), line_);
    marked_line_ = line_;
  }
  text.append(run);
}

void BlockBuilder::BeginName() {
  if (open_) name_starts_.emplace_back();
}

void BlockBuilder::EndName() {
  if (name_starts_.empty()) return;
  std::optional<size_t> start = name_starts_.back();
  name_starts_.pop_back();
  if (start && *start < block_.text.size()) block_.names.push_back({*start, block_.text.size()});
}

void BlockBuilder::BeginCell() {
  if (!open_ || block_.kind != Block::Kind::kTableRow) return;  // a cell belongs to a row
  EndCell();
  in_cell_ = true;
  cell_start_.reset();
  if (!block_.text.empty()) cell_sep_ = true;
}

void BlockBuilder::EndCell() {
  if (!in_cell_) return;
  size_t end = block_.text.size();
  size_t begin = cell_start_.value_or(end);
  block_.cells.push_back(block_.text.substr(begin));
  block_.cell_spans.push_back({begin, end});
  in_cell_ = false;
  cell_start_.reset();
  pending_space_ = false;
}

void BlockBuilder::Close() {
  if (!open_) return;
  EndCell();
  if (block_.kind == Block::Kind::kQuote) StripAlertMarker(&block_);
  if (block_.text.empty()) {
    Reset();
    return;
  }
  std::sort(block_.names.begin(), block_.names.end(), [](const TextSpan& a, const TextSpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  block_.names.erase(std::unique(block_.names.begin(), block_.names.end()), block_.names.end());
  if (block_.kind == Block::Kind::kTableRow) block_.header = header_;
  if (block_.kind == Block::Kind::kHeading) {
    while (!heading_path_.empty() && heading_path_.back().level >= block_.level) {
      heading_path_.pop_back();
    }
  }
  for (const Heading& h : heading_path_) block_.headings.push_back(h.text);
  if (block_.kind == Block::Kind::kHeading) heading_path_.push_back({block_.level, block_.text});
  blocks_.push_back(std::move(block_));
  Reset();
}

void BlockBuilder::CloseAsHeader() {
  if (!open_) return;
  EndCell();
  header_ = std::move(block_.cells);
  Reset();
}

std::vector<Block> BlockBuilder::TakeBlocks() {
  Close();
  heading_path_.clear();
  header_.clear();
  return std::move(blocks_);
}

bool StripAlertMarker(Block* block) {
  const std::string& text = block->text;
  if (text.size() < 4 || text[0] != '[' || text[1] != '!') return false;
  size_t n = 2;
  while (n < text.size() && std::isalpha(static_cast<unsigned char>(text[n]))) ++n;
  if (n == 2 || n >= text.size() || text[n] != ']') return false;
  ++n;
  if (n < text.size() && text[n] == ' ') ++n;
  auto shift = [n](size_t off) { return std::max(off, n) - n; };
  block->text.erase(0, n);
  std::vector<TextSpan> names;
  for (TextSpan s : block->names) {
    s = {shift(s.begin), shift(s.end)};
    if (s.begin < s.end) names.push_back(s);
  }
  block->names = std::move(names);
  std::vector<std::pair<size_t, int>> lines;
  for (auto [off, line] : block->lines) {
    off = shift(off);
    if (!lines.empty() && lines.back().first == off) lines.pop_back();  // the marker's own line
    lines.emplace_back(off, line);
  }
  block->lines = std::move(lines);
  return true;
}

std::string IsoDate(std::string_view value) {
  size_t i = 0;
  auto digits = [&](size_t max) {
    size_t start = i;
    while (i < value.size() && i - start < max && value[i] >= '0' && value[i] <= '9') ++i;
    return value.substr(start, i - start);
  };
  std::string_view year = digits(4);
  if (year.size() != 4) return "";
  std::string out(year);
  for (int part = 0; part < 2; ++part) {
    if (i + 1 >= value.size() || (value[i] != '-' && value[i] != '/' && value[i] != '.')) break;
    size_t save = i++;
    std::string_view num = digits(2);
    int n = num.empty() ? 0 : std::stoi(std::string(num));
    if (num.empty() || n < 1 || n > (part == 0 ? 12 : 31)) {
      i = save;
      break;
    }
    out += '-';
    if (num.size() == 1) out += '0';
    out.append(num);
  }
  return out;
}

}  // namespace kg::ingest::documents
