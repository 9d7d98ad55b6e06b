// Object relative clauses about a name: "OnePay, which it formed with Ribbit Capital in 2021",
// "HL-GA Battery Company, the joint venture Hyundai formed with LG Energy Solution": the name
// is the object of the clause's verb, and a partner after "with" did it together with the
// clause's subject. "Pagora, which X sold to Z": Z acquired the name (the vocabulary's "sell
// to" reads a supplier, wrong for a company sold).
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

// Emits, for each such clause, subject REL name (and partner REL name, subject partnered_with
// partner) for the vocabulary verbs' past forms. A pronoun subject ("which it formed") is the
// sentence's first name. `words` (may be null) gives the sale verbs and product nouns.
void ObjectRelativeFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const std::vector<ValueMention>& values,
                         const RelationVocabulary& relations, const EnglishWords* words,
                         DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
