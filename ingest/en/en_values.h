// English dates written relative to the document's date ("last month", "on Monday", "earlier
// this year"), added to the values FindValues finds; and the notes that keep a fact's amount
// and date as written ("$6.5 billion", "last month"), as the Korean rules keep theirs.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions/mentions.h"
#include "ingest/values.h"

namespace kg::ingest {

// `found` plus the relative dates of `sentence` that no value of `found` covers, in order;
// amounts after "up to", "at least", "about" get their bound or approximation.
// Without a document date there is nothing to resolve against and `found` is returned as is.
std::vector<ValueMention> WithRelativeDates(std::string_view sentence, const DocDate& doc,
                                            std::vector<ValueMention> found);

// Sets fact->notes "<key>_text" (and _approx, _bound) for its amount and date qualifiers and
// for a value object, from the value mentions of its sentence.
void NoteValues(const std::vector<ValueMention>& values, const Extraction& out,
                ExtractedFact* fact);

// What an amount is spent on, from the words right after it: "$5 billion in X" or "on a X"
// gives X's mention index (`*named`); true when a target is written at all ("in the
// project", "in AI data centers"), false when none is or the phrase is a time ("in fiscal
// 2025", "in the first quarter"). An amount with a target is no investment_amount.
bool AmountHasTarget(std::string_view sentence, size_t amount_end, const std::vector<Mention>& mentions,
                     const std::set<std::string>& time_words, int* named);

}  // namespace kg::ingest
