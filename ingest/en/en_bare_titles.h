// "Chief financial officer Amira Haddad said the company ...", "X is considering a venture,
// Chairman and CEO Masayoshi Son said": a title with no organisation before it, opening the
// sentence or the reporting clause after a comma, before a person's name and a reporting verb.
// The organisation is the sentence's subject, or, for a sentence the title opens, the company
// the text is about (the organisation the last such sentence opened with) when the sentence
// points back to it ("the company"). Kept apart from en_titles.cpp, which reads an
// organisation's name written before the title.
#pragma once

#include <vector>

#include "ingest/en/en_anaphora.h"
#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

// Emits ceo_of for a vocabulary title of that relation and position_held (with the title as
// role) for any other title; `topic` is the organisation earlier sentences were about, or -1.
void BareTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                    const std::vector<ValueMention>& values, const RelationVocabulary& relations,
                    const EnglishWords& words, int topic, DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
