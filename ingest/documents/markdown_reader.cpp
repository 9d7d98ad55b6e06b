// Markdown through cmark-gfm (tables, strikethrough, autolinks, task lists): the parse tree's
// text as blocks with source lines (CMARK_OPT_SOURCEPOS), walked with cmark's iterator rather
// than recursion, so deep nesting costs no stack.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "ingest/documents/markdown_source.h"
#include "ingest/documents/mermaid_reader.h"
#include "ingest/documents/readers.h"
#include "kg/base/unicode.h"

// The extension's node types; libcmark-gfm-extensions exports them but installs no header.
extern "C" {
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;
}

namespace kg::ingest::documents {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

std::string_view Literal(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? std::string_view(s) : std::string_view();
}

// The text a link shows, at most about 2 KiB of it.
std::string LinkText(cmark_node* link) {
  std::string text;
  IterPtr it(cmark_iter_new(link));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE && text.size() < 2048) {
    cmark_node* n = cmark_iter_get_node(it.get());
    cmark_node_type t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)) {
      text.append(Literal(n));
    }
  }
  return text;
}

// An autolink or a link whose text is its address says nothing: it is dropped.
bool IsBareUrl(cmark_node* link) {
  std::string text = LinkText(link);
  if (text.empty()) return false;
  const char* url_c = cmark_node_get_url(link);
  std::string_view url = url_c ? url_c : "";
  if (text == url || url == "http://" + text || url == "https://" + text ||
      url == "mailto:" + text) {
    return true;
  }
  bool url_like =
      text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 || text.rfind("www.", 0) == 0;
  return url_like && text.find(' ') == std::string::npos;
}

// <br>, <br/>, <BR />: a line break written as HTML.
bool IsBreakTag(std::string_view html) {
  if (html.size() < 4 || html[0] != '<' || (html[1] != 'b' && html[1] != 'B') ||
      (html[2] != 'r' && html[2] != 'R')) {
    return false;
  }
  char c = html[3];
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n';
}

// A run of '*' or '_' left in text (cmark matched it with no other run), with the code points
// around it (0 at either end of the text).
struct DelimiterRun {
  size_t begin, end;
  char32_t before, after;
  std::string_view marks;
};

std::vector<DelimiterRun> FindDelimiterRuns(std::string_view text) {
  std::vector<DelimiterRun> runs;
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '*' && text[i] != '_') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] == text[i]) ++j;
    char32_t before = 0, after = 0;
    if (i > 0) {
      size_t p = i - 1;
      while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
      before = DecodeUtf8At(text, &p);
    }
    if (j < text.size()) {
      size_t p = j;
      after = DecodeUtf8At(text, &p);
    }
    runs.push_back({i, j, before, after, text.substr(i, j - i)});
    i = j;
  }
  return runs;
}

bool IsWordChar(char32_t c) { return c != 0 && !IsWhiteSpace(c) && !IsPunctuation(c); }

// CommonMark lets no run close emphasis when punctuation comes before it and a letter after,
// nor open one with a letter before and punctuation after: in "**한빛로보틱스(Hanbit)**이" the
// bold name ends in ')' and a Korean particle follows, so cmark leaves both runs as text.
// Korean writes its particles onto the word, so this is common in Korean Markdown. Returns
// the pairs of leftover runs (opening, closing) that emphasise the text between them: the
// same marks, at most three, text right after the first and right before the second, and one
// of the two refused only for that punctuation rule.
std::vector<std::pair<DelimiterRun, DelimiterRun>> LeftoverEmphasis(std::string_view text) {
  std::vector<DelimiterRun> runs = FindDelimiterRuns(text);
  std::vector<std::pair<DelimiterRun, DelimiterRun>> pairs;
  for (size_t i = 0; i < runs.size(); ++i) {
    const DelimiterRun& open = runs[i];
    if (open.marks.size() > 3 || open.after == 0 || IsWhiteSpace(open.after)) continue;
    bool open_refused = IsWordChar(open.before) && IsPunctuation(open.after);
    for (size_t j = i + 1; j < runs.size(); ++j) {
      const DelimiterRun& close = runs[j];
      if (close.marks != open.marks || close.before == 0 || IsWhiteSpace(close.before)) continue;
      bool close_refused = IsPunctuation(close.before) && IsWordChar(close.after);
      if (!open_refused && !close_refused) continue;
      pairs.emplace_back(open, close);
      i = j;
      break;
    }
  }
  return pairs;
}

// A fenced block whose info string names Mermaid (```mermaid).
bool IsMermaid(cmark_node* code) {
  int length = 0, offset = 0;
  char fence = 0;
  if (!cmark_node_get_fenced(code, &length, &offset, &fence)) return false;
  const char* info = cmark_node_get_fence_info(code);
  std::string_view lang = info ? info : "";
  return lang == "mermaid" || lang.starts_with("mermaid ") || lang.starts_with("mermaid\t");
}

class MarkdownWalker {
 public:
  explicit MarkdownWalker(BlockBuilder* builder) : b_(builder) {}

  void Walk(cmark_node* document) {
    IterPtr it(cmark_iter_new(document));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
      cmark_node* n = cmark_iter_get_node(it.get());
      if (ev == CMARK_EVENT_ENTER) {
        Enter(it.get(), n);
      } else {
        Exit(n);
      }
    }
    b_->Close();
  }

 private:
  void CloseBlock() {
    b_->Close();
    open_item_ = nullptr;
  }

  // The source line a node starts on. cmark-gfm 0.29's table extension leaves the paragraph
  // it splits off before a table without a position (and counts its inlines' lines from 0 at
  // the table's first line): that paragraph starts where the table does. Other nodes without
  // one are taken to start on the last line seen.
  int LineOf(cmark_node* n) const {
    int line = cmark_node_get_start_line(n);
    if (line > 0) return line;
    cmark_node* next = cmark_node_next(n);
    if (next && cmark_node_get_type(next) == CMARK_NODE_TABLE &&
        cmark_node_get_start_line(next) > 0) {
      return cmark_node_get_start_line(next);
    }
    return last_line_;
  }

  // Inline content outside any block we opened (cmark never makes it, but custom nodes might).
  void EnsureOpen(cmark_node* n) {
    if (b_->is_open()) return;
    b_->Open(quotes_ > 0 ? Block::Kind::kQuote : Block::Kind::kParagraph, quotes_, LineOf(n));
  }

  // A paragraph of a list item continues the item's block; others start their own.
  void OpenParagraph(cmark_node* n) {
    int line = LineOf(n);
    cmark_node* parent = cmark_node_parent(n);
    if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM) {
      if (open_item_ == parent && b_->is_open()) {
        b_->Space();
        b_->SetLine(line);
        return;
      }
      b_->Open(Block::Kind::kListItem, lists_, line);
      open_item_ = parent;
      return;
    }
    open_item_ = nullptr;
    b_->Open(quotes_ > 0 ? Block::Kind::kQuote : Block::Kind::kParagraph, quotes_, line);
  }

  // Text, with the emphasis cmark left as literal runs read as names (LeftoverEmphasis).
  void AppendText(std::string_view text) {
    size_t at = 0;
    for (const auto& [open, close] : LeftoverEmphasis(text)) {
      b_->Append(text.substr(at, open.begin - at));
      b_->BeginName();
      b_->Append(text.substr(open.end, close.begin - open.end));
      b_->EndName();
      at = close.end;
    }
    b_->Append(text.substr(at));
  }

  void Enter(cmark_iter* it, cmark_node* n) {
    cmark_node_type t = cmark_node_get_type(n);
    int line = LineOf(n);
    last_line_ = std::max(last_line_, line);
    if (t == CMARK_NODE_TABLE) {
      CloseBlock();
      b_->ClearTable();
      return;
    }
    if (t == CMARK_NODE_TABLE_ROW) {
      CloseBlock();
      b_->Open(Block::Kind::kTableRow, 0, line);
      return;
    }
    if (t == CMARK_NODE_TABLE_CELL) {
      b_->BeginCell();
      return;
    }
    switch (t) {
      case CMARK_NODE_BLOCK_QUOTE:
        CloseBlock();
        ++quotes_;
        return;
      case CMARK_NODE_LIST:
        CloseBlock();
        ++lists_;
        return;
      case CMARK_NODE_CODE_BLOCK:  // code is no statement; a mindmap or timeline is a list
        CloseBlock();
        if (IsMermaid(n)) ReadMermaid(Literal(n), line + 1, b_);
        return;
      case CMARK_NODE_ITEM:
      case CMARK_NODE_THEMATIC_BREAK:
        CloseBlock();
        return;
      case CMARK_NODE_HTML_BLOCK:
        CloseBlock();
        ReadHtmlFragment(Literal(n), line, b_);
        return;
      case CMARK_NODE_HEADING:
        CloseBlock();
        b_->Open(Block::Kind::kHeading, cmark_node_get_heading_level(n), line);
        return;
      case CMARK_NODE_PARAGRAPH:
        OpenParagraph(n);
        return;
      case CMARK_NODE_TEXT:
        EnsureOpen(n);
        b_->SetLine(line);
        AppendText(Literal(n));
        return;
      case CMARK_NODE_CODE:
        EnsureOpen(n);
        b_->SetLine(line);
        b_->Append(Literal(n));
        return;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        b_->Space();
        b_->NextLine();
        return;
      case CMARK_NODE_HTML_INLINE:  // tags go, the text between them stays
        if (IsBreakTag(Literal(n))) b_->Space();
        return;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        EnsureOpen(n);
        b_->BeginName();
        return;
      case CMARK_NODE_LINK:
        if (IsBareUrl(n)) {
          cmark_iter_reset(it, n, CMARK_EVENT_EXIT);  // skip its text
          return;
        }
        EnsureOpen(n);
        b_->BeginName();
        return;
      case CMARK_NODE_IMAGE:  // alt text too: it describes a picture, not the subject
        cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
        return;
      default:  // the document, strikethrough, custom nodes: their children are read
        return;
    }
  }

  void Exit(cmark_node* n) {
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_TABLE) {
      CloseBlock();
      b_->ClearTable();
      return;
    }
    if (t == CMARK_NODE_TABLE_ROW) {
      if (cmark_gfm_extensions_get_table_row_is_header(n)) {
        b_->CloseAsHeader();
      } else {
        b_->Close();
      }
      return;
    }
    if (t == CMARK_NODE_TABLE_CELL) {
      b_->EndCell();
      return;
    }
    switch (t) {
      case CMARK_NODE_BLOCK_QUOTE:
        CloseBlock();
        --quotes_;
        return;
      case CMARK_NODE_LIST:
        CloseBlock();
        --lists_;
        return;
      case CMARK_NODE_ITEM:
      case CMARK_NODE_HEADING:
        CloseBlock();
        return;
      case CMARK_NODE_PARAGRAPH: {
        cmark_node* parent = cmark_node_parent(n);
        if (!parent || cmark_node_get_type(parent) != CMARK_NODE_ITEM) CloseBlock();
        return;
      }
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
      case CMARK_NODE_LINK:
        b_->EndName();
        return;
      default:
        return;
    }
  }

  BlockBuilder* b_;
  int quotes_ = 0;                   // block quotes around the current node
  int lists_ = 0;                    // lists around the current node
  cmark_node* open_item_ = nullptr;  // the list item whose block is open, if any
  int last_line_ = 1;                // the greatest start line seen so far
};

void RegisterExtensions() {
  static std::once_flag once;
  std::call_once(once, cmark_gfm_core_extensions_ensure_registered);
}

}  // namespace

Result<ParsedDocument> ReadMarkdown(std::string_view text) {
  FrontMatter front_matter;
  std::string body = CutShortcodes(CutFrontMatter(text, &front_matter));
  RegisterExtensions();
  ParserPtr parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
  if (!parser) return Status::IOError("the Markdown parser could not allocate memory");
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), body.data(), body.size());
  NodePtr document(cmark_parser_finish(parser.get()));
  if (!document) return Status::IOError("the Markdown parser could not allocate memory");

  BlockBuilder builder;
  builder.set_drop_urls(true);
  builder.set_max_line(CountLines(body));
  MarkdownWalker(&builder).Walk(document.get());
  ParsedDocument doc;
  doc.title = front_matter.title;
  doc.date = front_matter.date;
  doc.blocks = builder.TakeBlocks();
  if (doc.title.empty()) {  // no front matter title: the first top-level heading
    for (const Block& b : doc.blocks) {
      if (b.kind == Block::Kind::kHeading && b.level == 1) {
        doc.title = b.text;
        break;
      }
    }
  }
  return doc;
}

}  // namespace kg::ingest::documents
