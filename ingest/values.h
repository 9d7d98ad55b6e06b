// Values written in text: money with Korean myriad units (만/억/조) and currencies, dates
// (absolute, partial, '24.3월, relative to the document's date), percentages and ranks.
// Each becomes a typed literal: "1200000000 EUR"^^kg:amount, "2025-01-20"^^xsd:date,
// "2024-03"^^xsd:gYearMonth, "63.3"^^kg:percent, "3"^^xsd:integer (rank).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/base/model.h"

namespace kg::ingest {

struct DocDate {
  int year = 0, month = 0, day = 0;  // 0 = unknown
  bool known() const { return year > 0; }
};

struct ValueMention {
  enum class Kind { kMoney, kDate, kPercent, kRank };
  Kind kind = Kind::kMoney;
  size_t begin = 0, end = 0;  // bytes in the sentence
  Literal literal;
  std::string text;           // as written
  bool approx = false;        // 약, 대략, ~여, about
  std::string bound;          // "max" (최대, up to), "min" (최소, at least) or empty
  bool year_inferred = false; // a date whose year came from the document's date
  std::string date_role;      // "start" (부터, since), "end" (까지, by) or empty
};

// Every value in `sentence`, in order, not overlapping.
std::vector<ValueMention> FindValues(std::string_view sentence, const DocDate& doc_date);

// A date written in a document's footer or byline ("2025.05.04", "2025-05-04",
// "2025년 5월 4일"); false when `text` holds none.
bool ParseFullDate(std::string_view text, DocDate* out);

// True when `word` (any case) is an English month name or its three-letter abbreviation.
bool IsEnglishMonthName(std::string_view word);

// "1200000000 EUR" -> "1.2 billion EUR", for people (table output keeps the literal).
std::string HumanAmount(const std::string& lexical);

inline constexpr char kXsdDate[] = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr char kXsdGYearMonth[] = "http://www.w3.org/2001/XMLSchema#gYearMonth";
inline constexpr char kXsdGYear[] = "http://www.w3.org/2001/XMLSchema#gYear";
inline constexpr char kXsdGMonthDay[] = "http://www.w3.org/2001/XMLSchema#gMonthDay";
inline constexpr char kXsdInteger[] = "http://www.w3.org/2001/XMLSchema#integer";

}  // namespace kg::ingest
