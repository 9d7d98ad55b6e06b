// Building the parse text piece by piece; dropped spans map to nothing.
#include "ingest/en/en_prepare.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace kg::ingest {

namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

// The word that starts at byte `at` (letters, digits, hyphens, apostrophes).
std::string WordAt(const std::string& s, size_t at) {
  size_t e = at;
  while (e < s.size() && (IsWordChar(s[e]) || s[e] == '-')) ++e;
  return s.substr(at, e - at);
}

// Where a clause that starts at `from` ends: the next comma that separates (", ", not "15,000"),
// or the sentence's final stop.
size_t ClauseEnd(const std::string& s, size_t from) {
  if (size_t comma = s.find(", ", from); comma != std::string::npos) return comma;
  size_t end = s.size();
  while (end > from && (s[end - 1] == '.' || s[end - 1] == ' ')) --end;
  return end;
}

// A clause after mention `m` that describes it: its first byte, and what the words between the
// name and it become ("X, which was" -> "X was"); false when there is none.
bool DescribingClause(const std::string& s, const Mention& m,
                      const std::function<bool(const std::string&)>& participle,
                      const std::function<bool(const std::string&)>& predicate, size_t* begin,
                      std::string* joint) {
  if (s.compare(m.end, 2, ", ") != 0) return false;
  size_t at = m.end + 2;
  auto relative = [&](size_t pos) {
    for (const char* rel : {"which ", "who ", "that "}) {
      size_t n = std::string(rel).size();
      if (s.compare(pos, n, rel) != 0) continue;
      std::string next = WordAt(s, pos + n);
      if (next.empty() || !predicate(next)) return false;
      *begin = pos + n;
      *joint = " ";
      return true;
    }
    return false;
  };
  if (s.compare(at, 6, "which ") == 0 || s.compare(at, 4, "who ") == 0) return relative(at);
  // "X, a company that was bought by Y": an apposition's relative clause describes X.
  for (const char* art : {"a ", "an ", "the "}) {
    size_t n = std::string(art).size();
    if (s.compare(at, n, art) != 0) continue;
    size_t pos = at + n;
    for (int words = 0; words < 4 && pos < s.size(); ++words) {
      std::string w = WordAt(s, pos);
      if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return false;
      pos += w.size();
      if (pos >= s.size() || s[pos] != ' ') return false;
      ++pos;
      if (relative(pos)) return true;
    }
    return false;
  }
  // "X, founded in 2019 by Y,": a reduced relative.
  std::string w = WordAt(s, at);
  if (!w.empty() && std::islower(static_cast<unsigned char>(w[0])) && participle(w)) {
    *begin = at;
    *joint = " was ";
    return true;
  }
  return false;
}

// "X, which it expects to finish in 2026.": where an object relative clause after mention `m`
// that runs to the sentence's end begins (its comma), or npos. It tells nothing about the
// clause the name is in, and a long sentence parses without it.
size_t TrailingObjectRelative(const std::string& s, const Mention& m,
                              const std::function<bool(const std::string&)>& predicate) {
  if (s.compare(m.end, 8, ", which ") != 0) return std::string::npos;
  std::string next = WordAt(s, m.end + 8);
  if (next.empty() || !std::islower(static_cast<unsigned char>(next[0])) || predicate(next))
    return std::string::npos;
  size_t end = s.size();
  while (end > m.end && (s[end - 1] == '.' || s[end - 1] == ' ')) --end;
  return ClauseEnd(s, m.end + 8) == end ? m.end : std::string::npos;
}

}  // namespace

// Where a news dateline ("BOSTON, June 2, 2025 -- ") ends, or 0.
size_t DatelineEnd(const std::string& s) {
  for (const char* dash : {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
    size_t at = s.find(dash);
    if (at == std::string::npos || at > 60) continue;
    bool upper_start = s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) &&
                       std::isupper(static_cast<unsigned char>(s[1]));
    if (upper_start) return at + std::string(dash).size();
  }
  return 0;
}

std::vector<std::vector<Rewrite>> ClauseParts(
    const std::string& s, const std::vector<Mention>& mentions,
    const std::function<bool(const std::string&)>& participle,
    const std::function<bool(const std::string&)>& predicate) {
  std::vector<std::vector<Rewrite>> parts;
  std::vector<Rewrite> main;
  size_t taken = 0;  // clauses do not nest: the next starts after the last one's end
  for (const Mention& m : mentions) {
    if (m.begin < taken) continue;
    size_t begin = 0;
    std::string joint;
    if (!DescribingClause(s, m, participle, predicate, &begin, &joint)) {
      if (size_t at = TrailingObjectRelative(s, m, predicate); at != std::string::npos) {
        main.push_back({at, ClauseEnd(s, at + 2), ""});
        taken = s.size();
      }
      continue;
    }
    size_t end = ClauseEnd(s, begin);
    if (end <= begin) continue;
    // "which is based in X and was founded in 1962 by Y": each predicate with the name (the
    // parse reads the coordinated passives poorly).
    size_t first_end = end;
    size_t and_at = s.find(" and ", begin);
    if (and_at < end) {
      static const std::set<std::string> kAuxiliaries = {"is", "was", "are", "were", "has", "had"};
      if (kAuxiliaries.count(WordAt(s, and_at + 5))) {
        std::vector<Rewrite> second;
        if (m.begin > 0) second.push_back({0, m.begin, ""});
        second.push_back({m.end, and_at + 5, " "});
        second.push_back({end, s.size(), "."});
        parts.push_back(std::move(second));
        first_end = and_at;
      }
    }
    std::vector<Rewrite> part;
    if (m.begin > 0) part.push_back({0, m.begin, ""});
    part.push_back({m.end, begin, joint});
    part.push_back({first_end, s.size(), "."});
    parts.push_back(std::move(part));
    // The main clause goes on after the clause's closing comma, or stops where it stops.
    bool closed = end + 1 < s.size() && s[end] == ',';
    main.push_back({m.end, closed ? end + 1 : end, ""});
    taken = end;
  }
  if (!main.empty()) parts.push_back(std::move(main));
  return parts;
}

namespace {

bool HasFinite(const std::string& s, size_t b, size_t e,
               const std::function<bool(const std::string&)>& finite) {
  std::string word;
  for (size_t i = b; i <= e; ++i) {
    char c = i < e ? s[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      if (!word.empty() && std::islower(static_cast<unsigned char>(word[0])) && finite(word))
        return true;
      word.clear();
    }
  }
  return false;
}

}  // namespace

std::vector<std::vector<Rewrite>> CoordinatedClauses(
    const std::string& s, const std::function<bool(const std::string&)>& finite) {
  for (const char* joint : {", and ", ", while ", ", but "}) {
    size_t at = s.find(joint);
    if (at == std::string::npos) continue;
    size_t rest = at + std::string(joint).size();
    size_t end = s.size();
    while (end > rest && (s[end - 1] == '.' || s[end - 1] == ' ')) --end;
    if (!HasFinite(s, 0, at, finite) || !HasFinite(s, rest, end, finite)) continue;
    // ", and took a stake": a second verb of the same subject, not a clause of its own.
    size_t first_end = rest;
    while (first_end < end && std::isalpha(static_cast<unsigned char>(s[first_end]))) ++first_end;
    if (HasFinite(s, rest, first_end, finite)) continue;
    // ", and by Y, which owns ...": a second phrase of the first clause's verb.
    static const std::set<std::string> kPrepositions = {"by",  "with", "to", "in",
                                                        "for", "from", "at", "on"};
    if (kPrepositions.count(s.substr(rest, first_end - rest))) continue;
    return {{{at, end, ""}}, {{0, rest, ""}}};
  }
  return {};
}

void PreparedText::ToSource(size_t pb, size_t pe, size_t* sb, size_t* se) const {
  *sb = std::string::npos;
  *se = 0;
  for (const Piece& p : pieces) {
    if (p.parse_end <= pb || p.parse_begin >= pe) continue;
    if (p.mention >= 0 || p.src_end - p.src_begin != p.parse_end - p.parse_begin) {
      *sb = std::min(*sb, p.src_begin);
      *se = std::max(*se, p.src_end);
    } else {
      size_t b = std::max(pb, p.parse_begin), e = std::min(pe, p.parse_end);
      *sb = std::min(*sb, p.src_begin + (b - p.parse_begin));
      *se = std::max(*se, p.src_begin + (e - p.parse_begin));
    }
  }
  if (*sb == std::string::npos) *sb = *se = 0;
}

PreparedText PrepareForParse(const std::string& s, const std::vector<Mention>& mentions,
                             const std::vector<ValueMention>& values,
                             const std::vector<MergedSpan>& merged,
                             const std::vector<std::string>& placeholders,
                             const std::function<bool(const std::string&)>& keeps_article,
                             const std::vector<Rewrite>& rewrites) {
  struct Repl {
    size_t begin, end;
    std::string text;
    int mention;
  };
  std::vector<Repl> repl;
  auto overlaps = [&](size_t b, size_t e) {
    return std::any_of(repl.begin(), repl.end(),
                       [&](const Repl& r) { return b < r.end && e > r.begin; });
  };
  PreparedText out;
  size_t next_name = 0;
  auto placeholder = [&](int mention) -> std::string {
    if (next_name >= placeholders.size()) {
      out.complete = false;
      return "it";
    }
    std::string p = placeholders[next_name++];
    out.mentions[p] = mention;
    return p;
  };
  for (const Rewrite& r : rewrites) repl.push_back({r.begin, r.end, r.text, -1});
  // Dropped: a dateline, parentheses, and a trailing "according to ...".
  if (size_t d = DatelineEnd(s); d > 0 && !overlaps(0, d)) repl.push_back({0, d, "", -1});
  for (size_t open = s.find('('); open != std::string::npos; open = s.find('(', open + 1)) {
    size_t close = s.find(')', open);
    if (close == std::string::npos) break;
    size_t b = open > 0 && s[open - 1] == ' ' ? open - 1 : open;
    if (!overlaps(b, close + 1)) repl.push_back({b, close + 1, "", -1});
  }
  size_t according = s.find(", according to ");
  if (according != std::string::npos) {
    size_t end = s.size();
    while (end > according && (s[end - 1] == '.' || s[end - 1] == ' ')) --end;
    if (!overlaps(according, end)) repl.push_back({according, end, "", -1});
  }
  for (const MergedSpan& m : merged) {
    if (!overlaps(m.begin, m.end))
      repl.push_back({m.begin, m.end, placeholder(m.mention), m.mention});
  }
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (overlaps(m.begin, m.end)) continue;
    size_t b = m.begin;
    // "the United States" -> "John": a name takes no article, unless it modifies a noun
    // ("the AI Action Summit declaration").
    size_t next = m.end;
    while (next < s.size() && s[next] == ' ') ++next;
    bool modifier = next < s.size() && std::islower(static_cast<unsigned char>(s[next])) &&
                    keeps_article &&
                    keeps_article(s.substr(next, s.find_first_of(" ,.;", next) - next));
    for (const char* art : {"the ", "The "}) {
      if (!modifier && b >= 4 && s.compare(b - 4, 4, art) == 0 && (b == 4 || !IsWordChar(s[b - 5])))
        b -= 4;
    }
    repl.push_back({b, m.end, placeholder(static_cast<int>(k)), static_cast<int>(k)});
  }
  for (const ValueMention& v : values) {
    if (overlaps(v.begin, v.end)) continue;
    if (v.kind == ValueMention::Kind::kMoney) repl.push_back({v.begin, v.end, "$5", -1});
    // "X on Monday launched": a day name after a name reads as part of it; "today" does not.
    if (v.kind == ValueMention::Kind::kDate && v.begin >= 3 &&
        s.compare(v.begin - 3, 3, "on ") == 0 && !overlaps(v.begin - 3, v.end)) {
      repl.push_back({v.begin - 3, v.end, "today", -1});
    }
  }
  std::sort(repl.begin(), repl.end(),
            [](const Repl& a, const Repl& b) { return a.begin < b.begin; });
  size_t at = 0;
  auto copy = [&](size_t b, size_t e) {
    if (e <= b) return;
    out.pieces.push_back({out.text.size(), out.text.size() + (e - b), b, e, -1});
    out.text.append(s, b, e - b);
  };
  for (const Repl& r : repl) {
    if (r.begin < at) continue;
    copy(at, r.begin);
    out.pieces.push_back(
        {out.text.size(), out.text.size() + r.text.size(), r.begin, r.end, r.mention});
    out.text += r.text;
    at = r.end;
  }
  copy(at, s.size());
  return out;
}

void AddSpansNotOverlapping(const std::vector<MergedSpan>& extra, std::vector<MergedSpan>* merged) {
  for (const MergedSpan& d : extra) {
    bool overlaps = false;
    for (const MergedSpan& m : *merged) overlaps |= d.begin < m.end && d.end > m.begin;
    if (!overlaps) merged->push_back(d);
  }
}

}  // namespace kg::ingest
