// "Rui Tavares, a former executive at Portuguese grid operator REN, was named": a person's
// apposition with an indefinite title and the organisation after "at" or "of". The surface title
// rules read "X, <vocabulary title> of Y" (no article) and titles before a name; the parse reads
// the apposition as no clause. Kept apart: it reads only the words of the apposition.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// "PERSON, a|an [former] <title> at|of [descriptor words] ORG" closed by a comma or the
// sentence's end: ceo_of for a vocabulary title of that relation (not "former"), else
// position_held with the title as role. The title is up to three lower-case words ending in a
// person noun or a vocabulary title; the person is a name that WordNet does not end in a common
// noun.
void IndefiniteTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                          const EnglishWords& words, const RelationVocabulary& relations,
                          DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
