// Link Grammar does not read some phrasal participles as a passive after a form of "be": in
// "Kaja Labs was set up in 2019 by A and B" it takes "set" for an infinitive, so the agents are
// lost or, with a relative clause after them, become the object of an active "set up" (A
// founded_by Kaja Labs). When a name follows "by" in the clause, the parse reads in its place a
// one-word participle of the relation the active phrase states (en_roles.json
// misread_participles: "set up" -> "founded", as "A set up X" is X founded_by A).
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// `taken` followed by a rewrite for each misread participle of `s` that overlaps none of them.
std::vector<Rewrite> WithPassivePhrasals(const std::vector<Rewrite>& taken, const std::string& s,
                                         const std::vector<Mention>& mentions,
                                         const EnglishWords& words);

}  // namespace kg::ingest
