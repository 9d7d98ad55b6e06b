// A company selling a unit it names in an apposition: "X sold its dermatology unit, Y, to Z
// for $95 million", "X will sell W's card-payment unit, Y, to Z". The verb's sense in the
// vocabulary ("sell to": supplies) reads only the seller and the buyer; the unit between them
// is what the buyer acquires.
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
// noun closing the object of a verb of en_roles.json's sale_verbs in the same clause, and
// "to" with an organisation after the second comma (maybe after its descriptor): the buyer
// acquired Y, with the amount written right after it ("for $95 million"); planned when a
// planned auxiliary or verb comes right before the verb ("will sell", "agreed to sell"); none
// when the clause is denied.
void UnitSaleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                   const std::vector<ValueMention>& values, const EnglishWords& words,
                   const RelationVocabulary& relations, const DocEntities& ents, FactSink* sink);

// True when `lemma` is a sale verb and one of its objects (`objects`, entities) is an
// organisation: the company itself is sold ("Pagora, which Telmar sold to Intesa Sanpaolo"),
// so the verb's "sell to" sense (the seller supplies the buyer) does not hold. `untyped`: a
// name of no type counts too (a relative clause's antecedent, which is a name, not a product
// phrase).
bool SoldCompany(const std::string& lemma, const std::vector<int>& objects, const EnglishWords& words,
                 const DocEntities& ents, bool untyped = false);

}  // namespace kg::ingest
