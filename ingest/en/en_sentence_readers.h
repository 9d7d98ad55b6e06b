// The English readers that look at a sentence's names and words directly rather than at its
// parse: each states the facts of one construction (a joint venture, a unit sold, a funding
// round, a possession, a named site, a table of stakes). They run after the parse, in one
// place, so the extractor's own file keeps to the clause and its parse.
#pragma once

#include <vector>

#include "ingest/en/en_extract.h"
#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

// Runs every direct reader on the sentence; `descriptors` are the name descriptors the
// extractor merged ("search giant Naver"), `stats` keeps the document's venture memory and
// what "the center" points back to.
void SentenceReaderFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const std::vector<MergedSpan>& descriptors,
                         const std::vector<ValueMention>& values, const EnglishWords& words,
                         const RelationVocabulary& relations, EnglishStats* stats,
                         DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
