// What `filter` compares: a value read as a number with its unit ("1200000000 EUR"), a date
// written to some precision (2024, 2024-06, 2024-06-15), or text; and the comparison itself.
#pragma once

#include <string>

#include "kg/query/bound_query.h"

namespace kg {

struct Comparable {
  enum class Kind { kNumber, kDate, kText };
  Kind kind = Kind::kText;
  double number = 0;
  std::string unit;  // kNumber: upper-cased unit or currency, empty for a plain number
  std::string text;  // as written (a date's digits, a text's characters)
};

// Reads `text` (a literal's lexical form, an entity's name, or a filter's constant). A quoted
// constant is text whatever it looks like.
Comparable ReadComparable(const std::string& text, bool quoted = false);

// Whether `value OP constant` holds:
// - numbers compare as numbers; a constant with a unit only matches values in that unit;
// - dates compare at the coarser of the two precisions (2024-06-15 >= 2024-06 holds, > does
//   not); a four-digit whole number stands for a year when the other side is a date;
// - texts compare case-insensitively for = and !=, byte-wise (code point order) otherwise;
// - values of kinds that do not compare satisfy only !=.
bool Compare(const Comparable& value, BoundFilter::Op op, const Comparable& constant);

}  // namespace kg
