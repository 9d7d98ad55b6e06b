// A company selling a unit it names in an apposition: "X sold its dermatology unit, Y, to Z
// for $95 million", "X will sell W's card-payment unit, Y, to Z", or a company it names right
// after the verb ("X sold Y to Z"). The verb's sense in the vocabulary ("sell to": supplies)
// reads only the seller and the buyer; the company between them is what the buyer acquires.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

// For a name between commas right after a unit noun of en_roles.json ("unit, Y,"), the unit
// noun closing the object of a verb of en_roles.json's sale_verbs in the same clause, or a
// name (not typed Product) right after such a verb ("sold Y to Z"), and "to" with an
// organisation after it (maybe after its descriptor): the buyer acquired Y, with the amount
// written right after it ("for $95 million"); planned when a planned auxiliary or verb comes
// before the verb ("will sell", "agreed to sell"); none when the clause is denied.
void UnitSaleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                   const std::vector<ValueMention>& values, const EnglishWords& words,
                   const RelationVocabulary& relations, const DocEntities& ents, FactSink* sink);

// True when `lemma` is a sale verb and one of its objects (`objects`, entities) is an
// organisation or a name of no type: the company itself is sold ("sold Y to Z", "Y, which X
// sold to Z"), so the verb's "sell to" sense (the seller supplies the buyer) does not hold. A
// product phrase ("sold its K1 vans to Z") is typed Product; goods written as a common noun
// name nothing.
bool SoldCompany(const std::string& lemma, const std::vector<int>& objects,
                 const EnglishWords& words, const DocEntities& ents);

}  // namespace kg::ingest
