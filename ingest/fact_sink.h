// Where extractors put what they find: values interned once per document, facts with their
// evidence span and rule, duplicates (same subject, relation, object, polarity, qualifiers in
// one sentence) dropped, self-relations refused.
#pragma once

#include <map>
#include <string>

#include "ingest/extraction.h"
#include "ingest/values.h"

namespace kg::ingest {

class FactSink {
 public:
  explicit FactSink(Extraction* out) : out_(out) {}

  int Value(const Literal& literal, const std::string& text);
  int Value(const ValueMention& v) { return Value(v.literal, v.text); }

  // Adds the fact (sentence, span and rule must be set). False if refused or a duplicate.
  bool Add(ExtractedFact fact);
  // Adds "subject relation object" between two entities, its evidence the byte span [begin, end)
  // of `text`, the sentence's text.
  bool AddLink(int subject, const std::string& relation, int object, int sentence,
               const std::string& text, size_t begin, size_t end, std::string rule);

  Extraction* out() { return out_; }

 private:
  Extraction* out_;
  std::map<std::string, int> values_;
  std::map<std::string, size_t> seen_;
};

// Character offsets (code points) of a byte span of `text`.
void CharSpan(const std::string& text, size_t begin, size_t end, int* start, int* stop);

}  // namespace kg::ingest
