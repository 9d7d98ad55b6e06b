// The rewrites a sentence gets before Link Grammar parses it, in the order they apply: each
// mends one shape the parser misreads (a phrasal passive, a percentage passive, a report noun
// before a denied clause, an attribution tail). Kept in one place so the extractor asks for
// them once and a new one is added beside the others.
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"
#include "ingest/extraction.h"

namespace kg::ingest {

// `taken` (the caller's own rewrites, such as a clause cut out of the sentence) followed by
// every rewrite of en_passive_phrasals.h, en_holdings.h, en_report_nouns.h and
// (only with `without_tail`) en_attribution_tails.h that overlaps none taken before it. A tail
// is dropped only on a retry: on most sentences Link Grammar links the whole with its tail
// better than without it.
std::vector<Rewrite> ParseRewrites(const std::vector<Rewrite>& taken, const std::string& s,
                                   const std::vector<Mention>& mentions,
                                   const std::vector<ValueMention>& values,
                                   const EnglishWords& words, bool without_tail);

}  // namespace kg::ingest
