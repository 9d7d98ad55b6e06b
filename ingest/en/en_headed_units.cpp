// A person heading an organisation's unit, read from a relative clause: see en_headed_units.h.
#include "ingest/en/en_headed_units.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

constexpr size_t kMaxUnitWords = 4;

// The possessor opening at byte `at` ("Enervia's ", "its ", "the company's "), and where the
// possessed words begin; -1 when there is none.
int PossessorAt(const std::string& s, size_t at, const std::vector<Mention>& mentions,
                const EnglishWords& words, const DefiniteHeads& definite, const DocEntities& ents,
                size_t* after) {
  if (s.compare(at, 4, "its ") == 0) {
    *after = at + 4;
    int nearest = -1;
    for (const Mention& m : mentions) {
      if (m.end <= at && OrganisationLike(ents.at(m.entity)) && ents.at(m.entity).type != "Person")
        nearest = m.entity;
    }
    return nearest;
  }
  if (const Mention* m = MentionAt(mentions, at)) {
    if (s.compare(m->end, 3, "'s ") != 0 || !OrganisationLike(ents.at(m->entity))) return -1;
    *after = m->end + 3;
    return ents.at(m->entity).type == "Person" ? -1 : m->entity;
  }
  if (s.compare(at, 4, "the ") != 0) return -1;
  size_t e = 0;
  std::string noun = LowerAscii(LetterWordAt(s, at + 4, &e));
  if (noun.empty() || s.compare(e, 3, "'s ") != 0) return -1;
  *after = e + 3;
  // "the company's": what the sentence is about; "the institute's": the name the noun heads.
  if (words.IsOrganisationNoun(noun)) {
    if (!mentions.empty() && mentions[0].begin == 0) {
      const ExtractedEntity& first = ents.at(mentions[0].entity);
      bool common = first.name.find(' ') == std::string::npos &&
                    WordNet::Shared().Has(LowerAscii(first.name), WordClass::kNoun);
      if (OrganisationLike(first) && first.type != "Person" && !common) return mentions[0].entity;
    }
    if (definite.Topic() >= 0) return definite.Topic();
  }
  for (const Mention& m : mentions) {  // "Halden Group ... the group's"
    std::string name = LowerAscii(ents.at(m.entity).name);
    if (m.end <= at && name.size() > noun.size() + 1 &&
        name.compare(name.size() - noun.size() - 1, noun.size() + 1, " " + noun) == 0) {
      return m.entity;
    }
  }
  int e2 = definite.Resolve(Lemma(noun, false));
  return e2 >= 0 && ents.at(e2).type != "Person" ? e2 : -1;
}

}  // namespace

void HeadedUnitFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                     const EnglishWords& words, const DefiniteHeads& definite,
                     const RelationVocabulary& relations, DocEntities* ents, FactSink* sink) {
  const RelationDef* held = relations.Find("position_held");
  const RelationDef* ceo = relations.Find("ceo_of");
  if (!held || !ceo) return;
  const std::string& s = sentence.text;
  for (const Mention& person : mentions) {
    const std::string& type = ents->at(person.entity).type;
    if ((!type.empty() && type != "Person") || s.compare(person.end, 6, ", who ") != 0) continue;
    size_t at = person.end + 6, end = 0;
    std::string verb = LowerAscii(LetterWordAt(s, at, &end));
    // "who currently runs": one adverb before the verb.
    if (verb.size() > 2 && WordNet::Shared().Has(verb, WordClass::kAdverb) &&
        !WordNet::Shared().Has(verb, WordClass::kVerb) && end < s.size() && s[end] == ' ') {
      at = end + 1;
      verb = LowerAscii(LetterWordAt(s, at, &end));
    }
    // An inflected verb of ceo_of ("heads", "runs", "ran"), not the base after "will".
    std::string base = Lemma(verb, true);
    bool heading = false;
    for (const RelationDef* r : relations.ByVerb(base)) heading |= r == ceo;
    if (!heading || base == verb || end >= s.size() || s[end] != ' ') continue;
    size_t unit_at = 0;
    int org = PossessorAt(s, end + 1, mentions, words, definite, *ents, &unit_at);
    if (org < 0 || org == person.entity) continue;
    // The unit: up to four words that name no entity, to a comma or the sentence's end.
    std::vector<std::string> unit;
    size_t i = unit_at;
    bool closed = false;
    while (i < s.size() && unit.size() < kMaxUnitWords && !MentionAt(mentions, i)) {
      std::string w = LetterWordAt(s, i, &end);
      if (w.empty() || words.descriptor_breaks().count(LowerAscii(w))) break;
      unit.push_back(w);
      i = end;
      if (i >= s.size() || s[i] == ',' || s[i] == '.') {
        closed = true;
        break;
      }
      if (s[i] != ' ') break;
      ++i;
    }
    if (!closed || unit.empty()) continue;
    std::string head = LowerAscii(unit.back());
    if (!std::islower(static_cast<unsigned char>(unit.back()[0])) ||
        !WordNet::Shared().Has(head, WordClass::kNoun)) {
      continue;
    }
    if (type.empty()) ents->SetType(person.entity, "Person");
    // "Professor Aino Virtanen": the person is named without the title noun opening the name.
    int subject = person.entity;
    const std::string& name = ents->at(person.entity).name;
    size_t space = name.find(' ');
    if (space != std::string::npos && name.find(' ', space + 1) != std::string::npos &&
        WordNet::Shared().IsPersonNoun(LowerAscii(name.substr(0, space)))) {
      subject = ents->Intern(name.substr(space + 1), "Person", {});
    }
    std::string role = "head of";
    for (const std::string& w : unit) role += " " + w;
    ExtractedFact f;
    f.subject = subject;
    f.relation = held->id;
    f.object_entity = org;
    f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
    f.sentence = sentence.number;
    CharSpan(s, person.begin, i, &f.start, &f.end);
    f.rule = "en:headed-unit:position_held";
    sink->Add(std::move(f));
    // "..., Enervia Brasil.": the unit's name in apposition, the person runs it.
    const Mention* named = s.compare(i, 2, ", ") == 0 ? MentionAt(mentions, i + 2) : nullptr;
    if (!named || named->entity == org || !OrganisationLike(ents->at(named->entity)) ||
        ents->at(named->entity).type == "Person" ||
        (named->end < s.size() && s[named->end] != ',' && s[named->end] != '.')) {
      continue;
    }
    ExtractedFact c;
    c.subject = subject;
    c.relation = ceo->id;
    c.object_entity = named->entity;
    c.sentence = sentence.number;
    CharSpan(s, person.begin, named->end, &c.start, &c.end);
    c.rule = "en:headed-unit:ceo_of";
    sink->Add(std::move(c));
  }
}

}  // namespace kg::ingest
