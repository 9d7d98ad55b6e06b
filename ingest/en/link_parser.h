// English sentence structure from Link Grammar: the words of the best linkage and the labelled
// links between them. The only file that includes Link Grammar; its English dictionary is
// loaded on first use, once per process, so Korean-only runs never pay for it.
#pragma once

#include <string>
#include <vector>

namespace kg::ingest {

struct LinkWord {
  std::string text;  // as parsed, without Link Grammar's subscript ("signed")
  std::string tag;   // the subscript ("v-d", "n", "m"), empty when none
  size_t begin = 0, end = 0;  // bytes in the parsed text; begin == end for the walls
};

struct LinkEdge {
  int left = 0, right = 0;  // word indexes, left < right
  std::string label;        // "Ss*s", "Os", "MVp", "Jp", ...
};

struct LinkParse {
  std::vector<LinkWord> words;
  std::vector<LinkEdge> links;
  int null_count = 0;  // words the linkage leaves out
};

enum class ParseOutcome {
  kParsed,       // `out` holds the best linkage
  kTimedOut,     // the time bound ran out before a linkage was found
  kNoLinkage,    // no linkage even with a few words left out, or the sentence is too long
  kUnavailable,  // the English dictionary could not be loaded
};

struct LinkParserLimits {
  int max_seconds = 1;    // Link Grammar's own timer (whole seconds)
  int max_words = 30;     // longer sentences are not parsed at all (surface rules)
  int max_null_words = 0; // words a second try may leave out (0: no second try)
  int linkage_limit = 20;
};

class LinkParser {
 public:
  // The process-wide parser; loads the English dictionary on first call (thread-safe).
  static const LinkParser& Shared();

  bool available() const { return dictionary_ != nullptr; }
  // Parses `text` (a plain English sentence). Thread-safe; never prints.
  ParseOutcome Parse(const std::string& text, const LinkParserLimits& limits, LinkParse* out) const;

 private:
  LinkParser();
  void* dictionary_ = nullptr;  // Dictionary
};

}  // namespace kg::ingest
