// A file of Korean word analyses kept between runs, so a process that meets only words
// analysed before never loads the Hunspell dictionary (about half a second of start-up per
// process otherwise). It is only a cache: a line it cannot read is skipped, a file it cannot
// write is ignored, and a different dictionary (size, mtime) or different grammar data the
// analyses are derived with (ko_grammar.json) gets a different file.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/ko/morphology.h"

namespace kg::ingest {

class AnalysisCacheFile {
 public:
  // `path` empty: a cache that remembers nothing. The file is read once here.
  explicit AnalysisCacheFile(std::string path);

  // The analysis stored for `word`, or null.
  const WordAnalysis* Find(const std::string& word) const;
  // Remembers an analysis to be written by Flush().
  void Add(const std::string& word, const WordAnalysis& analysis);
  // Appends what was added since the last flush (one write, O_APPEND); failures are ignored.
  void Flush();

  // Where the cache for the dictionary at `aff`/`dic`, analysed with the grammar data
  // `grammar` (any text standing for the data the analyses depend on), lives: $KG_CACHE_DIR,
  // else $XDG_CACHE_HOME/kg, else $HOME/.cache/kg; empty when KG_CACHE_DIR=off or no home.
  static std::string PathFor(const std::string& aff, const std::string& dic,
                             std::string_view grammar);

  // One analysis as one line (without newline) and back; exposed for tests.
  static std::string Encode(const std::string& word, const WordAnalysis& analysis);
  static bool Decode(std::string_view line, std::string* word, WordAnalysis* analysis);

 private:
  std::string path_;
  std::unordered_map<std::string, WordAnalysis> entries_;
  std::string pending_;
};

}  // namespace kg::ingest
