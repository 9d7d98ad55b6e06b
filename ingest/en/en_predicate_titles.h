// A person who serves as, becomes, or is appointed or named as "its <title>" or "<ORG>'s
// <title>": "X, who serves as its chief scientific officer", "Y CEO X is to become its
// chairman", "Z appointed X, ..., as its new chief financial officer". The possessive titles
// of en_possessive_titles.h stand before a name; these stand after a verb, so neither the
// title rules nor the parse (which reads no relation in "serve as <title>") state them.
#pragma once

#include <vector>

#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// For " as its ", " become its " (and "as <ORG>'s "): the title is up to four lower-case words
// ending in a title noun of ceo_of or position_held, or in "officer" ("new" and "next" are left
// out of the role); the person is the nearest person named before the cue; "its" is the
// organisation the sentence is about (its first organisation, not the person). States ceo_of
// for a vocabulary title of that relation, else position_held with the title as its role.
void PredicateTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const RelationVocabulary& relations, DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
