// Indexes every cue of the relation vocabulary by the lemma a question's word reduces to.
#include "kg/query/question_lexicon.h"

#include <algorithm>

#include "kg/base/unicode.h"

namespace kg {

namespace {

void Add(std::map<std::string, std::vector<Cue>>* m, const std::string& key, const Cue& cue) {
  if (key.empty()) return;
  std::vector<Cue>& list = (*m)[key];
  for (const Cue& c : list) {
    if (c.relation == cue.relation && c.kind == cue.kind && c.prep == cue.prep &&
        c.reversed == cue.reversed && c.passive == cue.passive) {
      return;
    }
  }
  list.push_back(cue);
}

std::vector<Cue> Find(const std::map<std::string, std::vector<Cue>>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? std::vector<Cue>{} : it->second;
}

}  // namespace

QuestionLexicon::QuestionLexicon(const ingest::RelationVocabulary& vocabulary,
                                 ingest::EnglishWords words, QuestionWords grammar)
    : vocab_(vocabulary), words_(std::move(words)), grammar_(std::move(grammar)) {}

Result<std::unique_ptr<QuestionLexicon>> QuestionLexicon::Build(
    const ingest::RelationVocabulary& vocabulary) {
  Result<ingest::EnglishWords> words = ingest::EnglishWords::Default(vocabulary);
  if (!words.ok()) return words.status();
  Result<QuestionWords> grammar = QuestionWords::Default();
  if (!grammar.ok()) return grammar.status();
  std::unique_ptr<QuestionLexicon> lexicon(
      new QuestionLexicon(vocabulary, std::move(words).value(), std::move(grammar).value()));
  lexicon->Index();
  return lexicon;
}

void QuestionLexicon::Index() {
  for (const ingest::RelationDef& def : vocab_.relations()) {
    auto verbs = def.verbs;
    verbs.insert(verbs.end(), def.question_verbs.begin(), def.question_verbs.end());
    for (const ingest::VerbForm& v : verbs) {
      Add(&en_verbs_, v.base, Cue{&def, Cue::Kind::kVerb, v.prep, v.subject_is_object, false});
    }
    auto nouns = def.nouns;
    nouns.insert(nouns.end(), def.question_nouns.begin(), def.question_nouns.end());
    for (const ingest::NounForm& n : nouns) {
      Cue cue{&def, Cue::Kind::kAgentNoun, "", n.denotes_object, false};
      Add(&en_nouns_, kg::ToLower(n.singular), cue);
      Add(&en_nouns_, kg::ToLower(n.plural), cue);
    }
    // Korean: stems of lemmas and relation nouns name the event; titles name the person.
    auto stems = def.ko_stems;
    stems.insert(stems.end(), def.ko_question_stems.begin(), def.ko_question_stems.end());
    for (const std::string& s : stems) Add(&ko_stems_, s, Cue{&def, Cue::Kind::kVerb, "", false, false});
    // A swap lemma also states the relation with its roles swapped (X가 국회를 통과하다: 국회
    // enacted X; 국회가 X를 통과시키다 keeps them): both readings.
    for (const std::string& s : def.ko_swap_stems) {
      Add(&ko_stems_, s, Cue{&def, Cue::Kind::kVerb, "", true, false});
    }
    for (const std::string& s : def.ko_inverse_stems) {
      Add(&ko_stems_, s, Cue{&def, Cue::Kind::kVerb, "", true, false});
    }
    auto intransitive = def.ko_intransitive_stems;
    intransitive.insert(intransitive.end(), def.ko_question_intransitive_stems.begin(),
                        def.ko_question_intransitive_stems.end());
    for (const std::string& s : intransitive) {
      Add(&ko_stems_, s, Cue{&def, Cue::Kind::kVerb, "", false, true});
    }
    auto ko_nouns = def.ko_nouns;
    ko_nouns.insert(ko_nouns.end(), def.ko_question_nouns.begin(), def.ko_question_nouns.end());
    for (const std::string& n : ko_nouns) Add(&ko_nouns_, n, Cue{&def, Cue::Kind::kActionNoun, "", false, false});
    // A title names the person: the end whose type is Person.
    bool person_is_object = def.object_type == "Person" && def.subject_type != "Person";
    auto titles = def.ko_titles;
    titles.insert(titles.end(), def.ko_question_agent_nouns.begin(), def.ko_question_agent_nouns.end());
    for (const std::string& t : titles) {
      // A question agent noun that is also a genitive noun (Y의 전작: the object; relations.json
      // genitive_nouns) names the end the genitive noun names.
      auto genitive = def.ko_genitive_nouns.find(t);
      bool names_object =
          genitive != def.ko_genitive_nouns.end() ? !genitive->second : person_is_object;
      Add(&ko_nouns_, t, Cue{&def, Cue::Kind::kAgentNoun, "", names_object, false});
    }
  }
  for (const auto* m : {&en_verbs_, &en_nouns_}) {
    for (const auto& [phrase, cues] : *m) {
      size_t space = phrase.find(' ');
      if (space != std::string::npos) phrase_heads_.insert(phrase.substr(0, space));
    }
  }
}

std::vector<Cue> QuestionLexicon::EnglishVerb(const std::string& lemma) const {
  std::vector<Cue> out = Find(en_verbs_, lemma);
  if (const auto* senses = words_.Verb(lemma)) {
    for (const ingest::RelationSense& s : *senses) {
      Cue cue{s.relation, Cue::Kind::kVerb, s.prep, s.subject_is_object, false};
      bool known = std::any_of(out.begin(), out.end(), [&](const Cue& c) {
        return c.relation == cue.relation && c.prep == cue.prep;
      });
      if (!known) out.push_back(cue);
    }
  }
  return out;
}

std::vector<Cue> QuestionLexicon::EnglishNoun(const std::string& noun) const {
  std::vector<Cue> out = Find(en_nouns_, noun);
  if (const auto* senses = words_.Noun(noun)) {
    for (const ingest::RelationSense& s : *senses) {
      if (s.frame) continue;  // "agreement to supply": the complement says which relation
      Cue cue{s.relation, Cue::Kind::kActionNoun, s.prep, s.subject_is_object, false};
      bool known = std::any_of(out.begin(), out.end(),
                               [&](const Cue& c) { return c.relation == cue.relation; });
      if (!known) out.push_back(cue);
    }
  }
  return out;
}

std::vector<Cue> QuestionLexicon::KoreanPredicate(const std::string& lemma, const std::string& key,
                                                  const std::string& light,
                                                  bool passive_ending) const {
  std::vector<Cue> out;
  auto add_all = [&](const std::vector<Cue>& cues, bool passive) {
    for (Cue c : cues) {
      if (c.kind == Cue::Kind::kVerb) c.passive = c.passive != passive;
      out.push_back(c);
    }
  };
  // 인수하다/인수되다/인수받다: the noun carries the relation, the light verb the voice.
  if (!light.empty()) {
    const auto& passive = grammar_.ko.passive_light_verbs;
    add_all(Find(ko_stems_, key),
            passive_ending || std::find(passive.begin(), passive.end(), light) != passive.end());
    if (!out.empty()) return out;
  }
  std::string stem = lemma;
  if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, "다") == 0) stem.resize(stem.size() - 3);
  // 세워졌다 (the dictionary's 세우다 with the ending of 되다: morphology.cpp) is passive too.
  add_all(Find(ko_stems_, stem), passive_ending);
  return out;
}

std::vector<Cue> QuestionLexicon::KoreanNoun(const std::string& noun) const {
  std::vector<Cue> out = Find(ko_nouns_, noun);
  for (const Cue& c : Find(ko_stems_, noun)) {
    bool known = std::any_of(out.begin(), out.end(),
                             [&](const Cue& o) { return o.relation == c.relation; });
    if (!known) out.push_back(Cue{c.relation, Cue::Kind::kActionNoun, "", c.reversed, false});
  }
  return out;
}

std::string QuestionLexicon::KoreanNounPrefix(const std::string& word) const {
  std::string best;
  for (const auto* m : {&ko_nouns_, &ko_stems_}) {
    for (const auto& [noun, cues] : *m) {
      if (noun.size() > best.size() && word.size() > noun.size() &&
          word.compare(0, noun.size(), noun) == 0) {
        best = noun;
      }
    }
  }
  return best;
}

}  // namespace kg
