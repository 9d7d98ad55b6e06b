// English names a country's government by a phrase, not a name: "the government of
// Luxembourg", "Luxembourg's government"; Korean by the country before 정부 ("중국 정부는").
// Such a phrase is one entity, "Government of
// <Country>" (type Government, as the gold and DESIGN.md name it), so the relation readings
// take the government, not the country, as the actor of the clause.
#include <cctype>

#include "ingest/ko/korean.h"
#include "ingest/mentions/mention_finder_impl.h"

namespace kg::ingest {

using namespace mention_text;

namespace {

bool WordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

// Start of the word that ends right before byte `end` (after one space), or npos.
size_t WordStartBefore(std::string_view s, size_t end) {
  if (end == 0 || !WordByte(s[end - 1])) return std::string_view::npos;
  size_t b = end;
  while (b > 0 && WordByte(s[b - 1])) --b;
  return b;
}

}  // namespace

void MentionFinder::Impl::GovernmentNames() {
  std::string_view s = text();
  auto country = [&](size_t b, size_t e, std::string* name) {
    std::string type;
    return ents->NameAndType(s.substr(b, e - b), name, &type) && type == "Country";
  };
  auto add = [&](size_t b, size_t e, const std::string& country_name) {
    std::string name = "Government of " + country_name;
    int ent = ents->Intern(name, "Government", {});
    cands.push_back({b, e, ent, -1, 0, Mention::Source::kCue});
  };
  static constexpr std::string_view kWord = "overnment";
  for (size_t g = s.find(kWord); g != std::string_view::npos; g = s.find(kWord, g + 1)) {
    if (g == 0 || (s[g - 1] != 'g' && s[g - 1] != 'G')) continue;
    size_t gb = g - 1, ge = g + kWord.size();
    if (gb > 0 && WordByte(s[gb - 1])) continue;
    if (ge < s.size() && std::isalpha(static_cast<unsigned char>(s[ge]))) continue;
    // "the government of (the) Luxembourg": the country's name of one to three words.
    static constexpr std::string_view kOf = " of ";
    if (s.substr(ge, kOf.size()) == kOf) {
      size_t nb = ge + kOf.size();
      if (s.substr(nb, 4) == "the ") nb += 4;
      size_t best = 0;
      std::string best_name;
      size_t e = nb;
      for (int words = 0; words < 3 && e < s.size(); ++words) {
        while (e < s.size() && WordByte(s[e])) ++e;
        size_t trimmed = e;
        while (trimmed > nb && s[trimmed - 1] == '.') --trimmed;
        std::string name;
        if (trimmed > nb && std::isupper(static_cast<unsigned char>(s[nb])) &&
            country(nb, trimmed, &name)) {
          best = trimmed;
          best_name = name;
        }
        if (e >= s.size() || s[e] != ' ') break;
        ++e;
      }
      if (best > 0) {
        add(gb, best, best_name);
        continue;
      }
    }
    // "Luxembourg's government", "South Korea’s government".
    if (gb < 1 || s[gb - 1] != ' ') continue;
    size_t pe = gb - 1;
    size_t name_end = std::string_view::npos;
    if (pe >= 2 && s.substr(pe - 2, 2) == "'s") name_end = pe - 2;
    if (pe >= 4 && s.substr(pe - 4, 4) == "\xE2\x80\x99s") name_end = pe - 4;
    if (name_end == std::string_view::npos) continue;
    size_t b = name_end;
    for (int words = 0; words < 3; ++words) {
      size_t wb = WordStartBefore(s, b);
      if (wb == std::string_view::npos) break;
      std::string name;
      if (std::isupper(static_cast<unsigned char>(s[wb])) && country(wb, name_end, &name)) {
        add(wb, ge, name);
        break;
      }
      if (wb < 2 || s[wb - 1] != ' ') break;
      b = wb - 1;
    }
  }
}

void MentionFinder::Impl::KoreanGovernmentNames(const std::vector<Token>& tokens) {
  if (!f.morphology_) return;
  for (size_t k = 1; k < tokens.size(); ++k) {
    std::string name, type;
    if (!ents->NameAndType(tokens[k - 1].text, &name, &type) || type != "Country") continue;
    ParticleSplit ps = SplitParticles(StripTrailing(tokens[k].text));
    if (ps.stem != "정부") continue;
    int ent = ents->Intern("Government of " + name, "Government", {});
    cands.push_back(
        {tokens[k - 1].begin, tokens[k].begin + ps.stem.size(), ent, -1, 0, Mention::Source::kCue});
  }
}

}  // namespace kg::ingest
