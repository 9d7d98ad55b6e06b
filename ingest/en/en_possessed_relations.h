// A relation noun between a possessive and a name: "its Japanese partner Helvar Labs", "the
// company's Chilean unit, Norte Solar", "Arden's rival Kestrel Works". The possessor and the name
// stand in the noun's relation (relations.json gives it and its direction: "partner" ->
// partnered_with, "unit" -> owner_of with the possessor the owner, "supplier" -> the name
// supplies the possessor). The apposition the other way round ("X, Y's German supplier") is
// read by the surface rules (en_surface.cpp); this reads the name after the noun.
#pragma once

#include <vector>

#include "ingest/en/en_anaphora.h"
#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// "<possessor> [up to two modifiers] <noun> NAME" and "..., <noun>, NAME," with the noun one of
// en_roles.json's possessed_relation_nouns. The possessor is a named organisation with "'s",
// "the <organisation noun>'s" (the organisation the sentence opens with), "the <noun>'s" (the
// organisation the definite noun points back to) or "its" (the organisation the sentence opens
// with, else the only one named before it). A person possessor, or a person, place or country for
// the name, gives nothing. A nationality modifier ("Japanese partner") places the name in its
// country (located_in).
void PossessedRelationFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                            const EnglishWords& words, const DefiniteHeads& definite,
                            const RelationVocabulary& relations, DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
