// Bridges the relation vocabulary (ingest) to the question grammar (parser): every verb
// form, noun form and Korean stem becomes a phrase the grammar recognises.
#pragma once

#include "ingest/relations.h"
#include "parser/vocabulary.h"

namespace kg {

parser::Vocabulary QuestionVocabulary(const ingest::RelationVocabulary& relations);

}  // namespace kg
