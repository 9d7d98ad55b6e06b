// The words a question names a relation with, gathered from the same data the extractor reads:
// relations.json's English verbs and nouns, Korean lemmas, nouns and titles, its question-only
// cues, and the reviewed WordNet synonyms (en_synonyms.json) with en_roles.json's light nouns.
// Words are looked up by lemma: WordNet (ingest/en/wordnet.h) and Hunspell
// (ingest/ko/morphology.h) lemmatise them, as they do for the extractor. Built once per engine.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/relations.h"
#include "kg/base/status.h"
#include "kg/query/question_words.h"

namespace kg {

// One relation a word can name, and how.
struct Cue {
  enum class Kind {
    kVerb,        // "acquire": grammatical subject and object are the relation's ends
    kAgentNoun,   // "CEO", "founder", 대표: the noun names one end, its complement the other
    kActionNoun,  // "acquisition", "partnership", 인수: the event; ends as for a verb
  };
  const ingest::RelationDef* relation = nullptr;
  Kind kind = Kind::kVerb;
  std::string prep;       // the preposition before the object ("with"), or empty
  bool reversed = false;  // verb: its subject is the relation's object ("X founded Y");
                          // agent noun: it names the relation's object ("founder")
  bool passive = false;   // Korean: a 되다/받다 form (설립됐다: the subject is the object)
};

class QuestionLexicon {
 public:
  // REQUIRES: `vocabulary` outlives the lexicon.
  static Result<std::unique_ptr<QuestionLexicon>> Build(const ingest::RelationVocabulary& vocabulary);

  const ingest::RelationVocabulary& vocabulary() const { return vocab_; }
  const ingest::EnglishWords& english() const { return words_; }
  // The grammar words of questions (question_words.json).
  const QuestionWords& grammar() const { return grammar_; }

  // English verb senses of a lemma or phrase of lemmas ("acquire", "team up", "put money").
  std::vector<Cue> EnglishVerb(const std::string& lemma) const;
  // English noun senses of a lower-cased noun or noun phrase, singular or plural ("ceo",
  // "chief executives", "acquisition").
  std::vector<Cue> EnglishNoun(const std::string& noun) const;
  // Words a verb phrase or noun phrase of the tables starts with ("team", "chief").
  bool StartsPhrase(const std::string& word) const { return phrase_heads_.count(word) > 0; }

  // Korean senses of an eojeol read by Hunspell (세웠니 -> 세우다, 인수한 -> 인수 + 하);
  // `passive_ending`: its ending is 되다's (세워졌니 read as 세우다 + 됐니).
  std::vector<Cue> KoreanPredicate(const std::string& lemma, const std::string& key,
                                   const std::string& light, bool passive_ending = false) const;
  // Korean noun senses (대표, 창업자, 인수, 협력): titles and relation nouns.
  std::vector<Cue> KoreanNoun(const std::string& noun) const;
  // Longest relation noun that `word` starts with ("출시일" -> 출시), empty if none.
  std::string KoreanNounPrefix(const std::string& word) const;

 private:
  QuestionLexicon(const ingest::RelationVocabulary& vocabulary, ingest::EnglishWords words,
                  QuestionWords grammar);
  void Index();

  const ingest::RelationVocabulary& vocab_;
  ingest::EnglishWords words_;
  QuestionWords grammar_;
  std::map<std::string, std::vector<Cue>> en_verbs_, en_nouns_, ko_stems_, ko_nouns_;
  std::set<std::string> phrase_heads_;
};

}  // namespace kg
