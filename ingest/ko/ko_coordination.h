// The conjuncts of a Korean noun phrase: names joined by 와/과, commas, 및 or 그리고, each
// with its own genitive when every one has one (A의 X와 B의 Y), and the names a classifier noun
// after them stands for (클로드와 GPT 모델). Kept apart from the referents' other readings
// (ko_phrase_referents.cpp) so that coordination is read in one place.
#pragma once

#include <vector>

#include "ingest/ko/ko_chunker.h"

namespace kg::ingest {

// The token of the last of two or more coordinated names that phrase `p` ends with before a
// classifier noun (ko_grammar.json coordination_classifier_nouns): "클로드와 GPT 모델을" ->
// the token of GPT. -1 when the phrase does not end so, or when a name is a place or a person
// (한국과 미국 기업: the companies are not the countries).
int NamesBeforeClassifier(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                          const DocEntities& entities, const Phrase& p);

// The entities of the coordinated names of `p` that end at token `head_end`, in order: the
// list walked back over commas, 와/과, 및 and 그리고 (미·중 gives every abbreviation).
std::vector<int> Conjuncts(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                           const Phrase& p, int head_end);

// "ASML과 도쿄일렉트론의 중국 매출": the entities of the coordinated names that end with the
// genitive standing for phrase `p` (its last owner genitive, `owner`), when there are two or
// more; empty otherwise. The X of A and B is both of theirs (A와 B의 결합, A와 B의 제휴).
std::vector<int> CoordinatedOwners(const std::vector<Token>& tokens,
                                   const std::vector<Mention>& mentions, const Phrase& p,
                                   int owner);

}  // namespace kg::ingest
