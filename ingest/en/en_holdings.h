// What a holding verb's clause says is held, and a passive of holding the parse misreads:
// "owns 72% of X", "will hold a 60 percent stake in X", "will own all of X", "X is 35% owned
// by Y". Kept apart from en_extract.cpp, which reads the relation and the parties.
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_roles.h"
#include "ingest/en/en_words.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/values.h"

namespace kg::ingest {

// The heads of what clause `c` (a holding verb's) says its subject holds part of: the "of"
// object of a percentage or of "all" ("owns 72% of X", "will own all of X": `*whole` set),
// the "in" object of a holding noun a percentage modifies ("a 60 percent stake in X"). Empty
// when the clause names no such part.
std::vector<int> HeldHeads(const Clause& c, const LinkageReader& reader, const EnglishWords& words,
                           bool* whole);

// "X is 35% owned by Y": Link Grammar reads "35% owned by Y" as the object of "is", losing
// the passive. Rewrites the percentage between a form of "be" and a holding verb's
// participle followed by "by" into an adverb ("X is partly owned by Y"), which maps back to
// the percentage's bytes so the clause still carries it.
std::vector<Rewrite> WithPercentPassives(const std::vector<Rewrite>& taken, const std::string& s,
                                         const std::vector<ValueMention>& values,
                                         const EnglishWords& words);

}  // namespace kg::ingest

namespace kg::ingest {

// "X, Y's largest shareholder with a 24% stake": the percentage of a holding noun written
// right after an owner noun ("shareholder with a 24% stake", "owner, with a 60% holding")
// is the part the noun's owner_of facts of the sentence hold.
void StakeOfOwnerNoun(const Sentence& sentence, const std::vector<ValueMention>& values,
                      const EnglishWords& words, FactSink* sink);

}  // namespace kg::ingest
