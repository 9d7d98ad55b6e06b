// Relative English dates by calendar arithmetic (std::chrono), from a short table of phrases.
#include "ingest/en/en_values.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <set>
#include <string>

namespace kg::ingest {

namespace {

namespace chr = std::chrono;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Literal Date(int y, int m, int d) {
  char buf[16];
  if (d) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
    return Literal{buf, kXsdDate, ""};
  }
  if (m) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
    return Literal{buf, kXsdGYearMonth, ""};
  }
  std::snprintf(buf, sizeof(buf), "%04d", y);
  return Literal{buf, kXsdGYear, ""};
}

chr::sys_days Days(const DocDate& d) {
  return chr::sys_days(chr::year(d.year) / chr::month(static_cast<unsigned>(d.month)) /
                       chr::day(static_cast<unsigned>(d.day ? d.day : 1)));
}

Literal FromDays(chr::sys_days t, bool month_only) {
  chr::year_month_day ymd(t);
  int y = static_cast<int>(ymd.year()), m = static_cast<int>(static_cast<unsigned>(ymd.month()));
  return Date(y, m, month_only ? 0 : static_cast<int>(static_cast<unsigned>(ymd.day())));
}

constexpr const char* kWeekdays[] = {"sunday", "monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday"};

// The date a phrase at the start of `rest` (lower case) names, and its length; false if none.
bool Relative(const std::string& rest, const DocDate& doc, Literal* lit, size_t* len) {
  struct Phrase {
    const char* text;
    int kind;  // 0 year offset, 1 month offset, 2 day offset, 3 week ago (month)
    int delta;
  } phrases[] = {
      {"earlier this year", 0, 0}, {"later this year", 0, 0}, {"this year", 0, 0},
      {"last year", 0, -1},        {"next year", 0, 1},       {"a year ago", 0, -1},
      {"earlier this month", 1, 0}, {"this month", 1, 0},     {"last month", 1, -1},
      {"next month", 1, 1},        {"a month ago", 1, -1},    {"last week", 3, -7},
      {"this week", 3, 0},         {"next week", 3, 7},       {"yesterday", 2, -1},
      {"today", 2, 0},             {"tomorrow", 2, 1},
  };
  for (const Phrase& p : phrases) {
    size_t n = std::char_traits<char>::length(p.text);
    if (rest.compare(0, n, p.text) != 0) continue;
    if (rest.size() > n && std::isalpha(static_cast<unsigned char>(rest[n]))) continue;
    if (p.kind == 0) *lit = Date(doc.year + p.delta, 0, 0);
    if (p.kind == 1 && doc.month) {
      chr::year_month ym = chr::year(doc.year) / chr::month(static_cast<unsigned>(doc.month));
      ym += chr::months(p.delta);
      *lit = Date(static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())), 0);
    } else if (p.kind == 1) {
      continue;
    }
    if ((p.kind == 2 || p.kind == 3) && !(doc.month && doc.day)) continue;
    if (p.kind == 2) *lit = FromDays(Days(doc) + chr::days(p.delta), false);
    if (p.kind == 3) *lit = FromDays(Days(doc) + chr::days(p.delta), true);
    *len = n;
    return true;
  }
  // "on Monday": the latest such day on or before the document's date (news reports the past).
  if (!(doc.month && doc.day)) return false;
  for (int wd = 0; wd < 7; ++wd) {
    size_t n = std::char_traits<char>::length(kWeekdays[wd]);
    if (rest.compare(0, n, kWeekdays[wd]) != 0) continue;
    if (rest.size() > n && std::isalpha(static_cast<unsigned char>(rest[n]))) continue;
    chr::sys_days today = Days(doc);
    chr::weekday doc_wd(today);
    int back = (static_cast<int>(doc_wd.c_encoding()) - wd + 7) % 7;
    *lit = FromDays(today - chr::days(back), false);
    *len = n;
    return true;
  }
  return false;
}

}  // namespace

std::vector<ValueMention> WithRelativeDates(std::string_view sentence, const DocDate& doc,
                                            std::vector<ValueMention> found) {
  std::string low = Lower(sentence);
  // "up to $500 billion", "at least", "about": the bound or approximation of an amount.
  for (ValueMention& v : found) {
    if (v.kind != ValueMention::Kind::kMoney) continue;
    std::string before = low.substr(0, v.begin);
    auto ends = [&](const char* w) {
      size_t n = std::char_traits<char>::length(w);
      return before.size() >= n && before.compare(before.size() - n, n, w) == 0;
    };
    if (ends("up to ")) v.bound = "max";
    if (ends("at least ")) v.bound = "min";
    if (ends("about ") || ends("around ") || ends("roughly ") || ends("nearly ") ||
        ends("approximately ") || ends("some ")) {
      v.approx = true;
    }
  }
  if (!doc.known()) return found;
  for (size_t i = 0; i < low.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(low[i - 1]))) continue;
    if (!std::isalpha(static_cast<unsigned char>(low[i]))) continue;
    bool covered = std::any_of(found.begin(), found.end(), [&](const ValueMention& v) {
      return i >= v.begin && i < v.end;
    });
    if (covered) continue;
    Literal lit;
    size_t len = 0;
    if (!Relative(low.substr(i, 24), doc, &lit, &len)) continue;
    ValueMention v;
    v.kind = ValueMention::Kind::kDate;
    v.begin = i;
    v.end = i + len;
    v.literal = lit;
    v.text = std::string(sentence.substr(i, len));
    found.push_back(v);
    i += len;
  }
  std::sort(found.begin(), found.end(),
            [](const ValueMention& a, const ValueMention& b) { return a.begin < b.begin; });
  return found;
}

void NoteValues(const std::vector<ValueMention>& values, const Extraction& out,
                ExtractedFact* f) {
  auto note = [&](const std::string& key, int index) {
    if (index < 0 || static_cast<size_t>(index) >= out.values.size()) return;
    const Literal& lit = out.values[static_cast<size_t>(index)].literal;
    for (const ValueMention& v : values) {
      if (!(v.literal == lit)) continue;
      f->notes[key + "_text"] = v.text;
      if (v.approx) f->notes[key + "_approx"] = "true";
      if (!v.bound.empty()) f->notes[key + "_bound"] = v.bound;
      return;
    }
  };
  for (const auto& [k, v] : f->value_qualifiers) {
    if (k == "amount" || k == "date") note(k, v);
  }
  if (f->object_value >= 0) {
    const Literal& lit = out.values[static_cast<size_t>(f->object_value)].literal;
    note(lit.datatype.find("amount") != std::string::npos ? "amount" : "date", f->object_value);
  }
}

bool AmountHasTarget(std::string_view s, size_t at, const std::vector<Mention>& mentions,
                     const std::set<std::string>& time_words, int* named) {
  *named = -1;
  auto skip_spaces = [&] { while (at < s.size() && s[at] == ' ') ++at; };
  auto word = [&]() -> std::string {
    skip_spaces();
    size_t b = at;
    while (at < s.size() && (std::isalnum(static_cast<unsigned char>(s[at])) || s[at] == '-')) ++at;
    std::string w(s.substr(b, at - b));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  std::string prep = word();
  if (prep != "in" && prep != "on" && prep != "into") return false;
  size_t before_article = at;
  std::string next = word();
  if (next == "the" || next == "a" || next == "an") {
    before_article = at;
    next = word();
  }
  skip_spaces();
  for (size_t k = 0; k < mentions.size(); ++k) {
    size_t b = before_article;
    while (b < s.size() && s[b] == ' ') ++b;
    if (mentions[k].begin == b) {
      *named = static_cast<int>(k);
      return true;
    }
  }
  if (next.empty() || std::isdigit(static_cast<unsigned char>(next[0])) || time_words.count(next) ||
      IsEnglishMonthName(next)) {
    return false;
  }
  return true;
}

}  // namespace kg::ingest
