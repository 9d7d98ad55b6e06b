// Where a name is from, read off the words that describe it: "Osaka-based Hoshino Pharma",
// "Norwegian utility Nordvik Energy", "South Korea's largest carrier Haneul Telecom",
// "Dunmore Systems, a California-based rival of Kallisto", "X, the Finnish maker of Y",
// "Stockholm media group Nordhavn Media" all state located_in.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

// Emits located_in facts for the descriptors of `mentions` in `sentence`. `demonyms` maps a
// nationality adjective ("Norwegian") to its country's name ("Norway"); `breaks` are the words
// that end a descriptor ("of", "that": "a rival of X" does not describe X).
// Returns the mentions with the places that only describe the next name ("Osaka" of
// "Osaka-based Hoshino Pharma") left out: they are no party of the clause. `spans` gets each
// descriptor with its name, as the parse should read it: the name alone ("Norwegian utility
// Nordvik Energy" -> the placeholder of Nordvik Energy; mention indexes into the result).
std::vector<Mention> DescriptorFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                                     const std::vector<ValueMention>& values,
                                     const std::map<std::string, std::string>& demonyms,
                                     const std::set<std::string>& breaks,
                                     const RelationDef& located_in, DocEntities* ents,
                                     FactSink* sink, std::vector<MergedSpan>* spans);

// Where the appositive or predicate noun phrase whose head noun begins at `noun` starts,
// walking back over a copula and article and, after an article, up to four modifiers
// ("is a member", ", a California-based rival", ", a Cambridge, Massachusetts-based
// developer"): the byte before which its subject ends. `noun` itself when nothing is walked.
size_t NounPhraseStart(const std::string& sentence, size_t noun);

// A kind of thing written without a name after a relation noun's "of" ("a maker of electric
// delivery vans", "developer of RNA drugs for heart disease" -> "RNA drugs"): at most four
// words, none of them capitalised unless all upper case, up to the first word of `breaks`
// or punctuation; empty when there is none.
std::string KindPhraseAt(const std::string& sentence, size_t at, const std::set<std::string>& breaks);

}  // namespace kg::ingest
