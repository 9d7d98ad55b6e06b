// The format readers behind ReadDocument(), and the HTML reader's entry for raw HTML blocks
// inside Markdown. Internal to ingest/documents.
#pragma once

#include <string_view>

#include "ingest/documents/block_builder.h"
#include "ingest/documents/document.h"
#include "kg/base/status.h"

namespace kg::ingest::documents {

// REQUIRES (all three): valid UTF-8 without NUL bytes.
ParsedDocument ReadPlainText(std::string_view text);
Result<ParsedDocument> ReadMarkdown(std::string_view text);
Result<ParsedDocument> ReadHtml(std::string_view text);

// Reads a fragment of HTML that starts on source line `first_line` (a raw HTML block of a
// Markdown file) into `builder`, as the body of a page. Returns false when Gumbo fails.
bool ReadHtmlFragment(std::string_view html, int first_line, BlockBuilder* builder);

}  // namespace kg::ingest::documents
