// Mermaid diagrams (```mermaid code blocks of Markdown) that state things in words: a mindmap is
// a nested list, a timeline a list of dated events. Internal to ingest/documents.
#pragma once

#include <string_view>

#include "ingest/documents/block_builder.h"

namespace kg::ingest::documents {

// Reads the source of a Mermaid diagram whose first line is source line `first_line` into
// `builder` as list items, one per node or event, each on its own source line, no Mermaid
// syntax in the text:
//  - mindmap: each node's text (the shape around it, ::icon() lines and :::classes dropped),
//    its nesting depth (the root is 1) as the item's level;
//  - timeline: the title (level 1), sections (one level under it) and one item per event, one
//    level under its section or title, with the period it is listed under in Block::period.
// Returns false, and adds nothing, for any other kind of diagram (flowcharts, sequence
// diagrams, ...: edges and labels, not statements).
bool ReadMermaid(std::string_view code, int first_line, BlockBuilder* builder);

}  // namespace kg::ingest::documents
