// "포럼은 A와 B가 주최했다": a bare event noun (ko_grammar.json event_nouns) opening a sentence
// stands for the event of that kind the text named just before (**서울 AI 신뢰 포럼 2025**), so
// what the sentence says of "the forum" is said of that event.
#pragma once

#include <vector>

#include "ingest/extraction.h"
#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_extract.h"
#include "ingest/mentions/doc_entities.h"

namespace kg::ingest {

// The chunks of `sentence` with its opening phrase, when that phrase is only an event noun,
// given as referent the latest Event of the last two sentences whose name has that noun as a
// word or ends in it. Returns false, leaving *out untouched, when there is none.
bool ResolveEventNouns(const Sentence& sentence, const DocEntities& entities,
                       const Discourse& discourse, const Chunked& chunks, Chunked* out);

}  // namespace kg::ingest
