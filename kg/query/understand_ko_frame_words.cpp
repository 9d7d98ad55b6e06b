// Korean questions carry words that only set the scene: a determiner (그 보고서에서 LG는 몇
// 위였어, 이번 수주 금액은; not 새, which tells which one is meant) or a bare time word (올해,
// 지난해, 7월, 2024년). They name no entity and no relation, and the answer's sentence needs none
// of them, so written bare they are left out of the reading instead of making the question one kg
// does not understand (question_words.json: frame_words_note). With a particle they stay words like
// any other (7월에 출시한 모델: the date the clause is about).
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "kg/query/question_names.h"
#include "kg/query/question_words.h"
#include "kg/query/understand_ko_words.h"

namespace kg::understand_ko {

void SkipFrameWords(const QuestionLexicon& lexicon, const std::vector<parser::ast::Name>& words,
                    std::vector<Item>& items) {
  const QuestionWords& g = lexicon.grammar();
  for (Item& it : items) {
    // The dictionary reads some of them as verb forms too (새 as 새다): no relation's verb.
    bool wordlike = it.cls == KCls::kOther || (it.cls == KCls::kPred && it.cues.empty());
    if (!wordlike || !it.role.empty()) continue;
    // A verb form's item keeps no stem: the word as written.
    const std::string word = it.stem.empty() ? TrimPunctuation(words[it.word].text) : it.stem;
    if (ingest::OneOf(word, g.ko.frame_determiners) || ingest::OneOf(word, g.ko.frame_time_words) ||
        ingest::NumberedTime(word, g.ko.frame_time_units)) {
      it.cls = KCls::kSkip;
    }
  }
}

}  // namespace kg::understand_ko
