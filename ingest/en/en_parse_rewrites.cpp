// The chain of rewrites before the parse: see en_parse_rewrites.h.
#include "ingest/en/en_parse_rewrites.h"

#include "ingest/en/en_attribution_tails.h"
#include "ingest/en/en_holdings.h"
#include "ingest/en/en_passive_phrasals.h"
#include "ingest/en/en_report_nouns.h"

namespace kg::ingest {

std::vector<Rewrite> ParseRewrites(const std::vector<Rewrite>& taken, const std::string& s,
                                   const std::vector<Mention>& mentions,
                                   const std::vector<ValueMention>& values,
                                   const EnglishWords& words, bool without_tail) {
  std::vector<Rewrite> out = WithPassivePhrasals(taken, s, mentions, words);
  out = WithPercentPassives(out, s, values, words);
  out = WithoutReportNouns(out, s, words);
  return without_tail ? WithoutAttributionTail(out, s, words) : out;
}

}  // namespace kg::ingest
