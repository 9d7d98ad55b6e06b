// develops from "its NAME <product noun>" and "X, whose <product noun> NAME": the company the
// possessive pronoun stands for, read off the words around it.
#include "ingest/en/en_its_products.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// A product noun, singular or plural ("chips": WordNet knows the plural as a noun of its own).
bool IsProduct(const std::string& w, const EnglishWords& words) {
  return words.IsProductNoun(Lemma(w, false)) ||
         (w.size() > 2 && w.back() == 's' && words.IsProductNoun(w.substr(0, w.size() - 1)));
}

bool IsLower(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!std::islower(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

// The lower-case word ending right before byte `at` (one space between), and where it begins.
std::string WordBefore(const std::string& s, size_t at, size_t* begin) {
  if (at == 0 || s[at - 1] != ' ') return "";
  size_t e = at - 1, b = e;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '-')) --b;
  *begin = b;
  return s.substr(b, e - b);
}

// A product noun among the (up to three) lower-case words right after byte `at`.
bool ProductNounAfter(const std::string& s, size_t at, const EnglishWords& words) {
  for (int n = 0; n < 3 && at < s.size() && s[at] == ' '; ++n) {
    size_t e = at + 1;
    while (e < s.size() && (std::isalpha(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
    std::string w = s.substr(at + 1, e - at - 1);
    if (!IsLower(w) || words.descriptor_breaks().count(w)) return false;
    if (IsProduct(w, words)) return true;
    at = e;
  }
  return false;
}

// The organisation named right before ", which" / ", whose" ending at byte `at` (the relative
// pronoun's start), or -1.
int Antecedent(const std::string& s, size_t at, const std::vector<Mention>& mentions,
               const DocEntities& ents) {
  if (at < 2 || s.compare(at - 2, 2, ", ") != 0) return -1;
  for (const Mention& m : mentions) {
    if (m.end == at - 2 && OrganisationLike(ents.at(m.entity))) return m.entity;
  }
  return -1;
}

// Whom "its" at byte `at` stands for: the antecedent of the last ", which" before it, else the
// organisation whose name opens the sentence; -1 when neither is there.
int ItsOwner(const std::string& s, size_t at, const std::vector<Mention>& mentions,
             const DocEntities& ents) {
  for (size_t w = s.rfind(", which ", at); w != std::string::npos && w > 0;
       w = s.rfind(", which ", w - 1)) {
    if (int owner = Antecedent(s, w + 2, mentions, ents); owner >= 0) return owner;
    if (w == 0) break;
  }
  if (!mentions.empty() && mentions.front().begin == 0 && mentions.front().end < at &&
      OrganisationLike(ents.at(mentions.front().entity))) {
    return mentions.front().entity;
  }
  return -1;
}

bool Linked(FactSink& sink, int sentence, int a, int b) {
  for (const ExtractedFact& f : sink.out()->facts) {
    if (f.sentence == sentence &&
        ((f.subject == a && f.object_entity == b) || (f.subject == b && f.object_entity == a))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void PronounProductFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const EnglishWords& words, const RelationVocabulary& relations,
                         const DocEntities& ents, FactSink* sink) {
  const RelationDef* develops = relations.Find("develops");
  if (!develops) return;
  const std::string& s = sentence.text;
  for (const Mention& m : mentions) {
    const ExtractedEntity& product = ents.at(m.entity);
    if (product.type == "Person" || product.type == "Place" || product.type == "Country") continue;
    size_t b = 0, mb = 0;
    std::string w = WordBefore(s, m.begin, &b);
    int owner = -1;
    if (w == "whose" || (IsProduct(w, words) && WordBefore(s, b, &mb) == "whose")) {
      // "Madrigal Pharmaceuticals, whose drug Rezdiffra": the product noun before the name.
      size_t whose = w == "whose" ? b : mb;
      if (w == "whose" && !ProductNounAfter(s, m.end, words)) continue;
      owner = Antecedent(s, whose, mentions, ents);
    } else {
      // "its reusable Lynx-4 rocket", "its HBM3E memory chips", "its drug Rezdiffra".
      bool noun_before = IsProduct(w, words);
      if (w != "its" && IsLower(w) && !words.descriptor_breaks().count(w)) w = WordBefore(s, b, &b);
      if (w != "its" || (!noun_before && !ProductNounAfter(s, m.end, words))) continue;
      owner = ItsOwner(s, b, mentions, ents);
    }
    if (owner < 0 || owner == m.entity || Linked(*sink, sentence.number, owner, m.entity)) continue;
    sink->AddLink(owner, develops->id, m.entity, sentence.number, s, b, m.end,
                  "en:pronoun-product:develops");
  }
}

}  // namespace kg::ingest
