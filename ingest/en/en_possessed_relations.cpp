// A relation noun between a possessive and the name after it ("its Japanese partner X"): see
// en_possessed_relations.h. Kept apart from en_possessions.cpp, whose unit reader knows only
// owner_of, so that any relation noun of relations.json can be read the same way.
#include "ingest/en/en_possessed_relations.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

constexpr int kMaxModifiers = 2;

// The word of letters, hyphens, stops and apostrophes ending at byte `e`, and where it begins.
std::string WordEndingAt(const std::string& s, size_t e, size_t* begin) {
  size_t b = e;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '-' ||
                   s[b - 1] == '\'' || s[b - 1] == '.')) {
    --b;
  }
  *begin = b;
  return s.substr(b, e - b);
}

// The word ending right before byte `at` with one space between; empty when there is none.
std::string WordBefore(const std::string& s, size_t at, size_t* begin) {
  if (at < 2 || s[at - 1] != ' ') return "";
  return WordEndingAt(s, at - 1, begin);
}

bool AllLower(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!std::islower(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

bool Organisation(const DocEntities& ents, int e) { return e >= 0 && OrganisationLike(ents.at(e)); }

// An untyped name shaped as a person's, a given name and a family name ("Rosa Lind"): two
// capitalised words of letters, the second no word WordNet knows but as a person (a family name
// is none; "Dairy", "Energy", "Interactive", "Foods" are). Such a possessor is no organisation
// with partners, units, rivals or suppliers.
bool PersonShaped(const ExtractedEntity& e) {
  if (!e.type.empty()) return false;
  size_t space = e.name.find(' ');
  if (space == std::string::npos || e.name.find(' ', space + 1) != std::string::npos) return false;
  for (const std::string& w : {e.name.substr(0, space), e.name.substr(space + 1)}) {
    if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) || !AllLower(w.substr(1)) ||
        w.find('-') != std::string::npos) {
      return false;
    }
  }
  std::string family = LowerAscii(e.name.substr(space + 1));
  WordNet& wn = WordNet::Shared();
  if (wn.Has(family, WordClass::kNoun)) return wn.IsPersonNoun(family);
  return !wn.Has(family, WordClass::kAdjective) && !wn.Has(family, WordClass::kVerb) &&
         !wn.Has(family, WordClass::kAdverb);
}

// The organisation whose name opens the sentence (en_anaphora's OpeningOrganisation), or an
// untyped one-word name there unless WordNet knows it as a common noun (an opening
// "Separately"); -1 otherwise.
int Opening(const std::vector<Mention>& mentions, const DocEntities& ents) {
  if (int named = OpeningOrganisation(mentions, ents); named >= 0) return named;
  if (mentions.empty() || mentions[0].begin != 0 || !Organisation(ents, mentions[0].entity))
    return -1;
  const std::string& name = ents.at(mentions[0].entity).name;
  bool common = name.find(' ') == std::string::npos &&
                WordNet::Shared().Has(LowerAscii(name), WordClass::kNoun);
  return common ? -1 : mentions[0].entity;
}

// Whom "its" at byte `at` stands for: the organisation the sentence opens with, else the only
// organisation named before it ("The plant will make drugs for X and others, including its
// partner Y": X); -1 when there is none or more than one.
int ItsOwner(size_t at, const std::vector<Mention>& mentions, const DocEntities& ents) {
  int opening = Opening(mentions, ents);
  if (opening >= 0 && mentions[0].end <= at) return opening;
  int only = -1;
  for (const Mention& m : mentions) {
    if (m.end > at || !Organisation(ents, m.entity)) continue;
    if (only >= 0 && only != m.entity) return -1;
    only = m.entity;
  }
  return only;
}

// The possessor written as the word `w` that begins at byte `b` ("its", "Arden's", "company's"),
// or -1.
int Possessor(const std::string& s, const std::string& w, size_t b,
              const std::vector<Mention>& mentions, const EnglishWords& words,
              const DefiniteHeads& definite, const DocEntities& ents) {
  if (w == "its") return ItsOwner(b, mentions, ents);
  size_t mark =
      w.size() >= 2 && w.compare(w.size() - 2, 2, "'s") == 0 ? 2 : (w.back() == '\'' ? 1 : 0);
  if (mark == 0) return -1;
  size_t end = b + w.size() - mark;
  for (const Mention& m : mentions) {  // "Arden's", "Brevik Foods'"
    if (m.end == end) {
      return Organisation(ents, m.entity) && !PersonShaped(ents.at(m.entity)) ? m.entity : -1;
    }
  }
  // "the company's": the organisation the sentence opens with.
  std::string noun = w.substr(0, w.size() - mark);
  size_t tb = 0;
  if (!AllLower(noun) || WordBefore(s, b, &tb) != "the") return -1;
  if (words.IsOrganisationNoun(noun)) return Opening(mentions, ents);
  int e = definite.Resolve(Lemma(noun, false));
  return Organisation(ents, e) ? e : -1;
}

const NounForm* FormOf(const RelationVocabulary& relations, const std::string& noun,
                       const RelationDef** rel) {
  for (const RelationDef& r : relations.relations()) {
    for (const NounForm& n : r.nouns) {
      if (LowerAscii(n.singular) == noun) return *rel = &r, &n;
    }
  }
  return nullptr;
}

}  // namespace

void PossessedRelationFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                            const EnglishWords& words, const DefiniteHeads& definite,
                            const RelationVocabulary& relations, DocEntities* ents,
                            FactSink* sink) {
  const RelationDef* located = relations.Find("located_in");
  const std::string& s = sentence.text;
  for (const Mention& m : mentions) {
    if (!Organisation(*ents, m.entity)) continue;
    bool comma = m.begin >= 2 && s.compare(m.begin - 2, 2, ", ") == 0;
    // "the company's unit, X": the apposition closes after the name.
    if (comma && m.end < s.size() && s[m.end] != ',' && s[m.end] != '.') continue;
    size_t b = 0;
    std::string noun = comma ? WordEndingAt(s, m.begin - 2, &b) : WordBefore(s, m.begin, &b);
    if (!AllLower(noun) || !words.IsPossessedRelationNoun(noun)) continue;
    const RelationDef* rel = nullptr;
    const NounForm* form = FormOf(relations, noun, &rel);
    if (!form) continue;
    // Up to two modifiers ("biggest online", "Japanese"), then the possessor.
    std::string country;
    int possessor = -1;
    for (int n = 0; n <= kMaxModifiers; ++n) {
      size_t wb = 0;
      std::string w = WordBefore(s, b, &wb);
      if (w.empty()) break;
      possessor = Possessor(s, w, wb, mentions, words, definite, *ents);
      if (possessor >= 0 || n == kMaxModifiers) break;
      if (MentionAt(mentions, wb) || words.descriptor_breaks().count(LowerAscii(w))) break;
      auto demonym = words.demonyms().find(w);
      if (demonym != words.demonyms().end()) {
        country = demonym->second;
      } else if (!AllLower(w)) {
        break;
      }
      b = wb;
    }
    if (possessor < 0 || possessor == m.entity) continue;
    int subject = form->denotes_object ? possessor : m.entity;
    int object = form->denotes_object ? m.entity : possessor;
    const std::string& type = ents->at(subject).type;
    if (!rel->subject_type.empty() && !type.empty() &&
        rel->subject_type.find(type) == std::string::npos)
      continue;
    sink->AddLink(subject, rel->id, object, sentence.number, s, b, m.end,
                  "en:possessed-relation:" + rel->id);
    if (located && !country.empty()) {
      sink->AddLink(m.entity, located->id, ents->Intern(country, "Country", {}), sentence.number, s,
                    b, m.end, "en:possessed-relation:nationality");
    }
  }
}

}  // namespace kg::ingest
