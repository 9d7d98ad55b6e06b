// The part a holding clause names, and the percentage passive rewritten for the parse: see
// en_holdings.h.
#include "ingest/en/en_holdings.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

std::vector<int> HeldHeads(const Clause& c, const LinkageReader& reader, const EnglishWords& words,
                           bool* whole) {
  auto is_percent = [&](int w) { return reader.Lower(w) == "%" || reader.Lower(w) == "percent"; };
  std::vector<int> heads;
  *whole = false;
  for (int o : c.objects) {
    std::vector<int> more;
    if (is_percent(o)) {
      more = reader.PrepObjects(o, "of");
    } else if (reader.Lower(o) == "all") {
      more = reader.PrepObjects(o, "of");
      *whole = !more.empty();
    } else if (words.IsHoldingNoun(Lemma(reader.Lower(o), false))) {
      std::vector<int> mods = reader.Modifiers(o);
      if (!std::any_of(mods.begin(), mods.end(), is_percent)) continue;
      more = reader.PrepObjects(o, "in");
      if (auto it = c.preps.find("in"); more.empty() && it != c.preps.end()) more = it->second;
      // "invested $5 in X and holds a 15% stake in the company": the phrase after the second
      // verb hangs from the "and" joining the verbs; read it for the stake when nothing else is.
      if (int conj = reader.JoiningConjunction(c.verb); more.empty() && conj >= 0) {
        for (int h : reader.PrepObjects(conj, "in")) {
          if (h > c.verb) more.push_back(h);
        }
      }
    }
    heads.insert(heads.end(), more.begin(), more.end());
  }
  return heads;
}

std::vector<Rewrite> WithPercentPassives(const std::vector<Rewrite>& taken, const std::string& s,
                                         const std::vector<ValueMention>& values,
                                         const EnglishWords& words) {
  static const std::set<std::string> kBe = {"is", "are", "was", "were", "be", "been", "being"};
  std::vector<Rewrite> out = taken;
  auto word_at = [&](size_t b) {
    size_t e = b;
    while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
    return s.substr(b, e - b);
  };
  for (const ValueMention& v : values) {
    if (v.kind != ValueMention::Kind::kPercent || v.begin < 2 || s[v.begin - 1] != ' ') continue;
    size_t be = s.rfind(' ', v.begin - 2);
    be = be == std::string::npos ? 0 : be + 1;
    if (!kBe.count(LowerAscii(s.substr(be, v.begin - 1 - be)))) continue;
    if (v.end + 1 >= s.size() || s[v.end] != ' ') continue;
    std::string participle = word_at(v.end + 1);
    size_t after = v.end + 1 + participle.size();
    if (participle.empty() || !words.IsHoldingVerb(Lemma(LowerAscii(participle), true)) ||
        s.compare(after, 4, " by ") != 0) {
      continue;
    }
    bool overlaps = false;
    for (const Rewrite& r : taken) overlaps |= v.begin < r.end && v.end > r.begin;
    if (!overlaps) out.push_back(Rewrite{v.begin, v.end, "partly"});
  }
  return out;
}

void StakeOfOwnerNoun(const Sentence& sentence, const std::vector<ValueMention>& values,
                      const EnglishWords& words, FactSink* sink) {
  const std::string& s = sentence.text;
  for (const ValueMention& v : values) {
    if (v.kind != ValueMention::Kind::kPercent) continue;
    size_t open = std::string::npos;
    for (const char* with : {" with a ", ", with a "}) {
      size_t n = std::char_traits<char>::length(with);
      if (v.begin >= n && s.compare(v.begin - n, n, with) == 0) open = v.begin - n;
    }
    if (open == std::string::npos || v.end + 1 >= s.size() || s[v.end] != ' ') continue;
    size_t noun_end = v.end + 1;
    while (noun_end < s.size() && std::isalpha(static_cast<unsigned char>(s[noun_end]))) ++noun_end;
    if (!words.IsHoldingNoun(Lemma(LowerAscii(s.substr(v.end + 1, noun_end - v.end - 1)), false)))
      continue;
    // The noun's fact ends where " with" begins (its span is in characters).
    int at = static_cast<int>(std::count_if(s.begin(), s.begin() + static_cast<long>(open),
                                            [](char c) { return (c & 0xC0) != 0x80; }));
    for (ExtractedFact& f : sink->out()->facts) {
      if (f.sentence != sentence.number || f.relation != "owner_of" || f.end != at ||
          f.value_qualifiers.count("percent") || f.rule.rfind("en:noun", 0) != 0) {
        continue;
      }
      f.value_qualifiers["percent"] = sink->Value(v);
    }
  }
}

}  // namespace kg::ingest
