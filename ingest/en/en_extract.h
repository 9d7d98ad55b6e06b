// English relation extraction from a Link Grammar parse: mentions become placeholder names,
// the sentence is parsed within a time bound, and each clause's roles (subject, object,
// prepositional object, passive agent, light-verb noun, modality, negation) are matched
// against the relation vocabulary and its WordNet synonyms. A sentence the parser cannot link
// in time falls back to the surface rules (en_surface.h) and is counted.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ingest/en/en_anaphora.h"
#include "ingest/en/en_surface.h"
#include "ingest/en/en_ventures.h"
#include "ingest/en/en_words.h"
#include "ingest/en/link_parser.h"
#include "ingest/fact_sink.h"
#include "ingest/ko/ko_extract.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

struct EnglishStats {
  int parsed = 0;     // sentences read from a linkage
  int fallbacks = 0;  // sentences the parser could not link in time (surface rules used)
  int skipped = 0;    // sentences with no relation word: nothing to parse
  std::vector<std::string>* trace = nullptr;  // when set: each parsed text (for tools)
  std::set<int> named;      // entities named outside headlines so far (full names to resolve to)
  std::set<int> own_names;  // entities running text named as written (not redirected)
  DefiniteHeads definite;   // what "the center", "the chain" point back to
  VentureMemory venture;    // the partners of the last joint venture announced
};

class EnglishExtractor {
 public:
  explicit EnglishExtractor(const RelationVocabulary& relations);
  ~EnglishExtractor();

  // Redirects short and variant names to the document's full names (call before Extract);
  // a headline's capitalised words are not names and its mentions are dropped.
  void ResolveNames(const Sentence& sentence, std::vector<Mention>* mentions, DocEntities* entities,
                    EnglishStats* stats) const;
  void Extract(const Sentence& sentence, const std::vector<Mention>& mentions,
               const std::vector<ValueMention>& values, const DocDate& date, DocEntities* entities,
               Discourse* discourse, FactSink* sink, EnglishStats* stats) const;

  void set_limits(const LinkParserLimits& limits) { limits_ = limits; }

 private:
  struct Run;
  const RelationVocabulary& relations_;
  std::unique_ptr<EnglishWords> words_;  // null when the tables failed to load
  EnglishSurfaceRules surface_;          // reads words_: declared after it
  LinkParserLimits limits_;
};

}  // namespace kg::ingest
