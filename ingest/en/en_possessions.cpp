// owner_of from a possessive before an organisation's named unit or site ("its fintech venture
// OnePay", "the group's Metaplant America factory").
#include "ingest/en/en_possessions.h"

#include <cctype>
#include <string>

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

}  // namespace

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
    if (!unit && !words.IsUnitNoun(WordAfter(s, m.end))) continue;
    int possessor = -1;
    if (w == "its") {
      for (size_t j = k; j-- > 0;) {
        if (mentions[j].end <= b && OrganisationLike(ents->at(mentions[j].entity))) {
          possessor = mentions[j].entity;
          break;
        }
      }
    } else if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) {
      size_t tb = 0;
      if (WordBefore(s, b, &tb) != "the") continue;
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
    ExtractedFact f;
    f.subject = possessor;
    f.relation = owner->id;
    f.object_entity = m.entity;
    f.sentence = sentence.number;
    CharSpan(s, b, m.end, &f.start, &f.end);
    f.rule = "en:possessed-unit:owner_of";
    sink->Add(std::move(f));
  }
}

}  // namespace kg::ingest
