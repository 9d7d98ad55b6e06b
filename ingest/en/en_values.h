// English dates written relative to the document's date ("last month", "on Monday", "earlier
// this year"), added to the values FindValues finds; and the notes that keep a fact's amount
// and date as written ("$6.5 billion", "last month"), as the Korean rules keep theirs.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/extraction.h"
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

}  // namespace kg::ingest
