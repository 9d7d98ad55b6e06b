// Values typed for scripts (DESIGN.md "JSON output"): an amount's number and currency, a
// date's parts, a count or a percentage as a number, beside the display text and the text as
// written -- what SPARQL's JSON results say with a datatype.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kg/engine.h"

namespace kg::cli {

// {"type": "amount"|"date"|"count"|"number"|"percent"|"quantity"|"boolean"|"string"|"entity",
//  "text": display text, then what the type adds ("number", "currency", "date", "year",
//  "month", "day", "unit", "value", "at_least"), and "as_written" when known}.
// `kind` says what the text is: an entity's name, a literal value, or a computed answer
// (kText: a count when `datatype` is xsd:integer, yes/no when xsd:boolean).
nlohmann::ordered_json TypedValue(const std::string& text, const std::string& datatype,
                                  Cell::Kind kind, const std::string& as_written);

// Typed values of every cell of row `row` of `result`, by column name. A value's text as
// written comes from the notes of the row's facts ("amount_text": "12억 유로").
nlohmann::ordered_json TypedRow(const ResultSet& result, size_t row);

// The fact's qualifiers typed, by key.
nlohmann::ordered_json TypedQualifiers(const FactView& fact);

}  // namespace kg::cli
