// Goods a clause's subject takes in or buys, and who they come from: "The center will house
// 15,000 GPUs bought from X", "The vans will use batteries from X", "the satellites would carry
// laser links made by X", "X's chips have been ordered by Y", "Y bought chips from X". The verb
// says only what the subject does with the goods; the phrase on the goods says whose they are, so X
// supplies the subject (a reading no verb of the vocabulary has).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/en/en_roles.h"
#include "ingest/en/en_words.h"
#include "ingest/relations.h"

namespace kg::ingest {

struct SourcedGoods {
  const Clause* intake = nullptr;  // the clause of the intake verb ("house", "use")
  std::vector<int> suppliers;      // linkage words of the names the goods come from
  RelationSense sense;             // supplies: a supplier supplies the intake's subject
};

// For each clause of `clauses` whose lemma is an intake verb of en_roles.json (intake_verbs:
// "use", "order") or a purchase verb (purchase_verbs: "buy"), and whose goods (the direct
// object, or a passive's subject) are all common nouns of no share, unit, site or company: the
// names after "from" on the goods or the verb; for an intake verb also the name before the
// goods' "'s" ("X's chips") and the names after "from" or "by" in a participle of a sourcing
// verb (sourcing_verbs) on the goods ("bought from X", "made by X"). They supply the clause's
// subject (a passive's agent).
std::vector<SourcedGoods> FindSourcedGoods(const LinkageReader& reader,
                                           const std::vector<Clause>& clauses,
                                           const EnglishWords& words,
                                           const RelationVocabulary& relations,
                                           const std::map<std::string, int>& names);

}  // namespace kg::ingest
