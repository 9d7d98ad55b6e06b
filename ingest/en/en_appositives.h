// A name's appositive ("fined Vantage Interactive, the Finnish maker of the Starfall mobile
// games, 412 million euros", "merge into Arvika Financial, the Nordic insurer, in a deal"):
// the parse hung the clause's amount or phrase on the appositive's noun, out of the clause,
// so the fact lost its amount or its object. The span from the name to the appositive's
// closing comma stands for the name in the parse text; the descriptor and noun-form rules
// still read the appositive in the sentence itself.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/mentions/mentions.h"
#include "ingest/sentences.h"

namespace kg::ingest {

// Spans "<name>, the|a|an <words>," for each mention followed by a closed appositive of two to
// twelve words with no finite verb (`finite`), no relative word and no name before an "of";
// none when the comma after it opens the last item of a list (", and").
std::vector<MergedSpan> AppositiveSpans(const Sentence& sentence,
                                        const std::vector<Mention>& mentions,
                                        const std::function<bool(const std::string&)>& finite);

}  // namespace kg::ingest
