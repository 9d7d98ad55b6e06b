// The English question reader's word level: splitting contractions and possessives, the word
// classes of the grammar (question words, auxiliaries, prepositions ...), relation cues by
// WordNet lemma, the question word's phrase, relative clauses, and the "not understood" errors.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kg/query/understand.h"

namespace kg::understand_en {

enum class Cls {
  kOther, kName, kWh, kAux, kBe, kHave, kNeg, kDet, kPrep, kConj, kRel, kImper, kType,
  kAnswer, kCue, kNumber, kSkip,
};

struct Tok {
  std::string raw;    // as written (punctuation kept, for name look-up)
  std::string low;    // lower-case, without punctuation or possessive 's
  std::string lemma;  // WordNet verb lemma of `low`
  bool possessive = false;
  bool quoted = false;
  size_t word = 0;  // the question word (ast) it comes from
  Cls cls = Cls::kOther;
  int name = -1;  // which name it is part of
  std::vector<TermId> ids;
  std::vector<Cue> cues;  // kCue
  bool noun = false;      // kCue read as a noun
  size_t span = 1;        // words of the cue phrase ("team up")
};

// A noun phrase: a name (or names), the question word, a clause's head.
struct Np {
  size_t pos, last;  // first and last token
  End end;
  bool possessive = false;
  bool whose = false;
};

// The question word's phrase: "which companies", "how many founders", "whose".
struct Wh {
  std::string word;       // who, what, which, whose, when, where, how
  size_t pos = SIZE_MAX;  // first token of the phrase
  size_t end = SIZE_MAX;  // one past its last token
  bool np = false;        // it stands for the answer in a slot
};

struct Relative {
  bool found = false;
  size_t head = 0;       // "company" of "the company (that) Acme partnered with"
  size_t end = 0;        // one past the relative clause's last token
  size_t cue = 0;        // the relative clause's relation word
  size_t outer_cue = 0;  // the main clause's
};

std::vector<Tok> Split(const QuestionWords& grammar, const std::vector<parser::ast::Name>& words);
// Classes and cues of the tokens that are not names.
void Classify(const QuestionLexicon& lexicon, std::vector<Tok>* toks);
// Finds the question word and sets what is asked (and the answer word) in `frame`.
Wh FindWh(const QuestionLexicon& lexicon, std::vector<Tok>& toks, QuestionFrame* frame);
// Negation and plans ("will", "going to", "plan to").
void Flags(const QuestionLexicon& lexicon, const std::vector<Tok>& toks, QuestionFrame* frame);
Relative FindRelative(const std::vector<Tok>& toks, const Wh& wh, const std::vector<size_t>& cues);
// The relation word the question turns on when it has several.
size_t MainCue(std::vector<Tok>& toks, const std::vector<size_t>& cues);

// A capitalised word that is no name of the graph: "no entity 'Naverr' -- did you mean Naver?".
Status CheckUnknownNames(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                         const std::vector<Tok>& toks);
// "How many parameters does X have?": "how many" of a count noun's unit word, said of the one
// thing named, asks for its measure in that unit (understand_measures.cpp). False, `frame`
// untouched, for any other question.
bool MeasureAsked(const QuestionContext& ctx, const std::vector<Tok>& toks, QuestionFrame* frame);
// The error for a question with no relation word.
Status NoRelationWord(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                      const std::vector<Tok>& toks);

}  // namespace kg::understand_en
