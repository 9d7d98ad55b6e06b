// A joint venture its partners announce in one sentence and name in the same or a later one:
// "A and B said they would form a joint venture ... The venture, called X, will be based in
// Madrid". Nothing in the naming sentence says who set X up; the partnership before does.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// The partners of the last sentence that both states partnered_with and has a venture noun.
struct VentureMemory {
  std::vector<int> partners;
  int sentence = 0;
  int status = -1;  // the partnership's status value ("planned"), or -1
};

// Call after the sentence's other rules. Records the partners of a sentence with a word of
// en_roles.json's venture_nouns and partnered_with facts; then, for a name right after a venture
// noun and a naming word ("a joint venture called X", "The venture, named X,") within a few
// sentences of the partnership: each partner established X. When the sentence opens with the
// venture ("The venture, called X, will be based in P"): X located_in P.
void VentureFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                  const EnglishWords& words, const RelationVocabulary& relations,
                  const DocEntities& ents, VentureMemory* memory, FactSink* sink);

}  // namespace kg::ingest
