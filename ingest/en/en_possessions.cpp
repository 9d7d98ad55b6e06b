// owner_of from a possessive before an organisation's named unit or site ("its fintech venture
// OnePay", "the group's Metaplant America factory"); develops from a possessive before a product
// noun and a product's name ("X's lead drug, Y", "X's Y claims software").
#include "ingest/en/en_possessions.h"

#include <cctype>
#include <string>

#include "ingest/en/en_headed_units.h"
#include "ingest/en/en_its_products.h"
#include "ingest/en/en_possessed_relations.h"
#include "ingest/en/en_possessive_titles.h"
#include "ingest/en/en_predicate_titles.h"
#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// The last word of `s` before `at` (skipping spaces), lower-case, and where it begins.
std::string WordBefore(const std::string& s, size_t at, size_t* begin) {
  while (at > 0 && s[at - 1] == ' ') --at;
  size_t b = at;
  while (b > 0 && (std::isalnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '\'' || s[b - 1] == '-')) --b;
  *begin = b;
  return LowerAscii(s.substr(b, at - b));
}

std::string WordAfter(const std::string& s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  size_t e = at;
  while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
  return LowerAscii(s.substr(at, e - at));
}

// The organisation named right before a possessive "'s" that ends at byte `end`, or -1.
int PossessorBefore(const std::string& s, size_t end, const std::vector<Mention>& mentions,
                    const DocEntities& ents) {
  while (end > 0 && s[end - 1] == ' ') --end;
  for (const char* mark : {"'s", "\xE2\x80\x99s"}) {
    size_t n = std::string(mark).size();
    if (end < n || s.compare(end - n, n, mark) != 0) continue;
    for (const Mention& m : mentions) {
      if (m.end == end - n && OrganisationLike(ents.at(m.entity))) return m.entity;
    }
  }
  return -1;
}

bool LowerAlpha(const std::string& s, size_t b, size_t e) {
  if (e <= b) return false;
  for (size_t i = b; i < e; ++i) {
    if (!std::islower(static_cast<unsigned char>(s[i])) && s[i] != '-') return false;
  }
  return true;
}

// "X's lead drug, NAME": the possessor before up to two modifiers and a product noun that end
// at the ", " before the name; else -1.
int ProductNounBefore(const std::string& s, const Mention& m, const std::vector<Mention>& mentions,
                      const EnglishWords& words, const DocEntities& ents) {
  if (m.begin < 2 || s.compare(m.begin - 2, 2, ", ") != 0) return -1;
  size_t b = 0;
  std::string w = WordBefore(s, m.begin - 2, &b);
  if (!LowerAlpha(s, b, m.begin - 2) || !words.IsProductNoun(Lemma(w, false))) return -1;
  for (int modifiers = 0; modifiers <= 2; ++modifiers) {
    if (int owner = PossessorBefore(s, b, mentions, ents); owner >= 0) return owner;
    size_t before = 0;
    w = WordBefore(s, b, &before);
    if (!LowerAlpha(s, before, before + w.size()) || words.descriptor_breaks().count(w)) return -1;
    b = before;
  }
  return -1;
}

// "X's NAME claims software": a product noun among the three lower-case words after the name.
bool ProductNounAfter(const std::string& s, const Mention& m, const EnglishWords& words) {
  size_t at = m.end;
  for (int n = 0; n < 3 && at < s.size() && s[at] == ' '; ++n) {
    size_t e = at + 1;
    while (e < s.size() && (std::islower(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
    if (e == at + 1 || (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e])))) return false;
    if (words.IsProductNoun(Lemma(s.substr(at + 1, e - at - 1), false))) return true;
    at = e;
  }
  return false;
}

}  // namespace

void PossessedProductFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                           const EnglishWords& words, const RelationVocabulary& relations,
                           DocEntities* ents, FactSink* sink) {
  const RelationDef* develops = relations.Find("develops");
  if (!develops) return;
  const std::string& s = sentence.text;
  for (const Mention& m : mentions) {
    int owner = ProductNounBefore(s, m, mentions, words, *ents);
    if (owner < 0 && ProductNounAfter(s, m, words)) owner = PossessorBefore(s, m.begin, mentions, *ents);
    if (owner < 0 || owner == m.entity || ents->at(m.entity).type == "Person") continue;
    bool linked = false;  // "X's Y chip design, unveiled in 2023": released says more
    for (const ExtractedFact& f : sink->out()->facts) {
      linked |= f.sentence == sentence.number && ((f.subject == owner && f.object_entity == m.entity) ||
                                                  (f.subject == m.entity && f.object_entity == owner));
    }
    if (linked) continue;
    sink->AddLink(owner, develops->id, m.entity, sentence.number, s, m.begin, m.end,
                  "en:possessed-product:develops");
  }
}

void PossessionFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                     const EnglishWords& words, const DefiniteHeads& definite,
                     const RelationVocabulary& relations, DocEntities* ents, FactSink* sink) {
  PossessedUnitFacts(sentence, mentions, words, definite, relations, ents, sink);
  PossessedRelationFacts(sentence, mentions, words, definite, relations, ents, sink);
  PossessiveTitleFacts(sentence, mentions, relations, ents, sink);
  PredicateTitleFacts(sentence, mentions, relations, ents, sink);
  HeadedUnitFacts(sentence, mentions, words, definite, relations, ents, sink);
  PossessedProductFacts(sentence, mentions, words, relations, ents, sink);
  PronounProductFacts(sentence, mentions, words, relations, *ents, sink);
}

void PossessedUnitFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                        const EnglishWords& words, const DefiniteHeads& definite,
                        const RelationVocabulary& relations, DocEntities* ents, FactSink* sink) {
  const RelationDef* owner = relations.Find("owner_of");
  if (!owner) return;
  const std::string& s = sentence.text;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (!OrganisationLike(ents->at(m.entity))) continue;
    size_t at = m.begin, b = 0;
    bool comma = at >= 2 && s.compare(at - 2, 2, ", ") == 0;  // "its dermatology unit, X"
    if (comma) at -= 2;
    std::string w = WordBefore(s, at, &b);
    bool unit = false;
    // Up to one modifier before the unit noun ("fintech venture").
    for (int n = 0; n < 2 && words.IsUnitNoun(w); ++n) {
      unit = true;
      at = b;
      w = WordBefore(s, at, &b);
      if (!words.IsUnitNoun(w) && w != "its" && w.find('\'') == std::string::npos) {
        at = b;
        w = WordBefore(s, at, &b);
      }
    }
    if (!unit && (comma || !words.IsUnitNoun(WordAfter(s, m.end)))) continue;
    int possessor = -1;
    if (int named = PossessorBefore(s, b + w.size(), mentions, *ents); named >= 0) {
      possessor = named;  // "Halden's card-payment unit, X"
    } else if (w == "its") {
      for (size_t j = k; j-- > 0;) {
        if (mentions[j].end <= b && OrganisationLike(ents->at(mentions[j].entity))) {
          possessor = mentions[j].entity;
          break;
        }
      }
    } else if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) {
      size_t tb = 0;
      // "the company's unit, X": too loose a reference with the name set off by a comma.
      if (comma || WordBefore(s, b, &tb) != "the") continue;
      std::string noun = w.substr(0, w.size() - 2);
      for (size_t j = 0; j < k && possessor < 0; ++j) {  // "Hyundai Motor Group ... the group's"
        std::string name = LowerAscii(ents->at(mentions[j].entity).name);
        if (name.size() > noun.size() && name.compare(name.size() - noun.size(), noun.size(), noun) == 0 &&
            name[name.size() - noun.size() - 1] == ' ') {
          possessor = mentions[j].entity;
        }
      }
      if (possessor < 0) possessor = definite.Resolve(noun);
    }
    if (possessor < 0 || possessor == m.entity) continue;
    sink->AddLink(possessor, owner->id, m.entity, sentence.number, s, b, m.end,
                  "en:possessed-unit:owner_of");
  }
}

}  // namespace kg::ingest
