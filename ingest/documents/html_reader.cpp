// HTML through Gumbo: the page's main text (article, else main, else body) as blocks, its title
// and date from <title>/<meta>/<time>. The tree is walked with an explicit stack, so no nesting
// depth of a broken page can exhaust ours.
#include <gumbo.h>
#include <strings.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "ingest/documents/mermaid_reader.h"
#include "ingest/documents/readers.h"

namespace kg::ingest::documents {

namespace {

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

OutputPtr Parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never look at parse errors; do not keep them
  return OutputPtr(gumbo_parse_with_options(&options, html.data(), html.size()));
}

bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

// An HTML element, not one of SVG or MathML that merely shares a tag's name: "<svg><article>"
// holds an SVG element called article, whose children may be any tags in any nesting.
bool IsHtmlElement(const GumboNode* n, GumboTag tag) {
  return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag &&
         n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (IsElement(n)) return &n->v.element.children;
  return nullptr;
}

std::string_view Attribute(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

// Elements whose content is never the page's text.
constexpr GumboTag kSkipped[] = {
    GUMBO_TAG_HEAD,    GUMBO_TAG_TITLE,      GUMBO_TAG_NAV,    GUMBO_TAG_ASIDE,
    GUMBO_TAG_FOOTER,  GUMBO_TAG_SCRIPT,     GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT,
    GUMBO_TAG_FORM,    GUMBO_TAG_TEMPLATE,   GUMBO_TAG_SVG,    GUMBO_TAG_MATH,
    GUMBO_TAG_IFRAME,  GUMBO_TAG_BUTTON,     GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_INPUT,   GUMBO_TAG_OBJECT,     GUMBO_TAG_EMBED,  GUMBO_TAG_CANVAS,
    GUMBO_TAG_AUDIO,   GUMBO_TAG_VIDEO,      GUMBO_TAG_MAP,    GUMBO_TAG_IMG,
    GUMBO_TAG_IMAGE,   GUMBO_TAG_FIGCAPTION, GUMBO_TAG_PRE,    GUMBO_TAG_NOFRAMES,
    GUMBO_TAG_NOEMBED, GUMBO_TAG_FRAMESET,   GUMBO_TAG_XMP,    GUMBO_TAG_PLAINTEXT,
    GUMBO_TAG_LISTING, GUMBO_TAG_DATALIST,   GUMBO_TAG_APPLET, GUMBO_TAG_MENU};

// Elements that end the text before them and start new text: a boundary between blocks.
constexpr GumboTag kBoundaries[] = {
    GUMBO_TAG_BODY,   GUMBO_TAG_MAIN,     GUMBO_TAG_SECTION, GUMBO_TAG_DIV,     GUMBO_TAG_P,
    GUMBO_TAG_DL,     GUMBO_TAG_DT,       GUMBO_TAG_DD,      GUMBO_TAG_ADDRESS, GUMBO_TAG_HR,
    GUMBO_TAG_FIGURE, GUMBO_TAG_DETAILS,  GUMBO_TAG_SUMMARY, GUMBO_TAG_CENTER,  GUMBO_TAG_CAPTION,
    GUMBO_TAG_HGROUP, GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND,  GUMBO_TAG_HEADER,  GUMBO_TAG_ARTICLE};

// <pre class="mermaid">, <div class="mermaid">: a diagram drawn by mermaid.js from the text.
bool IsMermaid(const GumboNode* n) {
  std::string_view classes = Attribute(n, "class");
  for (size_t at = classes.find("mermaid"); at != std::string_view::npos;
       at = classes.find("mermaid", at + 1)) {
    size_t end = at + 7;
    if ((at == 0 || classes[at - 1] == ' ') && (end == classes.size() || classes[end] == ' ')) {
      return true;
    }
  }
  return false;
}

bool IsSkipped(GumboTag tag) {
  return std::find(std::begin(kSkipped), std::end(kSkipped), tag) != std::end(kSkipped);
}

bool IsBlockBoundary(GumboTag tag) {
  return std::find(std::begin(kBoundaries), std::end(kBoundaries), tag) != std::end(kBoundaries);
}

// The plain text under `root` (scripts, styles and images left out), white space collapsed,
// at most about `limit` bytes.
std::string NodeText(const GumboNode* root, size_t limit = 4096) {
  std::string text;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty() && text.size() < limit) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      text += n->v.text.text;
      continue;
    }
    if (IsElement(n) && n != root && IsSkipped(n->v.element.tag)) continue;
    if (IsElement(n) && n->v.element.tag == GUMBO_TAG_BR) text += ' ';
    const GumboVector* children = Children(n);
    if (!children) continue;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
  return CollapseSpaces(text);
}

// The first element with `tag` under `root`, in document order; null if none.
const GumboNode* FindFirst(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (IsHtmlElement(n, tag)) return n;
    const GumboVector* children = Children(n);
    if (!children) continue;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
  return nullptr;
}

// Where the page's own text is: <article>, else <main>, else <body>, else everything.
const GumboNode* ContentRoot(const GumboOutput& output) {
  for (GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN, GUMBO_TAG_BODY}) {
    if (const GumboNode* n = FindFirst(output.root, tag)) return n;
  }
  return output.root;
}

// Title and date from <title>, <meta> and <time>.
void ReadHead(const GumboOutput& output, const GumboNode* content, ParsedDocument* doc) {
  if (const GumboNode* title = FindFirst(output.root, GUMBO_TAG_TITLE))
    doc->title = NodeText(title);
  std::vector<const GumboNode*> stack{output.root};
  std::string og_title;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (IsHtmlElement(n, GUMBO_TAG_META)) {
      std::string_view key = Attribute(n, "property");
      if (key.empty()) key = Attribute(n, "name");
      if (key.empty()) key = Attribute(n, "itemprop");
      std::string_view content_attr = Attribute(n, "content");
      if (EqualsNoCase(key, "og:title") && og_title.empty())
        og_title = CollapseSpaces(content_attr);
      for (const char* date_key : {"date", "article:published_time", "datePublished", "pubdate",
                                   "publishdate", "dc.date", "dc.date.issued", "dcterms.date"}) {
        if (doc->date.empty() && EqualsNoCase(key, date_key)) doc->date = IsoDate(content_attr);
      }
    }
    const GumboVector* children = Children(n);
    if (!children) continue;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
  if (doc->title.empty()) doc->title = og_title;
  if (doc->title.empty()) {
    if (const GumboNode* h1 = FindFirst(content, GUMBO_TAG_H1)) doc->title = NodeText(h1);
  }
  if (doc->date.empty()) {
    if (const GumboNode* time = FindFirst(content, GUMBO_TAG_TIME)) {
      doc->date = IsoDate(Attribute(time, "datetime"));
    }
  }
}

// A link whose text is its address ("https://example.com/x", "www.example.com") says nothing.
bool IsBareLink(const GumboNode* a) {
  std::string text = NodeText(a, 2048);
  if (text.empty()) return false;
  std::string_view href = Attribute(a, "href");
  if (text == href || href == "http://" + text || href == "https://" + text ||
      href == "mailto:" + text) {
    return true;
  }
  bool url_like =
      text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 || text.rfind("www.", 0) == 0;
  return url_like && text.find(' ') == std::string::npos;
}

bool IsHeaderRow(const GumboNode* tr) {
  const GumboVector& children = tr->v.element.children;
  int th = 0;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* c = static_cast<const GumboNode*>(children.data[i]);
    if (c->type != GUMBO_NODE_ELEMENT) continue;
    if (c->v.element.tag != GUMBO_TAG_TH) return false;
    ++th;
  }
  return th > 0;
}

// What an element does to the blocks, decided when it is entered and undone when it is left.
enum class Role {
  kNone,
  kSpace,
  kBoundary,
  kArticle,
  kHeading,
  kList,
  kItem,
  kQuote,
  kTable,
  kRow,
  kCell,
  kName
};

class HtmlWalker {
 public:
  HtmlWalker(BlockBuilder* builder, int line_offset) : b_(builder), offset_(line_offset) {}

  void Walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      Role role;
      unsigned next = 0;
    };
    std::vector<Frame> stack;
    stack.push_back({root, Enter(root)});
    while (!stack.empty()) {
      const GumboVector* children = Children(stack.back().node);
      if (!children || stack.back().next >= children->length) {
        Exit(stack.back().role);
        stack.pop_back();
        continue;
      }
      const GumboNode* c = static_cast<const GumboNode*>(children->data[stack.back().next++]);
      if (IsElement(c)) {
        if (IsMermaid(c)) {  // a mindmap or timeline is a list; other diagrams are dropped
          ReadDiagram(c);
          continue;
        }
        if (c->type == GUMBO_NODE_TEMPLATE || IsSkipped(c->v.element.tag) ||
            (c->v.element.tag == GUMBO_TAG_HEADER && articles_ == 0) ||
            (c->v.element.tag == GUMBO_TAG_A && IsBareLink(c))) {
          continue;
        }
        if (c->v.element.tag == GUMBO_TAG_BR || c->v.element.tag == GUMBO_TAG_WBR) {
          b_->Space();
          continue;
        }
        stack.push_back({c, Enter(c)});
      } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        Text(c->v.text.text, Line(c->v.text.start_pos));
      } else if (c->type == GUMBO_NODE_WHITESPACE) {
        b_->Space();
      }
    }
    b_->Close();
  }

 private:
  int Line(const GumboSourcePosition& pos) const {
    return pos.line > 0 ? static_cast<int>(pos.line) + offset_ : 0;
  }

  // The diagram source is the element's text (entities decoded); its first line is where the
  // text starts, after the line break Gumbo drops right after <pre>.
  void ReadDiagram(const GumboNode* element) {
    std::string code;
    int line = 0;
    for (unsigned i = 0; i < element->v.element.children.length; ++i) {
      const GumboNode* t = static_cast<const GumboNode*>(element->v.element.children.data[i]);
      if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE) continue;
      if (line == 0) {
        line = Line(t->v.text.start_pos);
        const GumboStringPiece& raw = t->v.text.original_text;
        if (raw.length > 0 && raw.data[0] == '\n' && t->v.text.text[0] != '\n') ++line;
      }
      code += t->v.text.text;
    }
    if (line > 0) ReadMermaid(code, line, b_);
  }

  void EnsureOpen(int line) {
    if (b_->is_open()) return;
    if (containers_.empty()) {
      b_->Open(Block::Kind::kParagraph, 0, line);
    } else {
      b_->Open(containers_.back().first, containers_.back().second, line);
    }
  }

  // Text, line by line, so each source line gets its mark.
  void Text(std::string_view text, int line) {
    EnsureOpen(line);
    b_->SetLine(line);
    size_t start = 0;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      b_->Append(text.substr(start, nl - start));
      if (nl == text.size()) break;
      b_->Space();
      b_->NextLine();
      start = nl + 1;
    }
  }

  Role Enter(const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return Role::kNone;
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return Role::kNone;
    GumboTag tag = n->v.element.tag;
    int line = Line(n->v.element.start_pos);
    bool structural = cells_ == 0;  // inside a table cell, structure is only word breaks
    switch (tag) {
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
        if (!structural) break;
        b_->Open(Block::Kind::kHeading, 1 + (tag - GUMBO_TAG_H1), line);
        return Role::kHeading;
      case GUMBO_TAG_UL:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_DIR:
        if (!structural) break;
        b_->Close();
        ++lists_;
        return Role::kList;
      case GUMBO_TAG_LI:
        if (!structural) break;
        b_->Close();
        containers_.emplace_back(Block::Kind::kListItem, std::max(lists_, 1));
        return Role::kItem;
      case GUMBO_TAG_BLOCKQUOTE:
        if (!structural) break;
        b_->Close();
        ++quotes_;
        containers_.emplace_back(Block::Kind::kQuote, quotes_);
        return Role::kQuote;
      case GUMBO_TAG_TABLE:
        if (!structural) break;
        b_->Close();
        b_->ClearTable();
        return Role::kTable;
      case GUMBO_TAG_TR:
        if (!structural) break;
        b_->Open(Block::Kind::kTableRow, 0, line);
        header_rows_.push_back(IsHeaderRow(n));
        return Role::kRow;
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        if (!structural) break;
        b_->BeginCell();
        ++cells_;
        return Role::kCell;
      case GUMBO_TAG_A:
      case GUMBO_TAG_B:
      case GUMBO_TAG_STRONG:
      case GUMBO_TAG_EM:
      case GUMBO_TAG_I:
        EnsureOpen(line);
        b_->BeginName();
        return Role::kName;
      case GUMBO_TAG_ARTICLE:  // its <header> is its own, not the site's
        if (!structural) break;
        ++articles_;
        b_->Close();
        return Role::kArticle;
      default:
        if (!IsBlockBoundary(tag)) return Role::kNone;
        if (!structural) {
          b_->Space();
          return Role::kSpace;
        }
        b_->Close();
        return Role::kBoundary;
    }
    b_->Space();  // a structural element inside a cell
    return Role::kSpace;
  }

  void Exit(Role role) {
    switch (role) {
      case Role::kNone:
        return;
      case Role::kSpace:
        b_->Space();
        return;
      case Role::kList:
        --lists_;
        break;
      case Role::kItem:
        containers_.pop_back();
        break;
      case Role::kQuote:
        --quotes_;
        containers_.pop_back();
        break;
      case Role::kTable:
        b_->ClearTable();
        break;
      case Role::kRow:
        if (header_rows_.back()) {
          b_->CloseAsHeader();
        } else {
          b_->Close();
        }
        header_rows_.pop_back();
        return;
      case Role::kCell:
        b_->EndCell();
        --cells_;
        return;
      case Role::kName:
        b_->EndName();
        return;
      case Role::kArticle:
        --articles_;
        break;
      case Role::kBoundary:
      case Role::kHeading:
        break;
    }
    b_->Close();
  }

  BlockBuilder* b_;
  int offset_;
  int lists_ = 0, quotes_ = 0, cells_ = 0, articles_ = 0;
  std::vector<std::pair<Block::Kind, int>> containers_;  // innermost li / blockquote last
  std::vector<bool> header_rows_;
};

}  // namespace

Result<ParsedDocument> ReadHtml(std::string_view text) {
  OutputPtr output = Parse(text);
  if (!output) return Status::IOError("the HTML parser could not allocate memory");
  ParsedDocument doc;
  const GumboNode* content = ContentRoot(*output);
  ReadHead(*output, content, &doc);
  BlockBuilder builder;
  builder.set_drop_urls(true);
  builder.set_max_line(CountLines(text));
  HtmlWalker(&builder, 0).Walk(content);
  doc.blocks = builder.TakeBlocks();
  return doc;
}

bool ReadHtmlFragment(std::string_view html, int first_line, BlockBuilder* builder) {
  OutputPtr output = Parse(html);
  if (!output) return false;
  HtmlWalker(builder, first_line - 1).Walk(ContentRoot(*output));
  return true;
}

}  // namespace kg::ingest::documents
