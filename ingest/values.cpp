// Values in a sentence -- money, dates, percentages, ranks -- read by a table of small
// hand-written recognisers (faster and clearer than regular expressions over UTF-8 bytes), and
// the words around a value that qualify it.
#include "ingest/values.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "ingest/value_numbers.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace value_numbers;

namespace {

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return m >= 1 && m <= 12 ? kDays[m - 1] : 0;
}

std::string DateLexical(int y, int m, int d) {
  char buf[32];
  if (y && m && d) std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  else if (y && m) std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
  else if (y) std::snprintf(buf, sizeof(buf), "%04d", y);
  else std::snprintf(buf, sizeof(buf), "--%02d-%02d", m, d);
  return buf;
}

Literal DateLiteral(int y, int m, int d) {
  const char* dt = y && m && d ? kXsdDate : y && m ? kXsdGYearMonth : y ? kXsdGYear : kXsdGMonthDay;
  return Literal{DateLexical(y, m, d), dt, ""};
}

// The eojeol before byte `i` (without trailing spaces).
std::string_view PreviousWord(std::string_view s, size_t i) {
  size_t end = i;
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t start = end;
  while (start > 0 && s[start - 1] != ' ') --start;
  return s.substr(start, end - start);
}

// English words before a bare year that make it a date ("in 2017", not "2017 units").
bool IsYearPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"in", "since", "by", "until", "till", "from", "during", "of",
                                 "early", "late", "mid", "before", "after", "In", "Since", "By"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

constexpr std::string_view kMonthNames[] = {"january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"};

int EnglishMonth(std::string_view s, size_t i, size_t* end) {
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonthNames[m];
    for (size_t len : {full.size(), size_t{3}}) {
      if (i + len > s.size()) continue;
      bool eq = true;
      for (size_t k = 0; k < len; ++k) {
        if (std::tolower(static_cast<unsigned char>(s[i + k])) != full[k]) eq = false;
      }
      if (!eq) continue;
      size_t j = i + len;
      if (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) continue;
      if (len == 3 && j < s.size() && s[j] == '.') ++j;
      *end = j;
      return m + 1;
    }
  }
  return 0;
}

}  // namespace

bool IsEnglishMonthName(std::string_view word) {
  size_t end = 0;
  return EnglishMonth(word, 0, &end) > 0 && end == word.size();
}

bool ParseFullDate(std::string_view s, DocDate* out) {
  for (size_t i = 0; i + 8 <= s.size(); ++i) {
    if (!IsDigit(s[i]) || (i > 0 && IsDigit(s[i - 1]))) continue;
    size_t j = i;
    int y = 0;
    while (j < s.size() && IsDigit(s[j]) && j - i < 4) y = y * 10 + (s[j++] - '0');
    if (j - i != 4 || y < 1900 || y > 2200) continue;
    bool korean = StartsWith(s, j, "년");
    char sep = korean ? 0 : (j < s.size() ? s[j] : 0);
    if (!korean && sep != '.' && sep != '-' && sep != '/') continue;
    j += korean ? std::strlen("년") : 1;
    j = SkipSpaces(s, j);
    int m = 0;
    size_t ms = j;
    while (j < s.size() && IsDigit(s[j]) && j - ms < 2) m = m * 10 + (s[j++] - '0');
    if (j == ms || m < 1 || m > 12) continue;
    if (korean) {
      if (!StartsWith(s, j, "월")) continue;
      j += std::strlen("월");
      j = SkipSpaces(s, j);
    } else {
      if (j >= s.size() || s[j] != sep) continue;
      ++j;
    }
    int d = 0;
    size_t ds = j;
    while (j < s.size() && IsDigit(s[j]) && j - ds < 2) d = d * 10 + (s[j++] - '0');
    if (j == ds || d < 1 || d > DaysInMonth(y, m)) continue;
    *out = DocDate{y, m, d};
    return true;
  }
  // English: "February 4, 2025", "Feb. 4 2025".
  for (size_t i = 0; i < s.size(); ++i) {
    if (!std::isalpha(static_cast<unsigned char>(s[i])) ||
        (i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1])))) {
      continue;
    }
    size_t me;
    int m = EnglishMonth(s, i, &me);
    if (!m) continue;
    size_t j = SkipSpaces(s, me, 1);
    int d = 0;
    size_t ds = j;
    while (j < s.size() && IsDigit(s[j]) && j - ds < 2) d = d * 10 + (s[j++] - '0');
    if (j == ds) continue;
    if (j < s.size() && s[j] == ',') ++j;
    j = SkipSpaces(s, j, 1);
    int y = 0;
    size_t ys = j;
    while (j < s.size() && IsDigit(s[j]) && j - ys < 4) y = y * 10 + (s[j++] - '0');
    if (j - ys != 4 || y < 1900 || y > 2200 || d < 1 || d > DaysInMonth(y, m)) continue;
    *out = DocDate{y, m, d};
    return true;
  }
  return false;
}

namespace {

bool AtWordStart(std::string_view s, size_t i) {
  return i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == ',' ||
         static_cast<unsigned char>(s[i - 1]) >= 0x80;
}

// The first digit of a number that starts a word.
bool AtNumberStart(std::string_view s, size_t i) {
  return IsDigit(s[i]) && (i == 0 || !IsDigit(s[i - 1])) && AtWordStart(s, i);
}

// Each recogniser reads one kind of value written at byte i of s: on a match it fills the
// value's kind, literal, begin and end (and may set its text) and returns true; otherwise it
// leaves the value as it was.

// Relative years: 지난해, 작년, 올해, 내년 ("올해 2월" is left to the month rule).
bool RelativeYear(std::string_view s, size_t i, const DocDate& doc, ValueMention* v) {
  if (!doc.known()) return false;
  struct Rel {
    const char* text;
    int delta;
  };
  static constexpr Rel kRelative[] = {{"지난해", -1}, {"작년", -1}, {"올해", 0}, {"금년", 0}, {"내년", 1}};
  for (const Rel& r : kRelative) {
    if (!StartsWith(s, i, r.text)) continue;
    size_t after = i + std::strlen(r.text);
    size_t k = SkipSpaces(s, after, 1);
    if (k < s.size() && IsDigit(s[k])) return false;
    v->kind = ValueMention::Kind::kDate;
    v->literal = DateLiteral(doc.year + r.delta, 0, 0);
    v->year_inferred = true;
    v->begin = i;
    v->end = after;
    v->text = std::string(s.substr(i, after - i));
    return true;
  }
  return false;
}

// '24.3월, ’23.10월: a two-digit year and its month.
bool ShortYearMonth(std::string_view s, size_t i, const DocDate&, ValueMention* v) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (!(c == '\'' || StartsWith(s, i, "\xE2\x80\x99") || StartsWith(s, i, "\xE2\x80\x98"))) return false;
  size_t j = i + (c == '\'' ? 1 : 3);
  if (!(j + 2 < s.size() && IsDigit(s[j]) && IsDigit(s[j + 1]) && s[j + 2] == '.')) return false;
  int yy = (s[j] - '0') * 10 + (s[j + 1] - '0');
  size_t k = j + 3;
  int m = 0;
  size_t ms = k;
  while (k < s.size() && IsDigit(s[k]) && k - ms < 2) m = m * 10 + (s[k++] - '0');
  if (!(k > ms && m >= 1 && m <= 12 && StartsWith(s, k, "월"))) return false;
  v->kind = ValueMention::Kind::kDate;
  v->literal = DateLiteral(2000 + yy, m, 0);
  v->begin = i;
  v->end = k + std::strlen("월");
  v->text = std::string(s.substr(v->begin, v->end - v->begin));
  return true;
}

bool Money(std::string_view s, size_t i, size_t e, long double amount, const std::string& code,
           ValueMention* v) {
  if (!e) return false;
  v->kind = ValueMention::Kind::kMoney;
  v->literal = Literal{FormatAmount(amount) + " " + code, kKgAmount, ""};
  v->begin = i;
  v->end = e;
  return true;
}

// Money after a currency sign: $, US$, €, £.
bool SignedMoney(std::string_view s, size_t i, const DocDate&, ValueMention* v) {
  if (!(s[i] == '$' || StartsWith(s, i, "US$") || StartsWith(s, i, "\xE2\x82\xAC") ||
        StartsWith(s, i, "\xC2\xA3"))) {
    return false;
  }
  long double amount;
  std::string code;
  size_t e = ParseEnglishMoney(s, i, &amount, &code);
  return Money(s, i, e, amount, code, v);
}

// Money written with a number first: 5,000억 원, 10 billion dollars.
bool NumberMoney(std::string_view s, size_t i, const DocDate&, ValueMention* v) {
  if (!AtNumberStart(s, i)) return false;
  long double amount;
  std::string code;
  size_t e = ParseKoreanMoney(s, i, &amount, &code);
  if (!e) e = ParseEnglishMoney(s, i, &amount, &code);
  return Money(s, i, e, amount, code, v);
}

// A full date: 2024-03-05, 2024.3.5, 2024년 3월 5일.
bool FullDate(std::string_view s, size_t i, const DocDate&, ValueMention* v) {
  if (!AtNumberStart(s, i)) return false;
  DocDate full;
  if (!ParseFullDate(s.substr(i, 24), &full) ||
      s.substr(i, 4).find_first_not_of("0123456789") != std::string_view::npos) {
    return false;
  }
  // Find where the full date ends: re-scan its shape.
  size_t j = i + 4;
  bool korean = StartsWith(s, j, "년");
  j += korean ? std::strlen("년") : 1;
  j = SkipSpaces(s, j);
  while (j < s.size() && IsDigit(s[j])) ++j;
  j += korean ? std::strlen("월") : 1;
  j = SkipSpaces(s, j);
  while (j < s.size() && IsDigit(s[j])) ++j;
  if (korean && StartsWith(s, j, "일")) j += std::strlen("일");
  v->kind = ValueMention::Kind::kDate;
  v->literal = DateLiteral(full.year, full.month, full.day);
  v->begin = i;
  v->end = j;
  return true;
}

// "N일" after a month, one space at most between: the day (1 to max_day) in *day and *end
// moved past it, or false and both left as they were.
bool ReadDay(std::string_view s, size_t from, int max_day, int* day, size_t* end) {
  size_t k = SkipSpaces(s, from, 1);
  long double dv;
  size_t de;
  if (!(ParseNumber(s, k, &dv, &de) && StartsWith(s, de, "일") && dv >= 1 && dv <= max_day)) return false;
  *day = static_cast<int>(dv);
  *end = de + std::strlen("일");
  return true;
}

// 2024년 [N월 [N일]].
bool KoreanYear(std::string_view s, size_t i, int y, size_t ne, ValueMention* v) {
  int m = 0, d = 0;
  size_t j = ne + std::strlen("년");
  size_t k = SkipSpaces(s, j, 1);
  long double mv;
  size_t me;
  if (ParseNumber(s, k, &mv, &me) && StartsWith(s, me, "월") && mv >= 1 && mv <= 12) {
    m = static_cast<int>(mv);
    j = me + std::strlen("월");
    ReadDay(s, j, DaysInMonth(y, m), &d, &j);
  }
  v->kind = ValueMention::Kind::kDate;
  v->literal = DateLiteral(y, m, d);
  v->begin = i;
  v->end = j;
  return true;
}

// N월 [N일]: the year comes from the context (지난해, 내년, 지난, 오는, the document's date).
bool KoreanMonth(std::string_view s, size_t i, int m, size_t ne, const DocDate& doc, ValueMention* v) {
  int d = 0;
  size_t j = ne + std::strlen("월");
  ReadDay(s, j, 31, &d, &j);
  std::string_view prev = PreviousWord(s, i);
  int y = 0;
  // "지난해 9월": the word that gives the year is part of the date. Left outside it, the word
  // would stand alone, and the dictionary reads 지난해 as a verb too (지난하다 + -해).
  bool year_word = prev == "지난해" || prev == "작년" || prev == "내년" || prev == "올해" || prev == "금년";
  if (doc.known()) {
    y = doc.year;
    if (prev == "지난해" || prev == "작년" || prev.rfind("지난해", 0) == 0) y = doc.year - 1;
    if (prev == "내년") y = doc.year + 1;
    bool past = prev == "지난";
    bool future = prev == "오는";
    int md = m * 100 + (d ? d : 1), doc_md = doc.month * 100 + doc.day;
    if (past && md > doc_md) y -= 1;
    if (future && md < doc_md) y += 1;
  }
  if (!y && !d) return false;
  v->kind = ValueMention::Kind::kDate;
  v->literal = DateLiteral(y, m, d);  // no year: --MM-DD
  v->year_inferred = y != 0;
  v->begin = year_word && y != 0 ? static_cast<size_t>(prev.data() - s.data()) : i;
  v->end = j;
  return true;
}

// N%, N퍼센트, N%p.
bool Percent(std::string_view s, size_t i, long double n, size_t ne, ValueMention* v) {
  size_t j = ne + (s[ne] == '%'                      ? 1
                   : StartsWith(s, ne, " percent")   ? std::strlen(" percent")
                   : StartsWith(s, ne, " ")          ? 1 + std::strlen("퍼센트")
                                                     : std::strlen("퍼센트"));
  if (StartsWith(s, j, "p")) ++j;  // %p: percentage points
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", static_cast<double>(n));
  v->kind = ValueMention::Kind::kPercent;
  v->literal = Literal{buf, kKgPercent, ""};
  v->begin = i;
  v->end = j;
  return true;
}

// A number and the unit that makes it a value: a year, a month, a percentage, a rank.
bool NumberWithUnit(std::string_view s, size_t i, const DocDate& doc, ValueMention* v) {
  if (!AtNumberStart(s, i)) return false;
  long double n;
  size_t ne;
  if (!ParseNumber(s, i, &n, &ne)) n = -1, ne = i;
  int num = n >= 0 && n < 1e6L ? static_cast<int>(n) : -1;
  bool whole = n == num;
  if (StartsWith(s, ne, "년") && num >= 1900 && num <= 2200 && whole) return KoreanYear(s, i, num, ne, v);
  if (num >= 1900 && num <= 2200 && whole && ne == i + 4 &&
      (ne >= s.size() || !std::isalnum(static_cast<unsigned char>(s[ne]))) &&
      IsYearPreposition(PreviousWord(s, i))) {
    // English "in 2017", "since 2020": a year after a preposition of time.
    v->kind = ValueMention::Kind::kDate;
    v->literal = DateLiteral(num, 0, 0);
    v->begin = i;
    v->end = ne;
    return true;
  }
  if (StartsWith(s, ne, "월") && num >= 1 && num <= 12 && whole) return KoreanMonth(s, i, num, ne, doc, v);
  bool english_percent = StartsWith(s, ne, " percent") &&
                         (ne + 8 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[ne + 8])));
  if (StartsWith(s, ne, "%") || StartsWith(s, ne, " 퍼센트") || StartsWith(s, ne, "퍼센트") || english_percent) {
    return Percent(s, i, n, ne, v);
  }
  if (StartsWith(s, ne, "위") && whole && num >= 1 && num <= 1000) {
    // N위: a rank, unless 위 starts another word (위해, 위원회).
    size_t j = ne + std::strlen("위");
    std::string_view after = s.substr(j, 3);
    if (after == "해" || after == "원" || after == "한" || after == "기") return false;
    v->kind = ValueMention::Kind::kRank;
    v->literal = Literal{std::to_string(num), kXsdInteger, ""};
    v->begin = i;
    v->end = j;
    return true;
  }
  return false;
}

// English month names: "January 20, 2025", "Jan. 20", "March 2025".
bool EnglishMonthDate(std::string_view s, size_t i, const DocDate& doc, ValueMention* v) {
  if (!(std::isalpha(static_cast<unsigned char>(s[i])) && AtWordStart(s, i))) return false;
  size_t me;
  int m = EnglishMonth(s, i, &me);
  if (!m) return false;
  size_t k = SkipSpaces(s, me, 1);
  long double dv;
  size_t de;
  long double yv0;
  size_t ye0;
  if (ParseNumber(s, k, &yv0, &ye0) && yv0 >= 1900 && yv0 <= 2200 && ye0 == k + 4) {
    v->kind = ValueMention::Kind::kDate;
    v->literal = DateLiteral(static_cast<int>(yv0), m, 0);
    v->begin = i;
    v->end = ye0;
    return true;
  }
  if (!(ParseNumber(s, k, &dv, &de) && dv >= 1 && dv <= 31)) return false;
  int d = static_cast<int>(dv), y = 0;
  size_t j = de;
  size_t k2 = j;
  if (k2 < s.size() && s[k2] == ',') ++k2;
  k2 = SkipSpaces(s, k2, 1);
  long double yv;
  size_t ye;
  if (ParseNumber(s, k2, &yv, &ye) && yv >= 1900 && yv <= 2200) {
    y = static_cast<int>(yv);
    j = ye;
  } else if (doc.known()) {
    y = doc.year;
    v->year_inferred = true;
  }
  v->kind = ValueMention::Kind::kDate;
  v->literal = DateLiteral(y, m, d);
  v->begin = i;
  v->end = j;
  return true;
}

// Words around a value that qualify it: 약, 대략, about (approximate); 최대, up to, 이하
// (a maximum); 최소, at least, 이상 (a minimum); 부터, since, 까지 (a period's start or end).
void ReadModifiers(std::string_view s, ValueMention* v) {
  std::string_view prev = PreviousWord(s, v->begin);
  if (prev == "약" || prev == "대략" || prev == "about" || prev == "around" || prev == "approximately" ||
      prev == "roughly" || prev == "nearly") {
    v->approx = true;
  }
  if (prev == "최대" || prev == "최고" || prev == "up") v->bound = "max";
  if (prev == "최소" || prev == "적어도" || prev == "least") v->bound = "min";
  if (StartsWith(s, v->end, "여")) v->approx = true;
  size_t after = SkipSpaces(s, v->end, 1);
  if (StartsWith(s, after, "이상")) v->bound = "min";
  if (StartsWith(s, after, "이하") || StartsWith(s, after, "미만")) v->bound = "max";
  if (StartsWith(s, v->end, "부터") || StartsWith(s, v->end, "since")) v->date_role = "start";
  if (StartsWith(s, v->end, "까지")) v->date_role = "end";
}

struct Recogniser {
  bool (*read)(std::string_view s, size_t i, const DocDate& doc, ValueMention* v);
  bool modifiers;  // whether the words around it qualify the value
};

// Tried in this order at each position; the first that matches wins.
constexpr Recogniser kRecognisers[] = {
    {RelativeYear, false}, {ShortYearMonth, false}, {SignedMoney, true},     {NumberMoney, true},
    {FullDate, true},      {NumberWithUnit, true},  {EnglishMonthDate, true},
};

}  // namespace

std::vector<ValueMention> FindValues(std::string_view s, const DocDate& doc) {
  std::vector<ValueMention> out;
  size_t i = 0;
  while (i < s.size()) {
    ValueMention v;
    const Recogniser* hit = nullptr;
    for (const Recogniser& r : kRecognisers) {
      if (r.read(s, i, doc, &v)) {
        hit = &r;
        break;
      }
    }
    if (hit) {
      if (hit->modifiers) ReadModifiers(s, &v);
      if (v.text.empty()) v.text = std::string(s.substr(v.begin, v.end - v.begin));
      out.push_back(v);
      i = v.end;
      continue;
    }
    // Advance one character.
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return out;
}

std::string HumanAmount(const std::string& lexical) {
  size_t space = lexical.find(' ');
  if (space == std::string::npos) return lexical;
  long double v = std::strtold(lexical.c_str(), nullptr);
  const char* names[] = {"trillion", "billion", "million"};
  long double scales[] = {1e12L, 1e9L, 1e6L};
  for (int k = 0; k < 3; ++k) {
    if (v >= scales[k]) {
      char buf[64];
      std::snprintf(buf, sizeof(buf), "%.4Lg %s", v / scales[k], names[k]);
      return std::string(buf) + lexical.substr(space);
    }
  }
  return lexical;
}

}  // namespace kg::ingest
