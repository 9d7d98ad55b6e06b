// Korean questions about what a thing is built on (젬마는 무엇을 바탕으로 만들었어, X를 토대로 만든
// 모델은): a basis postposition (ko_grammar.json noun_postpositions: 바탕으로, 기반으로, 토대로)
// right before a basis verb (basis_verbs: 만들다, 개발하다, 하다) makes that verb state the
// relation the extractor gives such frames (relations.json rules: basis_frame), as
// ko_basis_frames.cpp reads them in text. A file of its own because understand_ko_words.cpp is
// at the size limit.
#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "kg/query/binder.h"
#include "kg/query/understand_ko_words.h"

namespace kg::understand_ko {

void BasisPhrases(const QuestionLexicon& lexicon, const std::vector<std::string>& words,
                  std::vector<Item>& items) {
  const ingest::KoreanGrammar& g = ingest::KoreanGrammar::Get();
  const ingest::RelationDef* basis = lexicon.vocabulary().ForRule("basis_frame");
  if (!basis) return;
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    auto post = g.noun_postpositions.find(words[items[i].word]);
    Item& verb = items[i + 1];
    if (post == g.noun_postpositions.end() || post->second != "basis" || !verb.predicate ||
        std::find(g.basis_verbs.begin(), g.basis_verbs.end(), verb.lemma) == g.basis_verbs.end()) {
      continue;
    }
    items[i].cls = KCls::kSkip;
    verb.cls = KCls::kPred;
    verb.cues = {Cue{basis, Cue::Kind::kVerb, "", false, false}};
  }
}

}  // namespace kg::understand_ko
