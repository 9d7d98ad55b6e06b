// What a Markdown file holds before cmark sees it: front matter (YAML between --- lines, TOML
// between +++ lines) and Hugo shortcodes. Both are cut out here, with their line breaks kept,
// so that cmark's source positions are still the file's lines. Internal to ingest/documents.
#pragma once

#include <string>
#include <string_view>

namespace kg::ingest::documents {

struct FrontMatter {
  std::string title;
  std::string date;  // ISO, see IsoDate()
};

// Returns `text` with its front matter, if it opens with one, replaced by as many empty lines,
// and fills *front_matter from its `title` and `date` (or `publishDate`) keys. Front matter
// whose closing line is missing is not front matter: the text is returned unchanged.
std::string CutFrontMatter(std::string_view text, FrontMatter* front_matter);

// Returns `text` without Hugo shortcodes ({{< name args >}}, {{% name %}}): each is replaced
// by the line breaks it contained. An opening with no closing is left as it is.
std::string CutShortcodes(std::string_view text);

}  // namespace kg::ingest::documents
