// Korean questions about agreements (계약을 맺은 상대는, X와 협약을 체결했나요): an agreement noun
// says nothing of what the agreement is for, so as the object of a light verb it states the
// relation the extractor gives such agreements (relations.json rules: agreement), or that of a
// relation noun right before it (공급 계약을 맺은 회사: supplies). A file of its own because
// understand_ko_words.cpp is at the size limit.
#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "kg/query/binder.h"
#include "kg/query/understand_ko_words.h"

namespace kg::understand_ko {

void AgreementNouns(const QuestionLexicon& lexicon, std::vector<Item>& items) {
  const std::vector<std::string>& nouns = ingest::KoreanGrammar::Get().agreement_nouns;
  const std::vector<std::string>& light = lexicon.vocabulary().KoreanLightVerbs();
  const ingest::RelationDef* agreement = lexicon.vocabulary().ForRule("agreement");
  auto one_of = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& noun = items[i];
    const Item& verb = items[i + 1];
    bool agreement_object =
        noun.cls == KCls::kOther && noun.role == "object" && one_of(nouns, noun.stem);
    if (!agreement_object || !verb.predicate || !one_of(light, verb.lemma)) continue;
    Item* before = i > 0 ? &items[i - 1] : nullptr;
    if (before && before->cls == KCls::kNoun && before->role.empty() && !before->asked_value) {
      noun.cues = before->cues;
      before->cls = KCls::kSkip;
    } else if (agreement) {
      noun.cues = {Cue{agreement, Cue::Kind::kActionNoun, "", false, false}};
    } else {
      continue;
    }
    noun.cls = KCls::kNoun;
  }
}

}  // namespace kg::understand_ko
