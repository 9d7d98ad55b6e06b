// Hand-written scanners for money, dates, percentages and ranks (faster and clearer than
// regular expressions over UTF-8 bytes).
#include "ingest/values.h"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool StartsWith(std::string_view s, size_t at, std::string_view prefix) {
  return s.size() >= at + prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

size_t SkipSpaces(std::string_view s, size_t i, size_t max = 2) {
  size_t n = 0;
  while (i < s.size() && s[i] == ' ' && n < max) ++i, ++n;
  return i;
}

// Digits with thousands separators and an optional fraction: "5,000", "2.5", "3880".
bool ParseNumber(std::string_view s, size_t i, long double* value, size_t* end) {
  if (i >= s.size() || !IsDigit(s[i])) return false;
  long double v = 0;
  size_t j = i;
  while (j < s.size() && (IsDigit(s[j]) || (s[j] == ',' && j + 3 < s.size() + 1 &&
                                            j + 1 < s.size() && IsDigit(s[j + 1])))) {
    if (s[j] != ',') v = v * 10 + (s[j] - '0');
    ++j;
  }
  if (j + 1 < s.size() && s[j] == '.' && IsDigit(s[j + 1])) {
    ++j;
    long double scale = 0.1L;
    while (j < s.size() && IsDigit(s[j])) {
      v += (s[j] - '0') * scale;
      scale /= 10;
      ++j;
    }
  }
  // Longer digit strings are identifiers or junk, not amounts (and would not fit a double).
  if (v >= 1e15L) return false;
  *value = v;
  *end = j;
  return true;
}

std::string FormatAmount(long double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-6L) {
    std::snprintf(buf, sizeof(buf), "%.0Lf", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.2Lf", v);
  }
  return buf;
}

struct Currency {
  const char* text;
  const char* code;
};
// Longest first: "캐나다 달러" before "달러".
const Currency kCurrencies[] = {
    {"캐나다 달러", "CAD"}, {"캐나다달러", "CAD"}, {"호주 달러", "AUD"},   {"호주달러", "AUD"},
    {"홍콩 달러", "HKD"},   {"홍콩달러", "HKD"},   {"싱가포르 달러", "SGD"}, {"대만 달러", "TWD"},
    {"미국 달러", "USD"},   {"미 달러", "USD"},    {"달러", "USD"},       {"원화", "KRW"},
    {"원", "KRW"},          {"유로", "EUR"},       {"엔화", "JPY"},       {"엔", "JPY"},
    {"위안", "CNY"},        {"파운드", "GBP"},     {"루피", "INR"},       {"USD", "USD"},
    {"EUR", "EUR"},         {"KRW", "KRW"},        {"JPY", "JPY"},        {"CNY", "CNY"},
    {"GBP", "GBP"},         {"dollars", "USD"},    {"dollar", "USD"},     {"euros", "EUR"},
    {"euro", "EUR"},        {"won", "KRW"},        {"yen", "JPY"},        {"yuan", "CNY"},
    {"pounds", "GBP"},
};

struct Unit {
  const char* text;
  long double factor;
};
const Unit kMyriads[] = {{"경", 1e16L}, {"조", 1e12L}, {"억", 1e8L}, {"만", 1e4L}};
const Unit kSmall[] = {{"천", 1e3L}, {"백", 1e2L}, {"십", 1e1L}};
const Unit kEnglishScale[] = {{"trillion", 1e12L}, {"billion", 1e9L}, {"million", 1e6L},
                              {"thousand", 1e3L},  {"tn", 1e12L},      {"bn", 1e9L},
                              {"mn", 1e6L}};

// "2조 3880억원", "5,000억 달러", "24억 캐나다 달러", "1천억 원". Returns end or 0.
size_t ParseKoreanMoney(std::string_view s, size_t i, long double* amount, std::string* code) {
  long double total = 0, cur = 0;
  size_t j = i;
  bool any_unit = false;
  while (true) {
    size_t num_end;
    if (!ParseNumber(s, j, &cur, &num_end)) break;
    j = num_end;
    for (const Unit& u : kSmall) {  // 1천억 = 1000억
      if (StartsWith(s, j, u.text)) {
        cur *= u.factor;
        j += std::strlen(u.text);
        break;
      }
    }
    bool unit = false;
    for (const Unit& m : kMyriads) {
      if (StartsWith(s, j, m.text)) {
        total += cur * m.factor;
        cur = 0;
        j += std::strlen(m.text);
        unit = any_unit = true;
        break;
      }
    }
    if (!unit) break;
    size_t k = SkipSpaces(s, j, 1);
    if (k < s.size() && IsDigit(s[k])) {
      j = k;  // "2조 3880억": the next group continues the amount
      continue;
    }
    break;
  }
  total += cur;
  size_t k = SkipSpaces(s, j, 1);
  for (const Currency& c : kCurrencies) {
    if (StartsWith(s, k, c.text)) {
      // "원" must not be the start of another word ("원칙"); particles may follow.
      size_t after = k + std::strlen(c.text);
      if (std::strcmp(c.text, "원") == 0 && after < s.size()) {
        std::string_view rest = s.substr(after, 3);
        if (rest == "칙" || rest == "인" || rest == "전" || rest == "자") continue;
      }
      *amount = total;
      *code = c.code;
      return after;
    }
  }
  (void)any_unit;
  return 0;
}

// "$500 billion", "US$3 trillion", "€1.2 billion", "500 billion dollars".
size_t ParseEnglishMoney(std::string_view s, size_t i, long double* amount, std::string* code) {
  size_t j = i;
  std::string symbol_code;
  if (StartsWith(s, j, "US$")) {
    symbol_code = "USD";
    j += 3;
  } else if (s[j] == '$') {
    symbol_code = "USD";
    j += 1;
  } else if (StartsWith(s, j, "\xE2\x82\xAC")) {  // €
    symbol_code = "EUR";
    j += 3;
  } else if (StartsWith(s, j, "\xC2\xA3")) {  // £
    symbol_code = "GBP";
    j += 2;
  }
  long double v;
  size_t num_end;
  if (!ParseNumber(s, j, &v, &num_end)) return 0;
  j = num_end;
  size_t k = SkipSpaces(s, j, 1);
  for (const Unit& u : kEnglishScale) {
    if (StartsWith(s, k, u.text)) {
      v *= u.factor;
      j = k + std::strlen(u.text);
      break;
    }
  }
  if (!symbol_code.empty()) {
    *amount = v;
    *code = symbol_code;
    return j;
  }
  k = SkipSpaces(s, j, 1);
  for (const Currency& c : kCurrencies) {
    if (std::strlen(c.text) >= 3 && c.text[0] >= 'A' && StartsWith(s, k, c.text)) {
      *amount = v;
      *code = c.code;
      return k + std::strlen(c.text);
    }
  }
  return 0;
}

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

std::vector<ValueMention> FindValues(std::string_view s, const DocDate& doc) {
  std::vector<ValueMention> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool at_word_start = i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == ',' ||
                         static_cast<unsigned char>(s[i - 1]) >= 0x80;
    ValueMention v;
    size_t end = 0;

    // Relative years: 지난해, 작년, 올해, 내년 (and "올해 2월" below through the month rule).
    if (doc.known()) {
      struct Rel {
        const char* text;
        int delta;
      } rels[] = {{"지난해", -1}, {"작년", -1}, {"올해", 0}, {"금년", 0}, {"내년", 1}};
      bool hit = false;
      for (const Rel& r : rels) {
        if (StartsWith(s, i, r.text)) {
          size_t after = i + std::strlen(r.text);
          size_t k = SkipSpaces(s, after, 1);
          // "올해 2월": the month rule takes it with this year.
          if (k < s.size() && IsDigit(s[k])) break;
          v.kind = ValueMention::Kind::kDate;
          v.literal = DateLiteral(doc.year + r.delta, 0, 0);
          v.year_inferred = true;
          end = after;
          hit = true;
          break;
        }
      }
      if (hit) {
        v.begin = i;
        v.end = end;
        v.text = std::string(s.substr(i, end - i));
        out.push_back(v);
        i = end;
        continue;
      }
    }

    // '24.3월, ’23.10월
    if ((c == '\'' || StartsWith(s, i, "\xE2\x80\x99") || StartsWith(s, i, "\xE2\x80\x98"))) {
      size_t j = i + (c == '\'' ? 1 : 3);
      if (j + 2 < s.size() && IsDigit(s[j]) && IsDigit(s[j + 1]) && s[j + 2] == '.') {
        int yy = (s[j] - '0') * 10 + (s[j + 1] - '0');
        size_t k = j + 3;
        int m = 0;
        size_t ms = k;
        while (k < s.size() && IsDigit(s[k]) && k - ms < 2) m = m * 10 + (s[k++] - '0');
        if (k > ms && m >= 1 && m <= 12 && StartsWith(s, k, "월")) {
          v.kind = ValueMention::Kind::kDate;
          v.literal = DateLiteral(2000 + yy, m, 0);
          v.begin = i;
          v.end = k + std::strlen("월");
          v.text = std::string(s.substr(v.begin, v.end - v.begin));
          out.push_back(v);
          i = v.end;
          continue;
        }
      }
    }

    // Money: $, €, £ first.
    if (c == '$' || StartsWith(s, i, "US$") || StartsWith(s, i, "\xE2\x82\xAC") ||
        StartsWith(s, i, "\xC2\xA3")) {
      long double amount;
      std::string code;
      size_t e = ParseEnglishMoney(s, i, &amount, &code);
      if (e) {
        v.kind = ValueMention::Kind::kMoney;
        v.literal = Literal{FormatAmount(amount) + " " + code, kKgAmount, ""};
        v.begin = i;
        v.end = e;
      }
    }

    if (!v.end && IsDigit(s[i]) && (i == 0 || !IsDigit(s[i - 1])) && at_word_start) {
      long double amount;
      std::string code;
      size_t e = ParseKoreanMoney(s, i, &amount, &code);
      if (!e) e = ParseEnglishMoney(s, i, &amount, &code);
      if (e) {
        v.kind = ValueMention::Kind::kMoney;
        v.literal = Literal{FormatAmount(amount) + " " + code, kKgAmount, ""};
        v.begin = i;
        v.end = e;
      }
      // Dates.
      DocDate full;
      if (!v.end && ParseFullDate(s.substr(i, 24), &full) && s.substr(i, 4).find_first_not_of("0123456789") == std::string_view::npos) {
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
        v.kind = ValueMention::Kind::kDate;
        v.literal = DateLiteral(full.year, full.month, full.day);
        v.begin = i;
        v.end = j;
      }
      if (!v.end) {
        long double n;
        size_t ne;
        if (!ParseNumber(s, i, &n, &ne)) n = -1, ne = i;
        int num = n >= 0 && n < 1e6L ? static_cast<int>(n) : -1;
        // 2024년 [N월 [N일]]
        if (StartsWith(s, ne, "년") && num >= 1900 && num <= 2200 && n == num) {
          int y = num, m = 0, d = 0;
          size_t j = ne + std::strlen("년");
          size_t k = SkipSpaces(s, j, 1);
          long double mv;
          size_t me;
          if (ParseNumber(s, k, &mv, &me) && StartsWith(s, me, "월") && mv >= 1 && mv <= 12) {
            m = static_cast<int>(mv);
            j = me + std::strlen("월");
            size_t k2 = SkipSpaces(s, j, 1);
            long double dv;
            size_t de;
            if (ParseNumber(s, k2, &dv, &de) && StartsWith(s, de, "일") && dv >= 1 &&
                dv <= DaysInMonth(y, m)) {
              d = static_cast<int>(dv);
              j = de + std::strlen("일");
            }
          }
          v.kind = ValueMention::Kind::kDate;
          v.literal = DateLiteral(y, m, d);
          v.begin = i;
          v.end = j;
        } else if (num >= 1900 && num <= 2200 && n == num && ne == i + 4 &&
                   (ne >= s.size() || !std::isalnum(static_cast<unsigned char>(s[ne]))) &&
                   IsYearPreposition(PreviousWord(s, i))) {
          // English "in 2017", "since 2020": a year after a preposition of time.
          v.kind = ValueMention::Kind::kDate;
          v.literal = DateLiteral(num, 0, 0);
          v.begin = i;
          v.end = ne;
        } else if (StartsWith(s, ne, "월") && num >= 1 && num <= 12 && n == num) {
          // N월 [N일]: the year comes from the context.
          int m = num, d = 0;
          size_t j = ne + std::strlen("월");
          size_t k = SkipSpaces(s, j, 1);
          long double dv;
          size_t de;
          if (ParseNumber(s, k, &dv, &de) && StartsWith(s, de, "일") && dv >= 1 && dv <= 31) {
            d = static_cast<int>(dv);
            j = de + std::strlen("일");
          }
          std::string_view prev = PreviousWord(s, i);
          int y = 0;
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
          if (y || d) {
            v.kind = ValueMention::Kind::kDate;
            v.literal = DateLiteral(y, m, d);  // no year: --MM-DD
            v.year_inferred = y != 0;
            v.begin = i;
            v.end = j;
          }
        } else if (StartsWith(s, ne, "%") || StartsWith(s, ne, " 퍼센트") ||
                   StartsWith(s, ne, "퍼센트")) {
          size_t j = ne + (s[ne] == '%' ? 1 : StartsWith(s, ne, " ") ? 1 + std::strlen("퍼센트")
                                                                     : std::strlen("퍼센트"));
          if (StartsWith(s, j, "p")) ++j;  // %p: percentage points
          char buf[32];
          std::snprintf(buf, sizeof(buf), "%g", static_cast<double>(n));
          v.kind = ValueMention::Kind::kPercent;
          v.literal = Literal{buf, kKgPercent, ""};
          v.begin = i;
          v.end = j;
        } else if (StartsWith(s, ne, "위") && n == num && num >= 1 && num <= 1000) {
          // N위: a rank, unless 위 starts another word (위해, 위원회).
          size_t j = ne + std::strlen("위");
          std::string_view after = s.substr(j, 3);
          if (after != "해" && after != "원" && after != "한" && after != "기") {
            v.kind = ValueMention::Kind::kRank;
            v.literal = Literal{std::to_string(num), kXsdInteger, ""};
            v.begin = i;
            v.end = j;
          }
        }
      }
    }

    // English month names: "January 20, 2025", "Jan. 20".
    if (!v.end && std::isalpha(c) && at_word_start) {
      size_t me;
      int m = EnglishMonth(s, i, &me);
      if (m) {
        size_t k = SkipSpaces(s, me, 1);
        long double dv;
        size_t de;
        long double yv0;
        size_t ye0;
        if (ParseNumber(s, k, &yv0, &ye0) && yv0 >= 1900 && yv0 <= 2200 && ye0 == k + 4) {
          // "March 2025": a month of a year.
          v.kind = ValueMention::Kind::kDate;
          v.literal = DateLiteral(static_cast<int>(yv0), m, 0);
          v.begin = i;
          v.end = ye0;
        } else if (ParseNumber(s, k, &dv, &de) && dv >= 1 && dv <= 31) {
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
            v.year_inferred = true;
          }
          v.kind = ValueMention::Kind::kDate;
          v.literal = DateLiteral(y, m, d);
          v.begin = i;
          v.end = j;
        }
      }
    }

    if (v.end > v.begin) {
      // Modifiers before: 약, 대략, 최대, 최소; after: 여, 이상, 이하, 미만, 부터, 까지.
      std::string_view prev = PreviousWord(s, v.begin);
      if (prev == "약" || prev == "대략" || prev == "about" || prev == "around" ||
          prev == "approximately" || prev == "roughly" || prev == "nearly") {
        v.approx = true;
      }
      if (prev == "최대" || prev == "최고" || prev == "up") v.bound = "max";
      if (prev == "최소" || prev == "적어도" || prev == "least") v.bound = "min";
      if (StartsWith(s, v.end, "여")) v.approx = true;
      size_t after = SkipSpaces(s, v.end, 1);
      if (StartsWith(s, after, "이상")) v.bound = "min";
      if (StartsWith(s, after, "이하") || StartsWith(s, after, "미만")) v.bound = "max";
      if (StartsWith(s, v.end, "부터") || StartsWith(s, v.end, "since")) v.date_role = "start";
      if (StartsWith(s, v.end, "까지")) v.date_role = "end";
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
