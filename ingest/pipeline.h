// Document text -> Extraction: normalise, split sentences, learn the names the text defines,
// find mentions and values, then extract facts with the Korean or English rules. Plain data
// in and out; no storage, no I/O.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/documents/document.h"
#include "ingest/extraction.h"
#include "ingest/lexicon.h"
#include "ingest/relations.h"
#include "kg/base/status.h"

namespace kg::ingest {

struct PipelineOptions {
  std::string date;      // ISO date the document is written on; inferred when empty
  std::string language;  // "ko" or "en"; detected when empty
  DocumentFormat format = DocumentFormat::kText;  // Markdown and HTML are read into blocks
  std::vector<std::string>* parse_trace = nullptr;  // English: each text given to the parser
};

class Pipeline {
 public:
  // The pipeline keeps its own copies of the lexicon and vocabulary.
  Pipeline(Lexicon lexicon, RelationVocabulary relations);
  ~Pipeline();

  // REQUIRES: valid UTF-8 without NUL bytes (callers check and report). Fails only when a
  // tool the language needs is missing (NotFound: the Korean dictionary).
  Result<Extraction> Run(std::string_view text, const PipelineOptions& options) const;

  const Lexicon& lexicon() const;
  const RelationVocabulary& relations() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::ingest
