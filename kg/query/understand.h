// Question understanding: a natural question's words -> QuestionFrame. The names come from the
// graph (NameFinder), the relation from the cue words (QuestionLexicon), the rest from the
// grammar words of each language: which slot the question word fills, voice, possessives and
// Korean particles, relative clauses (two hops). When a part cannot be understood, the error
// says which ("did not understand 'blorp' -- no relation word found").
#pragma once

#include <string>
#include <vector>

#include "kg/base/status.h"
#include "kg/query/question_frame.h"
#include "kg/query/question_lexicon.h"
#include "kg/query/question_names.h"
#include "parser/ast.h"

namespace kg {

class Binder;

struct QuestionContext {
  const QuestionLexicon& lexicon;
  NameFinder& names;
  Binder& binder;  // for error locations and "did you mean"
};

// Errors: InvalidArgument naming the part not understood; NotFound for a name the graph does
// not have (with suggestions). Locations point at the word concerned.
Result<QuestionFrame> UnderstandEnglish(const QuestionContext& ctx,
                                        const std::vector<parser::ast::Name>& words);
Result<QuestionFrame> UnderstandKorean(const QuestionContext& ctx,
                                       const std::vector<parser::ast::Name>& words);

// True when the text holds Hangul: the question is read as Korean.
bool IsKoreanQuestion(const std::vector<parser::ast::Name>& words);

// Shared by both readers.
namespace understand {

// Readings of `cues` with the grammatical subject `agent` and object `patient` (verbs and
// action nouns), or the named end `referent` and its complement (agent nouns).
void AddVerbReadings(const std::vector<Cue>& cues, const End& agent, const End& patient,
                     std::vector<Reading>* out);
void AddNounReadings(const std::vector<Cue>& cues, const End& referent, const End& complement,
                     std::vector<Reading>* out);

// A question with no relation word whose answer word names a kind of place ("which country is
// X from", 어느 나라 회사야): readings of every "where" relation from `thing` to the answer.
// False (nothing added) when the word names no place. The word "where" itself asks for a
// place too ("Where is X?").
bool AddWhereReadings(const QuestionLexicon& lexicon, const std::string& answer_word,
                      const End& thing, std::vector<Reading>* out);

// "Where was the summit held?", 어디서 열렸지: "where" put in a relation's value object (a
// date) asks where the event is; put in its subject ("where will X be built"), where the
// object is (`not_doer`: English "where" is an adverb; Korean 어디 also names a company, as
// in 인수한 곳은 어디야). Such readings become the "where" readings of the named end.
// An unnamed event (포럼은 어디서 열렸어요) asks the place of whatever was held: two hops,
// the held relation in `frame->inner`.
void PlaceOfEvents(const QuestionLexicon& lexicon, bool not_doer, QuestionFrame* frame);

// The value kind a word asks for ("year" -> kDate, 금액 -> kAmount), or kEntity if none.
Asked AnswerKind(const ingest::RelationVocabulary& vocab, const std::string& word);
// The value kind named in the data files ("amount", "date", ...), or kEntity.
Asked AnswerKind(const std::string& kind);

// The unit a count noun's counts are stored in (ko_grammar.json count_nouns), by the Korean
// noun (매개변수 -> "parameters") or by the unit word itself ("users"); "" for other words.
std::string CountUnit(const std::string& word);
// Makes `frame` ask for the measure `thing` has in `unit` (X has_metric "7300000000
// parameters"): the reading of the metric_statement relation, its object the answer, only
// values in the unit answering (understand_measures.cpp). False when no relation states
// measures.
bool AskMeasure(const QuestionLexicon& lexicon, const std::string& unit, const End& thing,
                QuestionFrame* frame);

// "did not understand ..." located at `node`.
Status NotUnderstood(Binder& binder, const std::string& what, const std::string& why,
                     const boost::spirit::x3::position_tagged& node);

}  // namespace understand

}  // namespace kg
