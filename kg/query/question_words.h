// The grammar words of questions (ingest/data/question_words.json): the closed word classes the
// English and Korean readers use to place names and the question word in a relation's slots.
// Kept as data so a missing auxiliary or Korean ending is added without touching the readers.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "kg/base/name_sound.h"
#include "kg/base/status.h"

namespace kg {

struct QuestionWords {
  struct English {
    std::set<std::string> question_words, contractions, auxiliaries, be, have, negation,
        determiners, prepositions, conjunctions, relative, imperatives, months, plan_words,
        aspect_verbs,  // "start investigating": the verb after it says the relation
        adjunct_prepositions;  // "under X", "according to X": X is no argument
    std::map<std::string, std::string> contraction_bases;  // "wo" (of won't) -> "will"
    std::map<std::string, std::string> how;                 // "much" -> "amount"
    // "are in X" with no relation word: the relations a preposition names ("in" -> member_of).
    std::map<std::string, std::vector<std::string>> copula_prepositions;
    // "X's role at Y" with no relation word: the relations a value noun asks of ("role" ->
    // position_held).
    std::map<std::string, std::vector<std::string>> possessed_values;
    // "which companies is X developing engines with": a preposition stranded at the end that
    // the verb does not take names a partner in the deed, by these relations ("with" ->
    // partnered_with).
    std::map<std::string, std::vector<std::string>> companion_prepositions;
    std::map<std::string, int> ordinals;                    // "third" -> 3
    std::vector<std::pair<std::string, std::string>> auxiliary_phrases;  // ("going", "to")
    // "Korean" -> the names of its country ("South Korea", "Korea"), any of which the graph
    // may use: a question's answer restricted to things in that country.
    std::map<std::string, std::vector<std::string>> demonyms;
    // Prefixes of a deed done together ("co-" of co-founded): the word without them.
    std::vector<std::string> joint_prefixes;
  } en;
  struct Korean {
    // Question words by how an eojeol starts, longest first, with what they ask.
    std::vector<std::pair<std::string, std::string>> question_words;
    std::map<std::string, std::string> question_word_particles;  // 누가 -> 가
    std::vector<std::string> copula_endings, name_endings, heads, plan_markers, negation_markers,
        passive_light_verbs, percent_counters, rank_counters;
    // Verbs that only carry a rank asked with 몇 위 (몇 위를 했어): no relation of their own.
    std::vector<std::string> rank_verbs;
    // Verbs of beginning that take a relation noun with 에 (조사에 착수하다): the noun says it.
    std::vector<std::string> aspect_verbs;
    // Words after X에 that make it an adjunct (X에 따라, X에 대해): X is no argument.
    std::vector<std::string> adjunct_words;
    // Scene-setting words left out when bare (그, 이번, 올해, 7월): frame_words_note.
    std::vector<std::string> frame_determiners, frame_time_words, frame_time_units;
    // Bound nouns that make a clause a noun (투자한 건, 출시한 것): no head of their own.
    std::vector<std::string> nominalizers;
    // Nouns after a -ㄹ verb that make it a plan, not a relative clause (투자할 계획이다).
    std::vector<std::string> plan_nouns;
    // (ending, lemma of the next word) of a becoming construction (소유하게 되다): a plan.
    std::vector<std::pair<std::string, std::string>> plan_constructions;
    // (ending of a verb, auxiliary eojeol after it) that make one verb modifying the next noun
    // (공급해 온 곳, 공급하기로 한 곳); an empty ending is any verb form.
    std::vector<std::pair<std::string, std::string>> auxiliary_constructions;
    std::string plural_suffix;
  } ko;
  // English words of organisation names and the Korean words names write for them, for
  // finding a Hangul name from its English spelling (kg/base/name_sound.h).
  NameWords name_words;

  // Entity types a "where" answer has: a question with no relation word asking for one
  // (어느 나라 회사야, which country is X from) asks where X is.
  std::set<std::string> place_types;
  // "which Korean company": the relations that say a thing is in a country.
  std::vector<std::string> nationality_relations;

  // The shipped file: $KG_DATA_DIR (or the source tree's ingest/data), else the embedded copy.
  static Result<QuestionWords> Default();
  // Errors: ParseError when `json_text` is not the file's shape (a required key missing).
  static Result<QuestionWords> Parse(const std::string& json_text);

  bool IsFunctionWord(const std::string& low) const;
  // The English question word "how" followed by `next` asks for this ("amount"), or "".
  std::string HowAsks(const std::string& next) const;
};

}  // namespace kg
