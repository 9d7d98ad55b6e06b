// Reading values for comparison, and comparing them.
#include "kg/query/filter.h"

#include <cctype>
#include <cstdlib>

#include "kg/base/unicode.h"

namespace kg {

namespace {

bool AllDigits(const std::string& s, size_t from, size_t to) {
  if (from >= to || to > s.size()) return false;
  for (size_t i = from; i < to; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD (a partial date as kg stores them).
bool IsDate(const std::string& s) {
  if (s.size() == 4) return false;  // a bare year is a number until compared with a date
  if (s.size() != 7 && s.size() != 10) return false;
  if (!AllDigits(s, 0, 4) || s[4] != '-' || !AllDigits(s, 5, 7)) return false;
  return s.size() == 7 || (s[7] == '-' && AllDigits(s, 8, 10));
}

bool IsYear(const Comparable& c) {
  return c.kind == Comparable::Kind::kNumber && c.unit.empty() && c.text.size() == 4 &&
         AllDigits(c.text, 0, 4);
}

template <typename T>
bool Holds(const T& a, BoundFilter::Op op, const T& b) {
  switch (op) {
    case BoundFilter::Op::kLt: return a < b;
    case BoundFilter::Op::kLe: return a <= b;
    case BoundFilter::Op::kGt: return a > b;
    case BoundFilter::Op::kGe: return a >= b;
    case BoundFilter::Op::kEq: return a == b;
    case BoundFilter::Op::kNe: return a != b;
  }
  return false;
}

}  // namespace

Comparable ReadComparable(const std::string& raw, bool quoted) {
  Comparable c;
  c.text = raw;
  if (quoted) return c;
  if (IsDate(raw)) {
    c.kind = Comparable::Kind::kDate;
    return c;
  }
  const char* begin = raw.c_str();
  char* end = nullptr;
  double v = std::strtod(begin, &end);
  if (end == begin || std::isalpha(static_cast<unsigned char>(*begin))) return c;  // inf, nan
  std::string rest(end);
  size_t start = rest.find_first_not_of(' ');
  std::string unit = start == std::string::npos ? "" : rest.substr(start);
  for (char ch : unit) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return c;  // "2025-01-20 draft", "3/4"
  }
  if (!unit.empty() && start == 0) return c;  // "3rd", "10x": a word, not a number and unit
  c.kind = Comparable::Kind::kNumber;
  c.number = v;
  c.text = raw.substr(0, static_cast<size_t>(end - begin));
  for (char ch : unit) c.unit.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  return c;
}

bool Compare(const Comparable& value, BoundFilter::Op op, const Comparable& constant) {
  using Kind = Comparable::Kind;
  const bool ne = op == BoundFilter::Op::kNe;
  if (value.kind == Kind::kNumber && constant.kind == Kind::kNumber) {
    if (!constant.unit.empty() && value.unit != constant.unit) return ne;
    return Holds(value.number, op, constant.number);
  }
  bool value_date = value.kind == Kind::kDate || (IsYear(value) && constant.kind == Kind::kDate);
  bool constant_date =
      constant.kind == Kind::kDate || (IsYear(constant) && value.kind == Kind::kDate);
  if (value_date && constant_date) {
    size_t n = std::min(value.text.size(), constant.text.size());
    return Holds(value.text.compare(0, n, constant.text, 0, n), op, 0);
  }
  if (value.kind == Kind::kText && constant.kind == Kind::kText) {
    if (op == BoundFilter::Op::kEq || ne) {
      return Holds(kg::FoldName(value.text), op, kg::FoldName(constant.text));
    }
    return Holds(value.text, op, constant.text);
  }
  return ne;
}

}  // namespace kg
