// A funding round and who led it: "X was valued at $2 billion in a funding round led by Y",
// "Y, which led its $60 million funding round", "Y led X's seed round". The leader of a
// company's round invested in the company; the parse reads the round as a noun, not a verb.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/sentences.h"
#include "ingest/values.h"

namespace kg::ingest {

// For each phrase of en_roles.json's round_nouns ("funding round") led by a name (a word of
// round_lead_words right after it with "by", or before it after the name): the leader
// invested_in the round's company, the name before "'s" in the round's phrase, else the name
// that opens the sentence ("its round", "X raised ... in a round led by Y"); never a person or
// a place, never the leader itself. The date nearest the round qualifies the fact.
void FundingRoundFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                       const std::vector<ValueMention>& values, const EnglishWords& words,
                       const RelationVocabulary& relations, const DocEntities& ents,
                       FactSink* sink);

}  // namespace kg::ingest
