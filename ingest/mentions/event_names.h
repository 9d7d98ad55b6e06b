// Names of held events (ko_grammar.json event_nouns): a quoted or bold name that ends in an
// event noun ('디지털 전환 국제 콘퍼런스', **서울 AI 신뢰 포럼 2025**) is an Event, and a quoted
// name with an event noun right after it ('X' 출범식) names the event 'X 출범식' while X
// stays a name of its own.
#pragma once

#include <string>
#include <vector>

#include "ingest/mentions/doc_entities.h"

namespace kg::ingest {

// The event noun a name (split at spaces) ends in: its last word, that word's end when the
// name has two words or more (한-사우디 투자포럼), or the word before a closing year (포럼
// 2025); empty when it names no event. One word alone (코드포럼) is not read.
std::string EventNounOfName(const std::vector<std::string>& words);

// Registers a bold span that names an event (**서울 AI 신뢰 포럼 2025**) as an Event; false
// when the span is no event's name, leaving `entities` as they were.
bool LearnEmphasizedEvent(const std::string& span, DocEntities* entities);

}  // namespace kg::ingest
