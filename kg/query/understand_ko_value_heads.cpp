// Korean questions that ask for a value named by the noun of a light verb, written after the
// verb as the head of its clause: "공정위가 딜리아에 부과한 과징금은?" -- 부과하다 carries no
// relation of its own (relations.json light_verbs), the noun 과징금 says the relation (fined)
// and, being an answer word (an amount), what is asked. In the text the noun comes first
// (과징금을 부과했다), which MergeLightVerbs reads. A file of its own because
// understand_ko_words.cpp is at the size limit.
#include <algorithm>

#include "kg/query/binder.h"
#include "kg/query/understand_ko_words.h"

namespace kg::understand_ko {

void LightVerbValueHeads(const QuestionLexicon& lexicon, std::vector<Item>& items) {
  const std::vector<std::string>& light = lexicon.vocabulary().KoreanLightVerbs();
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& verb = items[i];
    Item& noun = items[i + 1];
    if (!verb.predicate || !verb.adnominal || !verb.cues.empty() ||
        std::find(light.begin(), light.end(), verb.lemma) == light.end()) {
      continue;
    }
    if (noun.cls != KCls::kNoun || noun.cues.empty() || noun.asked_value) continue;
    Asked kind = understand::AnswerKind(lexicon.vocabulary(), noun.stem);
    if (kind == Asked::kEntity) continue;
    verb.cls = KCls::kPred;
    verb.cues = noun.cues;
    for (Cue& c : verb.cues) c.kind = Cue::Kind::kVerb;
    noun.cls = KCls::kAnswer;
    noun.cues.clear();
    noun.asked = kind;
    noun.asked_value = true;
  }
}

}  // namespace kg::understand_ko
