// The price after a name's appositive: "agreed to acquire Corvid Biosciences, a Boston-based
// developer of RNA drugs, for $6.5 billion", "took over X, a maker of vans, for $1.1 billion".
// The parse hangs "for $6.5 billion" from the appositive's last noun, outside the verb's clause,
// so the fact about the name has no amount and "How much will Novartis pay for Corvid?" finds
// nothing.
#pragma once

#include <vector>

#include "ingest/en/en_values.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/mentions.h"
#include "ingest/values.h"

namespace kg::ingest {

// For each fact of the sentence with an entity object and no amount: when the object's name is
// followed by ", <words without a full stop or another name's fact>, for <money>", the money
// becomes the fact's amount.
void AppositiveAmounts(const Sentence& sentence, const std::vector<Mention>& mentions,
                       const std::vector<ValueMention>& values, FactSink* sink);

}  // namespace kg::ingest
