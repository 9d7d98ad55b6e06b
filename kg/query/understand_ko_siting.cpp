// Korean questions about where a thing was put up: "누리랩스 아메리카는 어디에 세워졌지?",
// "그 공장은 어디에 지어지고 있어?". With a passive verb that puts a thing somewhere
// (ko_grammar.json siting_relations: 세우다, 짓다, 설립하다 -- builds, established, founded_by),
// 어디에 is the place, as the extractor reads "P에 공장을 짓다"; with other passives it is the
// doer (X는 어디에 인수됐어: the buyer), which the readings already say. A file of its own
// because understand_ko_words.cpp is at the size limit.
#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "kg/query/understand_ko_words.h"

namespace kg::understand_ko {

void SitedPlace(const QuestionLexicon& lexicon, const std::vector<Item>& items,
                QuestionFrame* frame) {
  const auto& siting = ingest::KoreanGrammar::Get().siting_relations;
  bool where_at = std::any_of(items.begin(), items.end(), [](const Item& it) {
    return it.cls == KCls::kQWord && it.qword == "where" && it.role == "target";
  });
  bool sited_passive = std::any_of(items.begin(), items.end(), [&](const Item& it) {
    return it.cls == KCls::kPred && !it.cues.empty() &&
           std::all_of(it.cues.begin(), it.cues.end(),
                       [&](const Cue& c) { return c.passive && siting.count(c.relation->id) > 0; });
  });
  if (!where_at || !sited_passive) return;
  std::vector<Reading> out;
  for (const Reading& r : frame->readings) {
    auto side = siting.find(r.relation->id);
    const End* thing = side == siting.end()       ? nullptr
                       : side->second == "object" ? &r.object
                                                  : &r.subject;
    if (!thing || thing->kind != End::Kind::kNames) {
      out.push_back(r);
      continue;
    }
    understand::AddWhereReadings(lexicon, "where", *thing, &out);
  }
  frame->readings = std::move(out);
}

}  // namespace kg::understand_ko
