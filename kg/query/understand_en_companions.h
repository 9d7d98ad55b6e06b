// English questions that ask for a partner in a deed: "Which companies is X developing engines
// with?", "Who did X sign a supply agreement with?". The question word is the object of a
// preposition stranded at the end ("with") that none of the verb's relation cues takes, so it
// is no end of the verb's relation: it names whoever did the deed together with the subject,
// and question_words.json companion_prepositions says which relation records that.
#pragma once

#include <vector>

#include "kg/query/question_frame.h"
#include "kg/query/question_lexicon.h"
#include "kg/query/understand_en_words.h"

namespace kg::understand_en {

// Replaces the readings in `frame` with the companion readings (subject: the name before the
// verb at `cue`, object: the answer) when the question has that shape; false otherwise.
bool CompanionReadings(const QuestionLexicon& lexicon, const std::vector<Tok>& toks,
                       const std::vector<Np>& nps, size_t cue, QuestionFrame* frame);

}  // namespace kg::understand_en
