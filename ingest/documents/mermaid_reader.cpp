// Mermaid mindmaps and timelines read as the lists they draw (see mermaid_reader.h): blog posts
// summarise a section in one, and its words would be lost with the code block.
#include "ingest/documents/mermaid_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "kg/base/strings.h"

namespace kg::ingest::documents {

namespace {

struct SourceLine {
  std::string_view text;  // without the line break
  int line;               // 1-based source line
};

std::vector<SourceLine> SplitLines(std::string_view code, int first_line) {
  std::vector<SourceLine> out;
  int line = first_line;
  size_t at = 0;
  while (at < code.size()) {
    size_t nl = code.find('\n', at);
    if (nl == std::string_view::npos) nl = code.size();
    std::string_view text = code.substr(at, nl - at);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    out.push_back({text, line++});
    at = nl + 1;
  }
  return out;
}

// The white space a line of a code block is trimmed of.
constexpr std::string_view kBlank = " \t";

// Columns of leading white space (a tab counts as four).
int Indent(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c == ' ') {
      ++n;
    } else if (c == '\t') {
      n += 4;
    } else {
      break;
    }
  }
  return n;
}

// Comments (%% ...) and directives (%%{init: ...}%%) say nothing.
bool IsComment(std::string_view trimmed) { return trimmed.starts_with("%%"); }

// The words of a node: quotes and Markdown-string backticks around it go, and so do HTML line
// breaks inside it ("a<br/>b" -> "a b") and a Markdown string's emphasis ("`**a** b`").
std::string CleanLabel(std::string_view text) {
  text = TrimView(text, kBlank);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    text = TrimView(text.substr(1, text.size() - 2), kBlank);
  }
  bool markdown = text.size() >= 2 && text.front() == '`' && text.back() == '`';
  if (markdown) text = TrimView(text.substr(1, text.size() - 2), kBlank);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (markdown && text[i] == '*') {  // **bold** and *italic* of a Markdown string
      ++i;
      continue;
    }
    if (text[i] == '<' &&
        (text.substr(i).starts_with("<br") || text.substr(i).starts_with("<BR"))) {
      size_t close = text.find('>', i);
      if (close != std::string_view::npos) {
        out += ' ';
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

// A mindmap node as written: "id((text))", "id(text)", "id[text]", "id{{text}}", "id))text((",
// "id)text(", "(-text-)" or plain text, perhaps followed by ":::class names". Its text.
std::string NodeText(std::string_view s) {
  if (size_t classes = s.find(":::"); classes != std::string_view::npos)
    s = TrimView(s.substr(0, classes), kBlank);
  static const std::pair<std::string_view, std::string_view> kShapes[] = {
      {"((", "))"}, {"))", "(("}, {"{{", "}}"}, {"(-", "-)"}, {"(", ")"}, {"[", "]"}, {")", "("}};
  for (const auto& [open, close] : kShapes) {
    if (s.size() < open.size() + close.size() || !s.ends_with(close)) continue;
    size_t at = s.find(open);
    if (at == std::string_view::npos || at + open.size() > s.size() - close.size()) continue;
    std::string_view id = s.substr(0, at);
    if (id.find(' ') != std::string_view::npos || id.find('\t') != std::string_view::npos) continue;
    return CleanLabel(s.substr(at + open.size(), s.size() - close.size() - at - open.size()));
  }
  return CleanLabel(s);
}

void Item(BlockBuilder* b, int level, int line, std::string_view text, std::string period = "") {
  b->Open(Block::Kind::kListItem, level, line);
  b->Append(text);
  b->SetPeriod(std::move(period));
  b->Close();
}

void ReadMindmap(const std::vector<SourceLine>& lines, size_t from, BlockBuilder* b) {
  std::vector<int> indents;  // of the nodes the current one may be under
  for (size_t k = from; k < lines.size(); ++k) {
    std::string_view t = TrimView(lines[k].text, kBlank);
    if (t.empty() || IsComment(t) || t.starts_with("::icon(") || t.starts_with(":::")) continue;
    int indent = Indent(lines[k].text);
    while (!indents.empty() && indents.back() >= indent) indents.pop_back();
    indents.push_back(indent);
    std::string text = NodeText(t);
    if (!text.empty()) Item(b, static_cast<int>(indents.size()), lines[k].line, text);
  }
}

// "keyword rest" -> rest, when `t` starts with the keyword as a word.
bool Keyword(std::string_view t, std::string_view keyword, std::string_view* rest) {
  if (!t.starts_with(keyword)) return false;
  if (t.size() > keyword.size() && t[keyword.size()] != ' ' && t[keyword.size()] != '\t')
    return false;
  *rest = TrimView(t.substr(keyword.size()), kBlank);
  return true;
}

void ReadTimeline(const std::vector<SourceLine>& lines, size_t from, BlockBuilder* b) {
  int title_level = 0, section_level = 0;
  std::string period;
  for (size_t k = from; k < lines.size(); ++k) {
    std::string_view t = TrimView(lines[k].text, kBlank), rest;
    if (t.empty() || IsComment(t)) continue;
    int line = lines[k].line;
    if (Keyword(t, "title", &rest)) {
      title_level = 1;
      section_level = 0;
      Item(b, title_level, line, CleanLabel(rest));
      continue;
    }
    if (Keyword(t, "section", &rest)) {
      section_level = title_level + 1;
      Item(b, section_level, line, CleanLabel(rest));
      continue;
    }
    if (Keyword(t, "accTitle", &rest) || Keyword(t, "accDescr", &rest)) continue;
    // "period : event : event", or ": event" going on with the period above.
    size_t colon = t.find(':');
    if (colon != 0) {
      period = CleanLabel(t.substr(0, colon));
      if (colon == std::string_view::npos) continue;  // a period with no event yet
    }
    int level = std::max(title_level, section_level) + 1;
    std::string_view events = t.substr(colon + 1);
    while (true) {
      size_t next = events.find(':');
      std::string event = CleanLabel(events.substr(0, next));
      if (!event.empty()) Item(b, level, line, event, period);
      if (next == std::string_view::npos) break;
      events = events.substr(next + 1);
    }
  }
}

}  // namespace

bool ReadMermaid(std::string_view code, int first_line, BlockBuilder* builder) {
  std::vector<SourceLine> lines = SplitLines(code, first_line);
  size_t k = 0;
  // A front matter block (--- config ---) and comments come before the diagram's kind.
  if (k < lines.size() && TrimView(lines[k].text, kBlank) == "---") {
    for (++k; k < lines.size() && TrimView(lines[k].text, kBlank) != "---"; ++k) {
    }
    ++k;
  }
  for (; k < lines.size(); ++k) {
    std::string_view t = TrimView(lines[k].text, kBlank);
    if (!t.empty() && !IsComment(t)) break;
  }
  if (k >= lines.size()) return false;
  std::string_view kind = TrimView(lines[k].text, kBlank), rest;
  if (Keyword(kind, "mindmap", &rest)) {
    builder->Close();
    ReadMindmap(lines, k + 1, builder);
    return true;
  }
  if (Keyword(kind, "timeline", &rest)) {
    builder->Close();
    ReadTimeline(lines, k + 1, builder);
    return true;
  }
  return false;
}

}  // namespace kg::ingest::documents
