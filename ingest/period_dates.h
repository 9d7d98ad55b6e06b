// A timeline's period dates its events (Block::period, Sentence::period): the facts a sentence
// of an event states get the period's date when their own text gave them none.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "ingest/fact_sink.h"
#include "ingest/values.h"

namespace kg::ingest {

// The date a period names when that is all it says: "1997", "1997년", "2016년 3월",
// "March 2016". None for a span or an age ("2022-", "1990년대", "2023년 상반기").
std::optional<ValueMention> PeriodDate(std::string_view period);

// Facts first_fact.. of the sink's extraction that have no date get `period`'s date, if any.
void DateByPeriod(std::string_view period, size_t first_fact, FactSink* sink);

}  // namespace kg::ingest
