// A site that a clause builds without naming it: "plans to build a $450 million manufacturing
// plant in Raleigh", "is building a second launch pad at the spaceport". The object is a common
// noun phrase, which has no mention the parse-based rules could resolve, so the relation would
// be lost; this makes the site an entity of its own and states where it is.
#pragma once

#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_roles.h"
#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/values.h"

namespace kg::ingest {

// What a clause's site is read with: the parse, the sentence and where facts go.
struct SiteReading {
  const LinkageReader& reader;
  const PreparedText& prepared;
  const Sentence& sentence;
  const std::vector<Mention>& mentions;
  const std::vector<ValueMention>& values;
  const EnglishWords& words;
  DocEntities* ents;
  FactSink* sink;
};

// The sites among clause `c`'s direct objects when `sense` is a relation of en_roles.json's
// site_objects: an object whose head is an undertaking head noun ("plant", "pad") and that
// names nothing. Each is named by its phrase without determiner or amount ("cell plant"), put
// after its place ("in X", "at X": "X cell plant", located_in X) or, with no place, after the
// first of `owners`; the bare phrase is its alias.
std::vector<int> BuiltSites(const Clause& c, const RelationSense& sense,
                            const std::vector<int>& owners, const SiteReading& at);

}  // namespace kg::ingest
