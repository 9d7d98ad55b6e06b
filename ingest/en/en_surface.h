// English surface rules: subject-verb-object around the vocabulary's verb forms (active, passive
// with "by", negated with not/never, planned with will/plans to), noun forms ("X is a member
// of Y"), title appositions ("Naver CEO Choi Soo-yeon", "Sundar Pichai, CEO of Google"), lists
// distributed. The fallback for a sentence Link Grammar cannot link in time, and the noun and
// title rules for every sentence.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/fact_sink.h"
#include "ingest/ko/ko_extract.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

class EnglishSurfaceRules {
 public:
  // `words` (may be null) must outlive the rules.
  EnglishSurfaceRules(const RelationVocabulary& relations, const EnglishWords* words);
  void Extract(const Sentence& sentence, const std::vector<Mention>& mentions,
               const std::vector<ValueMention>& values, DocEntities* entities,
               Discourse* discourse, FactSink* sink, bool with_verbs = true) const;

 private:
  struct VerbEntry {
    std::string surface;  // lower case, may contain a space
    const RelationDef* relation;
    const VerbForm* form;
    bool participle;
  };
  struct Pass;  // one sentence's pass of the rules (en_surface_pass.h)
  const RelationVocabulary& relations_;
  const EnglishWords* words_;
  std::vector<VerbEntry> verbs_;  // longest first
  std::vector<std::pair<std::string, const RelationDef*>> titles_;
};

}  // namespace kg::ingest
