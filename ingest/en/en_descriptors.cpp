// located_in from the words that describe a name: a "<Place>-based" prefix or apposition, a
// nationality adjective before the name's descriptor noun, a country's possessive.
#include "ingest/en/en_descriptors.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

constexpr const char kBased[] = "-based";
constexpr size_t kBasedLen = sizeof(kBased) - 1;
constexpr size_t kMaxDescriptorWords = 4;

bool BasedAfter(const std::string& s, const Mention& m) { return s.compare(m.end, kBasedLen, kBased) == 0; }

// True when s[b, e) is only lower-case descriptor words ("largest carrier", "private equity
// firm"), at most kMaxDescriptorWords, none of them in `breaks` (prepositions, articles, verbs
// of a clause: "rival of", "that was").
bool DescriptorGap(const std::string& s, size_t b, size_t e, const std::set<std::string>& breaks,
                   bool allow_empty) {
  if (b > e) return false;
  size_t words = 0;
  size_t i = b;
  while (i < e) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < e && (std::islower(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
    if (j == i || (j < e && s[j] != ' ')) return false;
    std::string w = s.substr(i, j - i);
    if (breaks.count(w)) return false;
    // A word WordNet knows only as a verb is a clause's ("hackers attacked X"), no descriptor.
    WordNet& wn = WordNet::Shared();
    if (wn.Has(w, WordClass::kVerb) && !wn.Has(w, WordClass::kNoun) && !wn.Has(w, WordClass::kAdjective)) {
      return false;
    }
    ++words;
    i = j;
  }
  return words <= kMaxDescriptorWords && (allow_empty || words > 0);
}

// The mention that ends at ", a " / ", an " right before byte `at` (an apposition's head), or -1.
int AppositionHead(const std::string& s, const std::vector<Mention>& mentions, size_t at) {
  for (const char* lead : {", a ", ", an "}) {
    size_t n = std::string(lead).size();
    if (at < n || s.compare(at - n, n, lead) != 0) continue;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].end == at - n) return static_cast<int>(k);
    }
  }
  return -1;
}

bool CanBeLocated(const DocEntities& ents, int entity) {
  const std::string& t = ents.at(entity).type;
  return t != "Person" && t != "Country" && t != "Place";
}

struct Pass {
  const Sentence& sentence;
  const std::string& s;
  const std::vector<Mention>& mentions;
  const std::vector<ValueMention>& values;
  const std::set<std::string>& breaks;
  const RelationDef& located_in;
  DocEntities* ents;
  FactSink* sink;
  std::vector<std::pair<size_t, size_t>> spans;  // descriptor begin, mention index of its name

  std::set<int> located;  // entities this sentence has placed

  void Emit(int subject, int place, size_t b, size_t e, const char* rule) {
    if (subject == place || !CanBeLocated(*ents, subject)) return;
    located.insert(subject);
    sink->AddLink(subject, located_in.id, place, sentence.number, s, b, e, rule);
  }

  // The first mention after byte `from` when only descriptor words come between, or -1.
  int NameAfter(size_t from, bool allow_empty) const {
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].begin < from) continue;
      return DescriptorGap(s, from, mentions[k].begin, breaks, allow_empty) ? static_cast<int>(k) : -1;
    }
    return -1;
  }

  // "Osaka-based Hoshino Pharma", "X, a Raleigh, North Carolina-based maker": returns the
  // indexes of the mentions that only name the place.
  std::set<size_t> Based() {
    std::set<size_t> places;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      if (!BasedAfter(s, m)) continue;
      int place = m.entity;
      size_t begin = m.begin;
      places.insert(k);
      // "Cambridge, Massachusetts-based": the city and its state are one place.
      if (k > 0 && mentions[k - 1].end + 2 == m.begin && s.compare(mentions[k - 1].end, 2, ", ") == 0 &&
          AppositionHead(s, mentions, mentions[k - 1].begin) >= 0) {
        begin = mentions[k - 1].begin;
        place = ents->Intern(s.substr(begin, m.end - begin), "Place", {});
        places.insert(k - 1);
      }
      int head = AppositionHead(s, mentions, begin);
      int after = NameAfter(m.end + kBasedLen, true);
      if (after >= 0) {
        Emit(mentions[static_cast<size_t>(after)].entity, place, begin, mentions[static_cast<size_t>(after)].end,
             "en:descriptor:based");
        spans.emplace_back(begin, static_cast<size_t>(after));
      } else if (head >= 0) {
        Emit(mentions[static_cast<size_t>(head)].entity, place, mentions[static_cast<size_t>(head)].begin,
             m.end + kBasedLen, "en:descriptor:based");
      }
    }
    return places;
  }

  // "Norwegian utility Nordvik Energy", "Chinese automaker BYD".
  // The longest adjective wins where two overlap ("North Korean", not "Korean").
  // `adjectives` gets the indexes of mentions that are only the adjective.
  void Nationality(const std::map<std::string, std::string>& demonyms, std::set<size_t>* adjectives) {
    std::vector<std::pair<size_t, size_t>> taken;  // [begin, end) of the adjectives read
    std::vector<std::pair<std::string, std::string>> longest_first(demonyms.begin(), demonyms.end());
    std::stable_sort(longest_first.begin(), longest_first.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [adjective, country] : longest_first) {
      for (size_t at = s.find(adjective); at != std::string::npos; at = s.find(adjective, at + 1)) {
        size_t end = at + adjective.size();
        bool word = (at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]))) &&
                    (end == s.size() || !std::isalpha(static_cast<unsigned char>(s[end])));
        if (!word) continue;
        // A capitalised adjective may have been read as a name of its own: it is the adjective.
        bool inside = false;
        for (size_t k = 0; k < mentions.size(); ++k) {
          const Mention& m = mentions[k];
          if (m.begin == at && m.end == end) {
            adjectives->insert(k);
          } else {
            inside |= at < m.end && end > m.begin;
          }
        }
        for (const auto& [b, e] : taken) inside |= at < e && end > b;
        if (inside) continue;
        taken.emplace_back(at, end);
        int name = NameAfter(end, false);
        if (name < 0) {
          if (!Appositive(at, end, country)) Anaphor(at, end, country, *adjectives);
          continue;
        }
        int place = ents->Intern(country, "Country", {});
        Emit(mentions[static_cast<size_t>(name)].entity, place, at, mentions[static_cast<size_t>(name)].end,
             "en:descriptor:nationality");
        spans.emplace_back(at, static_cast<size_t>(name));
      }
    }
  }

  // The lower-case word at byte `at` and where it ends ("" when none).
  std::string WordAt(size_t at, size_t* end) const {
    size_t j = at;
    while (j < s.size() && (std::islower(static_cast<unsigned char>(s[j])) || s[j] == '-')) ++j;
    *end = j;
    return s.substr(at, j - at);
  }

  // True when the document has placed `entity` already ("Osaka-based Hoshino Pharma").
  bool Placed(int entity) const {
    if (located.count(entity)) return true;
    for (const ExtractedFact& f : sink->out()->facts) {
      if (f.subject == entity && f.relation == located_in.id) return true;
    }
    return false;
  }

  // True when the word right before `m` names a person ("CEO Vas Narasimhan"): m is a person.
  bool Titled(const Mention& m) const {
    size_t e = m.begin;
    if (e < 2 || s[e - 1] != ' ') return false;
    size_t b = e - 1;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
    return b < e - 1 && WordNet::Shared().IsPersonNoun(s.substr(b, e - 1 - b));
  }

  // "Lumo Games, the Danish maker of X", "Brandt Works, Orla's German supplier": a nationality
  // before a noun, in the appositive right after a name, places that name (not the sentence's
  // first organisation, nor the possessor). True when the nationality stood there.
  bool Appositive(size_t at, size_t end, const std::string& country) {
    int head = -1;
    if (at >= 6 && s.compare(at - 6, 6, ", the ") == 0) {
      head = MentionEndingAt(at - 6);
    } else if (at >= 3 && s.compare(at - 3, 3, "'s ") == 0) {
      int possessor = MentionEndingAt(at - 3);
      size_t b = possessor >= 0 ? mentions[static_cast<size_t>(possessor)].begin : 0;
      if (b >= 2 && s.compare(b - 2, 2, ", ") == 0) head = MentionEndingAt(b - 2);
    }
    if (head < 0 || end + 1 >= s.size() || s[end] != ' ') return false;
    size_t noun_end = 0;
    std::string noun = WordAt(end + 1, &noun_end);
    WordNet& wn = WordNet::Shared();
    if (noun.empty() || !wn.Has(noun, WordClass::kNoun)) return false;
    // "X, the Japanese company said": the phrase is the subject of a verb, not X's appositive.
    if (noun_end + 1 < s.size() && s[noun_end] == ' ') {
      size_t next_end = 0;
      std::string next = WordAt(noun_end + 1, &next_end);
      if (!next.empty() && wn.Has(next, WordClass::kVerb) && !wn.Has(next, WordClass::kNoun)) return false;
    }
    const Mention& m = mentions[static_cast<size_t>(head)];
    if (!Placed(m.entity) && CanBeLocated(*ents, m.entity) && !Titled(m)) {
      Emit(m.entity, ents->Intern(country, "Country", {}), m.begin, noun_end, "en:descriptor:appositive");
    }
    return true;
  }

  // The mention that ends at byte `at` (markdown emphasis around it skipped), or -1.
  int MentionEndingAt(size_t at) const {
    while (at > 0 && s[at - 1] == '*') --at;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].end == at) return static_cast<int>(k);
    }
    return -1;
  }

  // "Hyundai Motor took over X, a Michigan-based maker, the South Korean automaker said": a
  // definite nationality and group noun with no name after it refers back to the organisation
  // the sentence opens with, unless that one is placed already or is a titled person.
  void Anaphor(size_t at, size_t end, const std::string& country, const std::set<size_t>& skip) {
    if (at < 4 || (s.compare(at - 4, 4, "the ") != 0 && s.compare(at - 4, 4, "The ") != 0)) return;
    if (end + 1 >= s.size() || s[end] != ' ') return;
    size_t noun_end = 0;
    std::string noun = WordAt(end + 1, &noun_end);
    WordNet& wn = WordNet::Shared();
    if (noun.empty() || !wn.IsGroupNoun(noun)) return;
    // "the German company bond market": the group noun only modifies the head that follows.
    if (noun_end + 1 < s.size() && s[noun_end] == ' ') {
      size_t next_end = 0;
      std::string next = WordAt(noun_end + 1, &next_end);
      if (!next.empty() && wn.Has(next, WordClass::kNoun) && !wn.Has(next, WordClass::kVerb)) return;
    }
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      if (skip.count(k)) continue;
      if (m.end > at || Placed(m.entity) || !CanBeLocated(*ents, m.entity) || Titled(m)) return;
      Emit(m.entity, ents->Intern(country, "Country", {}), m.begin, noun_end, "en:descriptor:anaphor");
      return;
    }
  }

  // "Stockholm media group Nordhavn Media", "Ohio discount chain Brightwell Stores": a place's
  // name before a name's descriptor words places that name, as a nationality adjective does.
  // The place is a country or place by type, or a one-word name WordNet first knows as a
  // location; a person's name after a title word stays unplaced. `modifiers` gets the indexes
  // of the mentions that only name the place.
  void PlaceModifier(std::set<size_t>* modifiers) {
    for (size_t k = 0; k + 1 < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      if (modifiers->count(k) || !IsPlace(m)) continue;
      // Not inside a longer capitalised run, nor a possessor's modifier ("X's Stockholm office").
      if (m.begin >= 1 && s[m.begin - 1] != ' ' && s[m.begin - 1] != '*') continue;
      if (m.begin >= 3 && s.compare(m.begin - 3, 3, "'s ") == 0) continue;
      int name = NameAfter(m.end, false);
      if (name != static_cast<int>(k + 1)) continue;
      const Mention& n = mentions[k + 1];
      if (ents->at(n.entity).type.empty() && !Placeable(n)) continue;
      if (!CanBeLocated(*ents, n.entity) || Titled(n) || Placed(n.entity)) continue;
      modifiers->insert(k);
      Emit(n.entity, m.entity, m.begin, n.end, "en:descriptor:place");
      spans.emplace_back(m.begin, k + 1);
    }
  }

  bool IsPlace(const Mention& m) const {
    const std::string& t = ents->at(m.entity).type;
    if (t == "Country" || t == "Place") return true;
    if (!t.empty()) return false;
    std::string w = s.substr(m.begin, m.end - m.begin);
    if (w.find(' ') != std::string::npos || w.find('-') != std::string::npos) return false;
    return WordNet::Shared().IsPlaceNoun(w);
  }

  // An untyped name after a place and descriptor: a name WordNet does not know as a common or
  // place noun ("Nubedata", not "Georgia" or "Apple").
  bool Placeable(const Mention& n) const {
    std::string w = s.substr(n.begin, n.end - n.begin);
    if (w.find(' ') != std::string::npos) return true;
    return !WordNet::Shared().Has(w, WordClass::kNoun);
  }

  // "South Korea's largest carrier Haneul Telecom", "South Korea's Ministry of Science and ICT".
  void CountryPossessive() {
    for (size_t k = 0; k + 1 < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      if (ents->at(m.entity).type != "Country" || s.compare(m.end, 2, "'s") != 0) continue;
      int name = NameAfter(m.end + 2, true);
      if (name != static_cast<int>(k + 1)) continue;
      Emit(mentions[k + 1].entity, m.entity, m.begin, mentions[k + 1].end, "en:descriptor:possessive");
      spans.emplace_back(m.begin, k + 1);
    }
  }
};

}  // namespace

size_t NounPhraseStart(const std::string& s, size_t noun) {
  static const std::set<std::string> kLinks = {"is", "are", "was", "were", "a", "an", "the", "one",
                                               "also", "remains", "became"};
  size_t cut = noun, i = noun;
  size_t modifiers = 0;
  bool article = false, based = false;
  while (i > 0) {
    size_t e = i;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',')) --e;
    size_t b = e;
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '-' ||
                     static_cast<unsigned char>(s[b - 1]) >= 0x80)) {
      --b;
    }
    if (b == e) break;
    std::string w = s.substr(b, e - b), lower = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (kLinks.count(lower)) {
      article |= lower == "a" || lower == "an" || lower == "the";
      cut = b;
    } else if (!article && modifiers < 4 &&
               (lower.find('-') != std::string::npos || w == lower || (based && std::isupper(static_cast<unsigned char>(w[0]))))) {
      based |= lower.size() > kBasedLen && lower.compare(lower.size() - kBasedLen, kBasedLen, kBased) == 0;
      ++modifiers;
    } else {
      break;
    }
    i = b;
  }
  return modifiers > 0 && !article ? noun : cut;
}

std::string KindPhraseAt(const std::string& s, size_t at, const std::set<std::string>& breaks) {
  std::string out;
  size_t words = 0, i = at;
  while (i < s.size() && words < 4) {
    size_t e = i;
    while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
    if (e == i) break;
    std::string w = s.substr(i, e - i), lower = w, upper = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (breaks.count(lower) || (w != lower && w != upper)) break;
    out += (out.empty() ? "" : " ") + w;
    ++words;
    if (e >= s.size() || s[e] != ' ') break;
    i = e + 1;
  }
  return out;
}

std::vector<Mention> DescriptorFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                                     const std::vector<ValueMention>& values,
                                     const std::map<std::string, std::string>& demonyms,
                                     const std::set<std::string>& breaks,
                                     const RelationDef& located_in, DocEntities* ents,
                                     FactSink* sink, std::vector<MergedSpan>* spans) {
  Pass pass{sentence, sentence.text, mentions, values, breaks, located_in, ents, sink, {}, {}};
  std::set<size_t> places = pass.Based();
  pass.Nationality(demonyms, &places);
  pass.PlaceModifier(&places);
  pass.CountryPossessive();
  std::vector<Mention> out;
  std::map<size_t, int> index;  // mention index -> index in `out`
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (places.count(k)) continue;
    index[k] = static_cast<int>(out.size());
    out.push_back(mentions[k]);
  }
  for (const auto& [begin, k] : pass.spans) {
    auto it = index.find(k);
    if (it == index.end()) continue;
    bool overlaps = false;
    for (const MergedSpan& m : *spans) overlaps |= begin < m.end && mentions[k].end > m.begin;
    if (!overlaps) spans->push_back({begin, mentions[k].end, it->second});
  }
  return out;
}

}  // namespace kg::ingest
