// English names as news writes them: a full name first, then its first word alone ("Kallisto
// Semiconductor" ... "Kallisto"; a person's family name: "Marcus Hale" ... "Hale"), a spelling
// variant without the hyphen ("Park Jimin"), and a place glued to "-based" ("Osaka-based
// Hoshino Pharma"). Mentions are redirected to the document's full name.
#pragma once

#include <set>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// Rewrites `mentions` of `sentence` in place (still sorted, not overlapping); only entities
// of `named` (named earlier in the text) are full names to resolve to.
void ResolveEnglishNames(const Sentence& sentence, std::vector<Mention>* mentions,
                         DocEntities* entities, const std::set<int>& named);

// "Science Minister Yoo": a one-word untyped name before a minister's title is a portfolio,
// not an organisation. Returns the document's ministry or department whose name has the word
// ("Ministry of Science and ICT"), `org` itself when it is no portfolio word, or -1.
int PortfolioMinistry(int org, const DocEntities& entities);

}  // namespace kg::ingest
