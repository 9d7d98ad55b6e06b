// An organisation's own unit or site written with a possessive: "Walmart will bring its fintech
// venture OnePay", "built at the group's Metaplant America factory": the possessor owns the
// named unit (owner_of). A possessive name before a product noun and a product's name ("X's lead
// drug, Y", "X's Y claims software") states that the possessor develops the product. The possessor is a pronoun or a definite noun phrase, which the
// parse-based rules leave unread, so this reads the words around the name.
#pragma once

#include "ingest/en/en_anaphora.h"
#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// "its <unit noun> NAME", "its NAME <unit noun>", "the <noun>'s <unit noun> NAME", "ORG's unit,
// NAME" (and with the noun after the name): owner_of from the possessor to NAME. "its" is the nearest organisation
// named before it in the sentence; "the group's" the sentence's or an earlier name the noun
// heads. Unit nouns come from en_roles.json.
void PossessedUnitFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                        const EnglishWords& words, const DefiniteHeads& definite,
                        const RelationVocabulary& relations, DocEntities* ents, FactSink* sink);

// "X's [up to two modifiers] <product noun>, NAME" and "X's NAME [modifiers] <product noun>":
// X develops NAME, unless a fact of the sentence already links them ("X's Y design, unveiled in
// 2023": released). X is a named organisation; product nouns come from en_roles.json.
void PossessedProductFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                           const EnglishWords& words, const RelationVocabulary& relations,
                           DocEntities* ents, FactSink* sink);

// PossessedUnitFacts, PossessedRelationFacts (en_possessed_relations.h), PossessiveTitleFacts
// (en_possessive_titles.h), PossessedProductFacts, then
// PronounProductFacts (en_its_products.h).
void PossessionFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                     const EnglishWords& words, const DefiniteHeads& definite,
                     const RelationVocabulary& relations, DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
