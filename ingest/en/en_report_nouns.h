// "X denied reports that Y would buy a stake in Z": Link Grammar links "reports that ..." as a
// noun with a clause of its own only with some subjects ("that it plans to" links, "that Y
// would" does not), and the denied clause is then lost. After a negating verb that takes a
// "that" clause itself (en_roles.json report_verbs: "deny"; not "reject"), a report noun
// (report_nouns: "reports", "claims", "rumours") says nothing the clause needs: the parse reads
// "X denied that Y would buy a stake in Z", the clause denied as before.
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"

namespace kg::ingest {

// `taken` followed by a rewrite dropping each report noun of `s` between a report verb that is
// a negating verb and "that", where it overlaps none of them.
std::vector<Rewrite> WithoutReportNouns(const std::vector<Rewrite>& taken, const std::string& s,
                                        const EnglishWords& words);

}  // namespace kg::ingest
