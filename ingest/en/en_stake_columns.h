// A table that gives each row's stake: "| Partner | Stake in Solaria Compute |" over "| Telmar |
// 50% |", or a cell that writes it out ("| Harlan | Seller of its 72% stake in Brightwell |").
// The row's key (its first cell) owns that part of the company the header or cell names; no
// clause states it, so the parse-based rules never see it.
#pragma once

#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/values.h"

namespace kg::ingest {

// owner_of facts, with the percentage, of a table row whose first cell is a name: for each
// later cell that is a percentage under a header "<holding noun> in <name>", or that holds
// "<percentage> <holding noun> in <name>".
void StakeColumnFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                      const std::vector<ValueMention>& values, const EnglishWords& words,
                      const DocEntities& ents, FactSink* sink);

}  // namespace kg::ingest
