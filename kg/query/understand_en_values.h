// English questions that name a value of a fact by a noun of its own and no relation word:
// "What is X's role at Y?", "How big is X's stake in Y?". The value noun after a possessive
// name says the relation (question_words.json possessed_values): the possessor is the
// subject, the name after the preposition the object, and the noun what is asked.
#pragma once

#include <vector>

#include "kg/query/question_frame.h"
#include "kg/query/question_lexicon.h"
#include "kg/query/understand_en_words.h"

namespace kg::understand_en {

// Adds the readings of such a question to `frame` (and what it asks for, unless the question
// word already said: "how big" asks a percentage); false when the question is not of this
// shape.
bool PossessedValueReadings(const QuestionLexicon& lexicon, const std::vector<Tok>& toks,
                            const std::vector<Np>& nps, QuestionFrame* frame);

}  // namespace kg::understand_en
