// English names as news writes them: a full name first, then its first word alone ("Kallisto
// Semiconductor" ... "Kallisto"; a person's family name: "Marcus Hale" ... "Hale"), a spelling
// variant without the hyphen ("Park Jimin"), and a place glued to "-based" ("Osaka-based
// Hoshino Pharma"). Mentions are redirected to the document's full name.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// Rewrites `mentions` of `sentence` in place (still sorted, not overlapping); only entities
// of `named` (named earlier in the text) are full names to resolve to. A capitalised common
// word opening the sentence before an organisation's name ("Rival lender X") is dropped and
// the name's mention takes it in, unless it is one of `demonyms` ("Chinese group X", read by
// the descriptor rules). A one-word name of `own_names` (one a sentence of running text used
// on its own) is not redirected to a longer name that starts with it: "Enervia said ..." then
// "its unit, Enervia Brasil" then "Enervia gained" names two companies.
void ResolveEnglishNames(const Sentence& sentence, std::vector<Mention>* mentions,
                         DocEntities* entities, const std::set<int>& named,
                         const std::map<std::string, std::string>& demonyms = {},
                         const std::set<int>& own_names = {});

// "Science Minister Yoo": a one-word untyped name before a minister's title is a portfolio,
// not an organisation. Returns the document's ministry or department whose name has the word
// ("Ministry of Science and ICT"), `org` itself when it is no portfolio word, or -1.
int PortfolioMinistry(int org, const DocEntities& entities);

}  // namespace kg::ingest
