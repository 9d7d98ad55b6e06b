// Format names and guesses, plain text as blocks, and ReadDocument's dispatch to the readers.
#include "ingest/documents/document.h"

#include <strings.h>

#include <algorithm>
#include <iterator>

#include "ingest/documents/readers.h"

namespace kg::ingest {

namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         strncasecmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

}  // namespace

DocumentFormat GuessFormat(std::string_view path) {
  if (EndsWithNoCase(path, ".md") || EndsWithNoCase(path, ".markdown")) {
    return DocumentFormat::kMarkdown;
  }
  if (EndsWithNoCase(path, ".html") || EndsWithNoCase(path, ".htm")) return DocumentFormat::kHtml;
  return DocumentFormat::kText;
}

Result<DocumentFormat> ParseFormat(std::string_view name) {
  if (name == "text" || name == "txt") return DocumentFormat::kText;
  if (name == "markdown" || name == "md") return DocumentFormat::kMarkdown;
  if (name == "html" || name == "htm") return DocumentFormat::kHtml;
  return Status::InvalidArgument("unknown document format '" + std::string(name) +
                                 "' (expected text, markdown or html)");
}

std::string_view FormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kMarkdown:
      return "markdown";
    case DocumentFormat::kHtml:
      return "html";
    case DocumentFormat::kText:
      break;
  }
  return "text";
}

int Block::LineAt(size_t offset) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                             [](size_t o, const std::pair<size_t, int>& m) { return o < m.first; });
  if (it == lines.begin()) return lines.empty() ? 0 : lines.front().second;
  return std::prev(it)->second;
}

namespace documents {

ParsedDocument ReadPlainText(std::string_view text) {
  BlockBuilder builder;
  int line = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    ++line;
    builder.Open(Block::Kind::kParagraph, 0, line);
    builder.Append(text.substr(start, nl - start));
    builder.Close();  // a blank line makes no block
    start = nl + 1;
  }
  ParsedDocument doc;
  doc.blocks = builder.TakeBlocks();
  return doc;
}

}  // namespace documents

Result<ParsedDocument> ReadDocument(std::string_view text, DocumentFormat format) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte order mark
  switch (format) {
    case DocumentFormat::kMarkdown:
      return documents::ReadMarkdown(text);
    case DocumentFormat::kHtml:
      return documents::ReadHtml(text);
    case DocumentFormat::kText:
      break;
  }
  return documents::ReadPlainText(text);
}

}  // namespace kg::ingest
