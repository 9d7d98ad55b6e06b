// Titles after "serves as", "become" or "appointed ... as": see en_predicate_titles.h.
#include "ingest/en/en_predicate_titles.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

constexpr size_t kMaxTitleWords = 4;

// The cue's possessor: "its" is the sentence's first organisation (an adverb opening the
// sentence, "Separately,", is none); "<ORG>'s" is that organisation.
int Owner(const std::string& s, size_t at, const std::vector<Mention>& mentions,
          const DocEntities& ents, size_t* title_at) {
  if (s.compare(at, 4, "its ") == 0) {
    *title_at = at + 4;
    for (const Mention& m : mentions) {
      const ExtractedEntity& e = ents.at(m.entity);
      if (m.begin == 0 && e.type.empty() &&
          WordNet::Shared().Has(s.substr(m.begin, m.end - m.begin), WordClass::kAdverb))
        continue;
      if (m.begin >= at) break;
      if (OrganisationLike(e) && e.type != "Person") return m.entity;
    }
    return -1;
  }
  for (const Mention& m : mentions) {
    if (m.begin != at || !OrganisationLike(ents.at(m.entity))) continue;
    if (s.compare(m.end, 3, "'s ") != 0) return -1;
    *title_at = m.end + 3;
    return m.entity;
  }
  return -1;
}

}  // namespace

void PredicateTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const RelationVocabulary& relations, DocEntities* ents, FactSink* sink) {
  const RelationDef* held = relations.Find("position_held");
  const RelationDef* ceo = relations.Find("ceo_of");
  if (!held || !ceo) return;
  const std::string& s = sentence.text;
  for (const char* cue : {" as ", " become "}) {
    const size_t n = std::string(cue).size();
    for (size_t at = s.find(cue); at != std::string::npos; at = s.find(cue, at + 1)) {
      size_t title_at = 0;
      int org = Owner(s, at + n, mentions, *ents, &title_at);
      if (org < 0) continue;
      // The title: lower-case words up to punctuation or the sentence's end.
      std::vector<std::string> title;
      size_t i = title_at;
      while (i < s.size() && title.size() < kMaxTitleWords) {
        size_t e = i;
        while (e < s.size() && (std::islower(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
        if (e == i) break;
        std::string w = s.substr(i, e - i);
        if (!(title.empty() && (w == "new" || w == "next"))) title.push_back(w);
        i = e;
        if (i >= s.size() || s[i] != ' ') break;
        ++i;
      }
      if (title.empty() || (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))))
        continue;
      bool chief = false, vocabulary = false;
      for (size_t from = 0; from < title.size(); ++from) {
        std::string tail;
        for (size_t k = from; k < title.size(); ++k) tail += (tail.empty() ? "" : " ") + title[k];
        for (const RelationDef* r : relations.ByNoun(tail)) {
          chief |= r == ceo;
          vocabulary |= r == ceo || r == held;
        }
      }
      if (!vocabulary && title.back() != "officer") continue;
      // The person: the nearest person named before the cue.
      int person = -1;
      for (const Mention& m : mentions) {
        if (m.end > at) break;
        if (ents->at(m.entity).type == "Person") person = m.entity;
      }
      if (person < 0 || person == org) continue;
      ExtractedFact f;
      f.subject = person;
      f.relation = chief ? ceo->id : held->id;
      f.object_entity = org;
      if (!chief) {
        std::string role;
        for (const std::string& w : title) role += (role.empty() ? "" : " ") + w;
        f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
      }
      f.sentence = sentence.number;
      CharSpan(s, at + 1, i, &f.start, &f.end);
      f.rule = "en:predicate-title";
      sink->Add(std::move(f));
    }
  }
}

}  // namespace kg::ingest
