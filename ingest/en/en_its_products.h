// A company's product written after a possessive pronoun: "Samsung Electronics signed a deal
// ... to provide its HBM3E memory chips", "Orbital Lines, which was founded in 2017, will fly
// the satellites on its reusable Lynx-4 rocket", "Madrigal Pharmaceuticals, whose drug
// Rezdiffra was approved". The pronoun has no name the possessive product rule
// (en_possessions.h, "X's Y claims software") could read, so the company is found here: the
// antecedent of the last "X, which" (or "X, whose") before it, else the organisation that opens
// the sentence.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// "its [one modifier] NAME [up to two modifiers] <product noun>", "its <product noun> NAME" and
// "X, whose <product noun> NAME": the company develops NAME, unless a fact of the sentence
// already links them. Product nouns come from en_roles.json.
void PronounProductFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const EnglishWords& words, const RelationVocabulary& relations,
                         const DocEntities& ents, FactSink* sink);

}  // namespace kg::ingest
