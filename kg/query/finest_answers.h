// A natural question's answers, each said once at its finest: an answer that another answer
// states more exactly goes -- a place that holds another answer ("Japan" beside "Osaka", which
// the graph has located in Japan) and a date another answer narrows ("2024" beside "2024-12").
// Asked "where is X based?", a reader wants the city, not the city and its country; patterns
// are answered as written.
#pragma once

#include "kg/base/status.h"
#include "kg/query/result_set.h"
#include "kg/storage/store.h"

namespace kg {

// Drops such rows of a one-column result (with their row_facts). `located_in` is the
// relation a place is held by; invalid when the question asks for no place ("who leads
// open-weight AI?" answers China and DeepSeek, which is in China): places are then left.
Status KeepFinestAnswers(const ReadView& view, TermId located_in, ResultSet* result);

}  // namespace kg
