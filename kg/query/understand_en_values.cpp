// Reads "What is X's role at Y?" and "How big is X's stake in Y?" (see understand_en_values.h).
#include "kg/query/understand_en_values.h"

#include "kg/query/understand.h"

namespace kg::understand_en {

bool PossessedValueReadings(const QuestionLexicon& lexicon, const std::vector<Tok>& toks,
                            const std::vector<Np>& nps, QuestionFrame* frame) {
  const auto& values = lexicon.grammar().en.possessed_values;
  for (size_t k = 1; k < toks.size(); ++k) {
    auto relations = values.find(toks[k].low);
    if (toks[k].cls != Cls::kAnswer || relations == values.end()) continue;
    const Np* owner = nullptr;
    const Np* object = nullptr;
    for (const Np& np : nps) {
      if (np.end.kind != End::Kind::kNames) continue;
      if (np.possessive && np.last + 1 == k) owner = &np;
      // The thing the value is held in or at: a name right after the value noun's preposition.
      if (!object && np.pos == k + 2 && toks[k + 1].cls == Cls::kPrep) object = &np;
    }
    if (!owner) return false;
    for (const std::string& id : relations->second) {
      if (const ingest::RelationDef* def = lexicon.vocabulary().Find(id)) {
        frame->readings.push_back(Reading{def, owner->end, object ? object->end : End::Free()});
      }
    }
    if (frame->readings.empty()) return false;
    if (frame->asked == Asked::kEntity) {
      frame->asked = understand::AnswerKind(lexicon.vocabulary(), toks[k].low);
      frame->column = toks[k].low;
    }
    return true;
  }
  return false;
}

}  // namespace kg::understand_en
