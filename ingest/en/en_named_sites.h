// A named site and the place after "in": "the group's Metaplant America factory in Georgia",
// "from Skarnes Spaceport in northern Norway". The parse attaches "in <Place>" to the verb as
// often as to the name, and the site rules (en_sites.h) read only sites written without a
// name; here a name that is a site (its last word, or the noun right after it, is an
// undertaking head of en_roles.json) is located in the place the phrase ends with.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// Emits <site> located_in <place> for "<site name> [head noun] in [direction word] <place>",
// the place a country or place by type or a one-word name WordNet first knows as a location,
// and the direction word ("northern") an adjective; none for a site placed already. A noun
// after the name heads the site only after a possessive ("the group's X factory").
void NamedSiteFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                    const EnglishWords& words, const RelationVocabulary& relations,
                    DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
