// Shared by the English extraction tests: run the English pipeline on a sentence and render
// its facts one line each, so a test compares strings ("Subject relation Object [q v]").
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "ingest/pipeline.h"

namespace kg::ingest {


inline const Pipeline& EnglishPipeline() {
  static const Pipeline* pipeline = [] {
    Result<Lexicon> lexicon = Lexicon::Default();
    Result<RelationVocabulary> relations = RelationVocabulary::Default();
    REQUIRE(lexicon.ok());
    REQUIRE(relations.ok());
    return new Pipeline(std::move(lexicon).value(), std::move(relations).value());
  }();
  return *pipeline;
}

// "Subject relation Object [qualifier value]... [negated]", one per fact.
inline std::vector<std::string> FactLines(const std::string& text, Extraction* x_out = nullptr) {
  PipelineOptions options;
  options.language = "en";
  options.date = "2025-03-11";
  auto run = EnglishPipeline().Run(text, options);
  REQUIRE(run.ok());
  Extraction x = std::move(run).value();
  std::vector<std::string> out;
  for (const ExtractedFact& f : x.facts) {
    std::string line = x.entities[static_cast<size_t>(f.subject)].name + " " + f.relation + " ";
    line += f.object_entity >= 0 ? x.entities[static_cast<size_t>(f.object_entity)].name
                                 : x.values[static_cast<size_t>(f.object_value)].literal.lexical;
    for (const auto& [k, v] : f.value_qualifiers) {
      line += " [" + k + " " + x.values[static_cast<size_t>(v)].literal.lexical + "]";
    }
    if (f.negated) line += " [negated]";
    out.push_back(line);
  }
  if (x_out) *x_out = std::move(x);
  return out;
}

// A sentence and the facts a reader finds in it (FactLines' form); each must be extracted.
struct Case {
  const char* sentence;
  std::vector<const char*> facts;
};

// The facts of `cases` that are not extracted from their sentence, as "sentence -> fact";
// each is also kept for the test's failure message.
template <size_t N>
std::vector<std::string> MissingFacts(const Case (&cases)[N]) {
  std::vector<std::string> missing;
  for (const Case& c : cases) {
    std::vector<std::string> got = FactLines(c.sentence);
    for (const char* want : c.facts) {
      if (std::find(got.begin(), got.end(), want) != got.end()) continue;
      missing.push_back(std::string(c.sentence) + " -> " + want);
      UNSCOPED_INFO("missing: " << missing.back());
    }
  }
  return missing;
}

// Every fact of `cases` is extracted from its sentence.
template <size_t N>
void CheckCases(const Case (&cases)[N]) {
  CHECK(MissingFacts(cases).empty());
}

// Whether `facts` (FactLines) has the line `want`.
inline bool Has(const std::vector<std::string>& facts, const std::string& want) {
  return std::find(facts.begin(), facts.end(), want) != facts.end();
}

// Whether some line of `facts` states `relation`.
inline bool HasRelation(const std::vector<std::string>& facts, const std::string& relation) {
  return std::any_of(facts.begin(), facts.end(), [&](const std::string& f) {
    return f.find(" " + relation + " ") != std::string::npos;
  });
}

}  // namespace kg::ingest
