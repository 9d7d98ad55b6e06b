// "X is suing Y over a failed launch, court filings show.": a reporting clause after the last
// comma names only who says the sentence. Link Grammar links it as the main clause with the
// rest as its complement, and on some verbs ("is suing") that parse reads the complement to no
// fact, so the verbs are then read by no rule. The parse reads the sentence without it; the
// title and person rules still read the tail's words from the sentence itself.
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"

namespace kg::ingest {

// `taken` followed by a rewrite dropping the attribution tail of `s` (the last comma up to the
// final stop): a noun phrase of up to six words without a relative word or "that", then a
// finite reporting verb (en_roles.json reporting_verbs), then at most a short phrase of time or
// manner without a verb ("on Monday", "in a statement"). Nothing is dropped when the tail
// overlaps a rewrite already taken or the rest would be a bare fragment.
std::vector<Rewrite> WithoutAttributionTail(const std::vector<Rewrite>& taken, const std::string& s,
                                            const EnglishWords& words);

}  // namespace kg::ingest
