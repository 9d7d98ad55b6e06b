// An English table row whose first cell names a company and whose next cell is what it does,
// written as a verb phrase against a header ("| Company | What it will do |", "| Fynkabel |
// Supply export cables to Utsira Vest |"): the row is a clause with the key for its subject.
// The document reader hands a row over as its cells joined by "; ", which no parse reads as a
// clause, and the verb written with a capital looks like a name.
#pragma once

#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/extraction.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// The rewrites that make the row a clause: the key, "will" when the verb cell's header says
// "will", the verb phrase with its first letter lower-case; the later cells dropped. Empty
// when the sentence is no table row or its second cell does not open with a verb.
std::vector<Rewrite> TableRowClause(const Sentence& sentence);

// Whether mention `m` is the capitalised verb opening a table row's verb-phrase cell ("Supply"
// of "Supply turbines to X"), which is no name.
bool IsTableRowVerb(const Sentence& sentence, const Mention& m);

}  // namespace kg::ingest
