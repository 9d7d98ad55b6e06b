// A body that named parties form and name: "SoftBank and OpenAI announced a joint venture
// called SB OpenAI Japan", or a sentence after "A and B formed a joint venture" that opens
// "The venture, named HK Neural, ...": each party established the named body. Kept apart
// from the parse because the name and its founders are often in different sentences.
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// What an earlier sentence said of a venture: who formed it, and in which sentence.
struct VentureMemory {
  std::vector<int> parties;
  int sentence = -100;
};

// The span "The venture, named X" that opens a sentence, to be read as X alone by the parse
// (the mention index of X into `mentions`); none when the sentence opens otherwise.
std::vector<MergedSpan> VentureNameSpans(const Sentence& sentence, const std::vector<Mention>& mentions,
                                         const EnglishWords& words);

// Call after the sentence's other rules: remembers the parties of a venture formed in it (from
// its mutual facts, or "A and B <verb> a joint venture"), and emits established for the name
// a venture noun is given ("called X", "named X"), with the parties of this sentence or of
// the last two sentences' venture.
void VentureFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                  const EnglishWords& words, const RelationVocabulary& relations, DocEntities* ents,
                  FactSink* sink, VentureMemory* memory);

}  // namespace kg::ingest
