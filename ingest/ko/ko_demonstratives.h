// "이 보고서는", "이번 프로젝트에": a demonstrative before a kind noun points back to the thing of
// that kind the text has just named. The extractor reads such a phrase as that name, so what the
// sentence says of "this report" is said of the report.
#pragma once

#include <vector>

#include "ingest/extraction.h"
#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_extract.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// The chunks of `sentence` with each phrase that is only a demonstrative (ko_grammar.json:
// demonstratives) and a kind noun (lexicon.json: ko_after_name) given as referent the latest
// entity of that kind named before it -- earlier in the sentence or in the last few sentences
// (`discourse`); a referent of no known type takes the kind's. Returns false, leaving *out
// untouched, when no phrase points back to a name.
bool ResolveDemonstratives(const Sentence& sentence, const std::vector<Mention>& mentions,
                           DocEntities* entities, const Discourse& discourse, const Chunked& chunks,
                           Chunked* out);

// Adds the names `sentence` mentions to discourse->named and forgets those of sentences too far
// back to be pointed at.
void RememberNamed(const Sentence& sentence, const std::vector<Mention>& mentions,
                   Discourse* discourse);

}  // namespace kg::ingest
