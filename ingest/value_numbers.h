// Reading numbers and money at a byte position of a sentence: the primitives the value
// recognisers of values.cpp are built from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::value_numbers {

bool IsDigit(char c);
// Whether s holds `prefix` at byte `at`.
bool StartsWith(std::string_view s, size_t at, std::string_view prefix);
// The position after at most `max` spaces from i.
size_t SkipSpaces(std::string_view s, size_t i, size_t max = 2);
// Digits with thousands separators and an optional fraction: "5,000", "2.5", "3880".
bool ParseNumber(std::string_view s, size_t i, long double* value, size_t* end);
// An amount as kg's literal writes it: whole, or with two decimals.
std::string FormatAmount(long double v);
// "2조 3880억", "1천억", "4만 9,000": the number and the position after it (i when none).
size_t ParseKoreanNumber(std::string_view s, size_t i, long double* number);
// A count: "650억 개", "4만 9,000여 명", "270억" -- the number, then one of `counters` after at
// most one space (*counter, empty when none follows). Returns the end, or 0 without a number.
size_t ParseKoreanCount(std::string_view s, size_t i, const std::vector<std::string>& counters,
                        long double* count, std::string* counter);
// "2조 3880억원", "5,000억 달러", "24억 캐나다 달러", "1천억 원". Returns end or 0.
size_t ParseKoreanMoney(std::string_view s, size_t i, long double* amount, std::string* code);
// "$500 billion", "US$3 trillion", "€1.2 billion", "500 billion dollars". Returns end or 0.
size_t ParseEnglishMoney(std::string_view s, size_t i, long double* amount, std::string* code);

}  // namespace kg::ingest::value_numbers
