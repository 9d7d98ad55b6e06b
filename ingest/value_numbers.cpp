// Numbers and amounts of money as written in Korean and English text: digits with separators,
// Korean myriad units (2조 3880억), English scales (3 billion), currency words and signs.
#include "ingest/value_numbers.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace kg::ingest::value_numbers {

namespace {

struct Currency {
  const char* text;
  const char* code;
};
// Longest first: "캐나다 달러" before "달러".
const Currency kCurrencies[] = {
    {"Norwegian kroner", "NOK"}, {"Danish kroner", "DKK"}, {"Swedish kronor", "SEK"},
    {"Swiss francs", "CHF"},     {"NOK", "NOK"},           {"DKK", "DKK"},
    {"SEK", "SEK"},              {"CHF", "CHF"},
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

}  // namespace

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool StartsWith(std::string_view s, size_t at, std::string_view prefix) {
  return s.size() >= at + prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

size_t SkipSpaces(std::string_view s, size_t i, size_t max) {
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

// "2조 3880억", "1천억", "4만 9,000": the number and the position after it (i when none).
size_t ParseKoreanNumber(std::string_view s, size_t i, long double* number) {
  long double total = 0, cur = 0;
  size_t j = i;
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
        unit = true;
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
  *number = total + cur;
  return j;
}

// "2조 3880억원", "5,000억 달러", "24억 캐나다 달러", "1천억 원". Returns end or 0.
size_t ParseKoreanMoney(std::string_view s, size_t i, long double* amount, std::string* code) {
  long double total = 0;
  size_t j = ParseKoreanNumber(s, i, &total);
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
  return 0;
}

size_t ParseKoreanCount(std::string_view s, size_t i, const std::vector<std::string>& counters,
                        long double* count, std::string* counter) {
  size_t j = ParseKoreanNumber(s, i, count);
  if (j == i) return 0;
  if (StartsWith(s, j, "여")) j += std::strlen("여");  // 4만 9,000여 명: about
  counter->clear();
  size_t k = SkipSpaces(s, j, 1);
  for (const std::string& c : counters) {
    if (StartsWith(s, k, c)) {
      *counter = c;
      return k + c.size();
    }
  }
  return j;
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

}  // namespace kg::ingest::value_numbers
