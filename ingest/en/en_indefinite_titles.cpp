// A person's apposition with an indefinite title at an organisation: see en_indefinite_titles.h.
#include "ingest/en/en_indefinite_titles.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

constexpr size_t kMaxTitleWords = 3;
constexpr size_t kMaxDescriptorWords = 3;

// A person's name: typed so, or untyped and not ending in a common noun ("Apex Systems")
// other than a person's.
bool PersonName(const ExtractedEntity& e) {
  if (!e.type.empty()) return e.type == "Person";
  size_t space = e.name.rfind(' ');
  if (space == std::string::npos) return false;
  std::string last = LowerAscii(e.name.substr(space + 1));  // "Brandt" is a person in WordNet
  return !WordNet::Shared().Has(last, WordClass::kNoun) || WordNet::Shared().IsPersonNoun(last);
}

}  // namespace

void IndefiniteTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                          const EnglishWords& words, const RelationVocabulary& relations,
                          DocEntities* ents, FactSink* sink) {
  const RelationDef* held = relations.Find("position_held");
  const RelationDef* ceo = relations.Find("ceo_of");
  if (!held || !ceo) return;
  const std::string& s = sentence.text;
  for (const Mention& person : mentions) {
    if (!PersonName(ents->at(person.entity))) continue;
    size_t at = 0;
    if (s.compare(person.end, 4, ", a ") == 0) at = person.end + 4;
    if (s.compare(person.end, 5, ", an ") == 0) at = person.end + 5;
    if (at == 0) continue;
    // The title: lower-case words up to "at" or "of".
    std::vector<std::string> title;
    size_t end = 0;
    std::string prep;
    while (at < s.size() && title.size() <= kMaxTitleWords) {
      std::string w = LetterWordAt(s, at, &end);
      if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) || end >= s.size() ||
          s[end] != ' ')
        break;
      at = end + 1;
      if (w == "at" || w == "of") {
        prep = w;
        break;
      }
      title.push_back(w);
    }
    if (prep.empty() || title.empty() || title.size() > kMaxTitleWords) continue;
    bool former = title.front() == "former";
    if (former && title.size() == 1) continue;
    bool chief = false, vocabulary = false;
    for (size_t from = former ? 1 : 0; from < title.size(); ++from) {
      std::string tail;
      for (size_t i = from; i < title.size(); ++i) tail += (tail.empty() ? "" : " ") + title[i];
      if (from + 1 == title.size()) tail = Lemma(tail, false);
      for (const RelationDef* r : relations.ByNoun(tail)) {
        chief |= r == ceo;
        vocabulary |= r == ceo || r == held;
      }
    }
    if (!vocabulary && !WordNet::Shared().IsPersonNoun(Lemma(title.back(), false))) continue;
    // The organisation: right after the preposition or after up to three descriptor words
    // ("Portuguese grid operator REN"), closing the apposition.
    const Mention* org = nullptr;
    for (size_t n = 0;
         n <= kMaxDescriptorWords && at < s.size() && !(org = MentionAt(mentions, at)); ++n) {
      std::string w = LetterWordAt(s, at, &end);
      if (w.empty() || words.descriptor_breaks().count(LowerAscii(w)) || end >= s.size() ||
          s[end] != ' ')
        break;
      at = end + 1;
    }
    if (!org || org->entity == person.entity) continue;
    const ExtractedEntity& o = ents->at(org->entity);
    if (!OrganisationLike(o) || o.type == "Person" || o.type == "Country" || o.type == "Place")
      continue;
    if (org->end < s.size() && s[org->end] != ',' && s[org->end] != '.') continue;
    if (ents->at(person.entity).type.empty()) ents->SetType(person.entity, "Person");
    ExtractedFact f;
    f.subject = person.entity;
    f.relation = chief && !former ? ceo->id : held->id;
    f.object_entity = org->entity;
    if (f.relation == held->id) {
      std::string role;
      for (const std::string& w : title) role += (role.empty() ? "" : " ") + w;
      f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
    }
    f.sentence = sentence.number;
    CharSpan(s, person.begin, org->end, &f.start, &f.end);
    f.rule = "en:indefinite-title";
    sink->Add(std::move(f));
  }
}

}  // namespace kg::ingest
