// Tab completion for the REPL, apart from the line editor so it can be tested alone: from the
// text before the cursor it decides what goes there -- a dot-command or its argument after
// '.', a relation id where a pattern's relation goes, an entity name (as written, quoted when
// it has to be) where a name goes -- and what to insert.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

// Where completion finds names and relation ids (the graph, in the REPL).
class CompletionSource {
 public:
  virtual ~CompletionSource() = default;
  // Names and aliases, as written, that start with `prefix` (case-insensitively).
  virtual std::vector<std::string> Names(const std::string& prefix) = 0;
  virtual std::vector<std::string> Relations() = 0;
};

struct Completion {
  size_t start = 0;                     // byte offset in the line where the replaced token begins
  std::string insert;                   // replaces [start, cursor): the one candidate, or the
                                        // prefix all candidates share
  std::vector<std::string> candidates;  // what may go there, as it would be inserted
};

// Completes at the end of `line` (the current line up to the cursor). `pending` is what was
// typed on earlier lines of the same multi-line input (context only; never replaced).
Completion Complete(const std::string& pending, const std::string& line, CompletionSource& source);

}  // namespace kg::cli
