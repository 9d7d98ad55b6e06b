// A title with no organisation before it, before a person's name and a reporting verb.
#include "ingest/en/en_bare_titles.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

// The relation a title phrase names by itself ("CEO", "chief executive" -> ceo_of), or null.
const RelationDef* VocabularyTitle(const std::vector<std::string>& title,
                                   const RelationVocabulary& relations) {
  for (size_t from = 0; from < title.size(); ++from) {
    std::string tail;
    for (size_t i = from; i < title.size(); ++i)
      tail += (tail.empty() ? "" : " ") + LowerAscii(title[i]);
    if (from + 1 == title.size()) tail = Lemma(tail, false);
    for (const RelationDef* r : relations.ByNoun(tail)) {
      if (!r->ko_titles.empty()) return r;
    }
  }
  return nullptr;
}

// "Chairman and CEO" -> {"Chairman"}, {"CEO"}: the titles of the words before a name, each
// ending in a title noun; empty when a word is no part of a title.
std::vector<std::vector<std::string>> Titles(const std::vector<std::string>& words,
                                             const RelationVocabulary& relations) {
  std::vector<std::vector<std::string>> out(1);
  for (const std::string& w : words) {
    std::string l = LowerAscii(w);
    if (l == "and") {
      out.emplace_back();
      continue;
    }
    bool acronym = std::all_of(w.begin(), w.end(),
                               [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    WordNet& wn = WordNet::Shared();
    if (!acronym && !wn.Has(l, WordClass::kNoun) && !wn.Has(l, WordClass::kAdjective)) return {};
    out.back().push_back(w);
  }
  for (const std::vector<std::string>& t : out) {
    if (t.empty()) return {};
    std::string last = Lemma(LowerAscii(t.back()), false);
    if (!VocabularyTitle(t, relations) && !WordNet::Shared().IsPersonNoun(last)) return {};
  }
  return out;
}

// Whether the words after byte `at` open with a reporting verb ("said", "told").
bool ReportingVerbAt(const std::string& s, size_t at, const EnglishWords& words) {
  std::vector<std::string> after = WordsOf(s.substr(at, std::min<size_t>(s.size() - at, 24)));
  return !after.empty() && words.IsReportingVerb(Lemma(LowerAscii(after[0]), true));
}

// Whether the text after byte `at` points back to an organisation ("the company", "the group").
bool PointsToOrganisation(const std::string& s, size_t at, const EnglishWords& words) {
  std::vector<std::string> after = WordsOf(s.substr(at));
  for (size_t i = 0; i + 1 < after.size(); ++i) {
    if (LowerAscii(after[i]) == "the" &&
        words.IsOrganisationNoun(Lemma(LowerAscii(after[i + 1]), false)))
      return true;
  }
  return false;
}

}  // namespace

void BareTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                    const std::vector<ValueMention>& values, const RelationVocabulary& relations,
                    const EnglishWords& words, int topic, DocEntities* ents, FactSink* sink) {
  const std::string& s = sentence.text;
  const RelationDef* held = relations.Find("position_held");
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& person = mentions[k];
    const ExtractedEntity& p = ents->at(person.entity);
    if ((!p.type.empty() && p.type != "Person") || p.name.find(' ') == std::string::npos) continue;
    // The title opens the sentence or the clause after a comma, and holds no other name but
    // a capitalised common noun opening the sentence ("Chief").
    size_t comma = s.rfind(", ", person.begin);
    size_t open = comma == std::string::npos ? 0 : comma + 2;
    bool named_between = false;
    for (size_t j = 0; j < k; ++j) {
      const Mention& m = mentions[j];
      if (m.end <= open) continue;
      std::string lone = LowerAscii(ents->at(m.entity).name);
      named_between |= !(m.begin == 0 && lone.find(' ') == std::string::npos &&
                         WordNet::Shared().Has(lone, WordClass::kNoun));
    }
    if (named_between || !std::isupper(static_cast<unsigned char>(s[open]))) continue;
    std::vector<std::string> before = WordsOf(s.substr(open, person.begin - open));
    if (before.empty() || before.size() > 6) continue;
    std::vector<std::vector<std::string>> titles = Titles(before, relations);
    if (titles.empty() || !ReportingVerbAt(s, person.end, words)) continue;
    int org = -1;
    if (open == 0) {
      if (PointsToOrganisation(s, person.end, words)) org = topic;
    } else {
      org = OpeningOrganisation(mentions, *ents);
    }
    if (org < 0 || org == person.entity) continue;
    if (p.type.empty()) ents->SetType(person.entity, "Person");
    for (const std::vector<std::string>& title : titles) {
      const RelationDef* r = VocabularyTitle(title, relations);
      if (r && r->object_type == "Person") continue;  // "founder X": said of the organisation
      if (!r) r = held;
      if (!r) continue;
      ExtractedFact f;
      f.subject = person.entity;
      f.relation = r->id;
      f.object_entity = org;
      if (r == held) {
        std::string role;
        for (const std::string& w : title) role += (role.empty() ? "" : " ") + w;
        f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
      }
      f.sentence = sentence.number;
      CharSpan(s, open, person.end, &f.start, &f.end);
      f.rule = "en:bare-title";
      NoteValues(values, *sink->out(), &f);
      sink->Add(std::move(f));
    }
  }
}

}  // namespace kg::ingest
