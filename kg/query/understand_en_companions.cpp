// Reads "Which companies is X developing engines with?" (see understand_en_companions.h).
#include "kg/query/understand_en_companions.h"

#include <algorithm>

namespace kg::understand_en {

bool CompanionReadings(const QuestionLexicon& lexicon, const std::vector<Tok>& toks,
                       const std::vector<Np>& nps, size_t cue, QuestionFrame* frame) {
  if (toks.size() < 3 || cue >= toks.size() || toks[cue].noun) return false;
  const Tok& last = toks.back();
  const auto& companions = lexicon.grammar().en.companion_prepositions;
  auto relations = companions.find(last.low);
  if (last.cls != Cls::kPrep || relations == companions.end()) return false;
  // A verb that takes the preposition itself ("compete with", "merge with") keeps its reading.
  const std::vector<Cue>& cues = toks[cue].cues;
  if (std::any_of(cues.begin(), cues.end(), [&](const Cue& q) { return q.prep == last.low; })) {
    return false;
  }
  // The answer fronted before the verb, the one name between it and the verb the subject;
  // after the verb only its object, no name ("developing hybrid engines with").
  const Np* answer = nullptr;
  const Np* subject = nullptr;
  for (const Np& np : nps) {
    if (np.last >= cue) {
      if (np.pos > cue + toks[cue].span - 1 && np.end.kind == End::Kind::kNames) return false;
      continue;
    }
    if (np.end.kind == End::Kind::kAnswer) {
      answer = &np;
    } else if (np.end.kind == End::Kind::kNames && answer) {
      subject = &np;
    }
  }
  if (!answer || !subject) return false;
  std::vector<Reading> readings;
  for (const std::string& id : relations->second) {
    if (const ingest::RelationDef* def = lexicon.vocabulary().Find(id)) {
      readings.push_back(Reading{def, subject->end, answer->end});
    }
  }
  if (readings.empty()) return false;
  frame->readings = std::move(readings);
  return true;
}

}  // namespace kg::understand_en
