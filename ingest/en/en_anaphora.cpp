// Head nouns of names and descriptors, remembered through a document.
#include "ingest/en/en_anaphora.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "ingest/en/en_named_descriptors.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

// The last word of `text` lower-cased and singular, when it is a common noun; else "".
std::string HeadNoun(const std::string& text) {
  size_t end = text.size();
  while (end > 0 && !std::isalpha(static_cast<unsigned char>(text[end - 1]))) --end;
  size_t begin = end;
  while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-')) --begin;
  std::string word = text.substr(begin, end - begin);
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  WordNet& wn = WordNet::Shared();
  if (word.size() < 3 || !wn.Has(word, WordClass::kNoun)) return "";
  return wn.Lemma(word, WordClass::kNoun);
}

// Up to `n` words right before byte `at`, joined to it by single spaces only, in text order.
std::vector<std::string> WordsBefore(const std::string& text, size_t at, size_t n) {
  std::vector<std::string> out;
  size_t end = at;
  while (out.size() < n && end >= 2 && text[end - 1] == ' ' && std::isalpha(static_cast<unsigned char>(text[end - 2]))) {
    size_t begin = end - 1;
    while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-')) --begin;
    out.insert(out.begin(), text.substr(begin, end - 1 - begin));
    end = begin;
  }
  return out;
}

// Head nouns of indefinite phrases a verb introduces without a name ("plan to open a joint
// research lab for game AI" -> "lab"): a new thing, which a later "the lab" points to rather
// than an older name ending in "Labs". Not an apposition or predicate ("X, a lab", "is a
// lab", "as a lab"), nor a phrase a name follows ("a lab, Y", "a lab called Y").
std::vector<std::string> UnnamedHeads(const std::string& s, const std::set<std::string>& breaks) {
  static const std::set<std::string> kLinks = {"is", "are", "was", "were", "be", "been", "become", "became",
                                               "becomes", "as", "remains", "called", "named"};
  std::vector<std::string> out;
  for (const char* article : {" a ", " an "}) {
    const size_t n = std::string(article).size();
    for (size_t at = s.find(article); at != std::string::npos; at = s.find(article, at + 1)) {
      std::vector<std::string> before = WordsBefore(s, at + 1, 1);
      if (before.empty() || !std::islower(static_cast<unsigned char>(before[0][0])) || kLinks.count(before[0])) {
        continue;
      }
      std::string last;
      size_t i = at + n, words = 0;
      while (i < s.size() && words < 4 && std::islower(static_cast<unsigned char>(s[i]))) {
        size_t e = i;
        while (e < s.size() && (std::islower(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
        std::string w = s.substr(i, e - i);
        if (breaks.count(w)) break;
        last = w;
        ++words;
        i = e;
        if (i >= s.size() || s[i] != ' ') break;
        ++i;
      }
      if (last.empty() || (i < s.size() && std::isupper(static_cast<unsigned char>(s[i])))) continue;
      size_t after = at + n;
      for (size_t k = 0; k < words; ++k) after = s.find_first_of(" ,.;", after + 1);
      if (after != std::string::npos && s.compare(after, 2, ", ") == 0 && after + 2 < s.size() &&
          std::isupper(static_cast<unsigned char>(s[after + 2]))) {
        continue;
      }
      std::string head = HeadNoun(last);
      if (!head.empty()) out.push_back(head);
    }
  }
  return out;
}

// "X, a 1.5-gigawatt offshore wind farm off ...": true when the appositive right after a name
// (", a" or ", an") has an undertaking head noun before its first grammar word or punctuation.
bool UndertakingAppositive(const std::string& text, size_t at, const EnglishWords& words) {
  for (const char* open : {", a ", ", an "}) {
    size_t n = std::char_traits<char>::length(open);
    if (text.compare(at, n, open) != 0) continue;
    size_t pos = at + n;
    for (int count = 0; count < 6 && pos < text.size(); ++count) {
      size_t end = text.find_first_of(" ,;:()", pos);
      if (end == std::string::npos) end = text.size();
      std::string word = text.substr(pos, end - pos);
      if (!word.empty() && word.back() == '.') word.pop_back(), end = text.size();
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (words.descriptor_breaks().count(word)) return false;
      if (words.IsUndertakingHead(WordNet::Shared().Lemma(word, WordClass::kNoun))) return true;
      if (end >= text.size() || text[end] != ' ') return false;
      pos = end + 1;
    }
  }
  return false;
}

}  // namespace

bool DefiniteHeads::IsUndertaking(int e, const DocEntities& ents, const EnglishWords& words) const {
  if (std::find(undertakings_.begin(), undertakings_.end(), e) != undertakings_.end()) return true;
  const ExtractedEntity& x = ents.at(e);
  if (!OrganisationLike(x)) return false;
  return x.name.find(' ') != std::string::npos && words.IsUndertakingHead(HeadNoun(x.name));
}

void DefiniteHeads::Note(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const DocEntities& ents, const EnglishWords* words) {
  if (int opening = OpeningOrganisation(mentions, ents); opening >= 0) topic_ = opening;
  for (const Mention& m : mentions) {
    if (!words || !OrganisationLike(ents.at(m.entity))) continue;
    if (IsUndertaking(m.entity, ents, *words) || UndertakingAppositive(sentence.text, m.end, *words)) {
      undertakings_.push_back(m.entity);
    }
  }
  for (const Mention& m : mentions) {
    const ExtractedEntity& e = ents.at(m.entity);
    if (e.type == "Person" || e.name.find(' ') == std::string::npos) continue;
    std::string head = HeadNoun(e.name);
    if (!head.empty()) heads_.emplace_back(head, m.entity);
    // "Northern Finland Institute of Technology": "the institute" too, the noun before "of".
    size_t of = e.name.find(" of ");
    std::string before_of = of == std::string::npos ? "" : HeadNoun(e.name.substr(0, of));
    if (!before_of.empty() && before_of != head) heads_.emplace_back(before_of, m.entity);
  }
  for (const Mention& m : mentions) {
    if (ents.at(m.entity).type == "Person") continue;
    // "The venture, called X": "the venture" is X.
    std::string named = words ? NamedDescriptorHead(sentence.text, m.begin, *words) : "";
    if (!named.empty()) heads_.emplace_back(named, m.entity);
    // "Ohio discount chain Brightwell Stores", "buyout firm Harlan": a lower-case noun right
    // before the name, itself after a noun, an adjective or a capitalised word.
    std::vector<std::string> before = WordsBefore(sentence.text, m.begin, 2);
    if (before.size() < 2 || !std::islower(static_cast<unsigned char>(before[1][0]))) continue;
    WordNet& wn = WordNet::Shared();
    const std::string& w0 = before[0];
    bool modifier = std::isupper(static_cast<unsigned char>(w0[0])) || wn.Has(w0, WordClass::kNoun) ||
                    wn.Has(w0, WordClass::kAdjective);
    std::string head = modifier ? HeadNoun(before[1]) : "";
    if (!head.empty()) heads_.emplace_back(head, m.entity);
  }
  // A new unnamed thing of the same head: "the lab" after it is that thing, no name (-1).
  if (words) {
    for (const std::string& head : UnnamedHeads(sentence.text, words->descriptor_breaks())) heads_.emplace_back(head, -1);
  }
}

int DefiniteHeads::Resolve(const std::string& noun) const {
  for (auto it = heads_.rbegin(); it != heads_.rend(); ++it) {
    if (it->first == noun) return it->second;
  }
  return -1;
}

int OpeningOrganisation(const std::vector<Mention>& mentions, const DocEntities& ents) {
  if (mentions.empty() || mentions[0].begin != 0) return -1;
  const ExtractedEntity& e = ents.at(mentions[0].entity);
  // An untyped single word opening a sentence may be any capitalised word ("Separately").
  bool named = !e.type.empty() || e.name.find(' ') != std::string::npos;
  return named && OrganisationLike(e) ? mentions[0].entity : -1;
}

int TitledPersonOrganisation(size_t at, const std::vector<Mention>& mentions,
                             const std::vector<MergedSpan>& merged, const DocEntities& ents) {
  const MergedSpan* last = nullptr;
  for (const MergedSpan& span : merged) {
    if (span.end > at || (last && span.end < last->end)) continue;
    if (ents.at(mentions[static_cast<size_t>(span.mention)].entity).type == "Person") last = &span;
  }
  if (!last) return -1;
  for (const Mention& m : mentions) {
    if (m.begin == last->begin && OrganisationLike(ents.at(m.entity))) return m.entity;
  }
  return -1;
}

bool NameModifiesNoun(const LinkageReader& reader, int w, int limit) {
  if (w < 1 || w + 1 >= limit) return false;
  const std::string det = reader.Lower(w - 1);
  if (det != "the" && det != "a" && det != "an" && det != "its" && det != "their") return false;
  const std::string& next = reader.word(w + 1).text;
  if (next.empty() || !std::islower(static_cast<unsigned char>(next[0]))) return false;
  return reader.IsNoun(w + 1);
}

}  // namespace kg::ingest
