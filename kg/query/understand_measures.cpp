// Questions about a counted measure: "X의 매개변수는 몇 개야?", "클링 이용자는 몇 명이야?",
// "How many parameters does X have?". The noun asked about with 몇 / how many is a count noun
// of ko_grammar.json (count_nouns) or the English unit its counts are stored in, so the
// question asks for the measure the thing has in that unit (X has_metric "7300000000
// parameters", as ko_count_frames.cpp stores it), not for a count of facts. A count question
// about any other noun (투자한 회사는 몇 곳이야) is left to the readers as it was.
#include <algorithm>
#include <set>

#include "ingest/ko/ko_grammar.h"
#include "kg/query/understand.h"
#include "kg/query/understand_en_words.h"
#include "kg/query/understand_ko_words.h"

namespace kg {

namespace understand {

std::string CountUnit(const std::string& word) {
  if (word.empty()) return "";
  for (const auto& [noun, unit] : ingest::KoreanGrammar::Get().count_nouns) {
    if (word == noun || word == unit) return unit;
  }
  return "";
}

bool AskMeasure(const QuestionLexicon& lexicon, const std::string& unit, const End& thing,
                QuestionFrame* frame) {
  const ingest::RelationDef* metric = lexicon.vocabulary().ForRule("metric_statement");
  if (!metric || unit.empty()) return false;
  frame->readings = {Reading{metric, thing, End::Answer()}};
  frame->inner.clear();
  // The measure is the relation's object, a value: asked as "how much" is, in the unit.
  frame->asked = Asked::kAmount;
  frame->unit = unit;
  frame->column = unit;
  frame->answer_word.clear();
  return true;
}

}  // namespace understand

namespace understand_ko {

bool MeasureAsked(const QuestionContext& ctx, const std::vector<Item>& items,
                  QuestionFrame* frame) {
  if (frame->asked != Asked::kCount) return false;
  const Item* name = nullptr;
  size_t noun = SIZE_MAX;
  std::string unit;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.cls == KCls::kName) {
      if (name) return false;  // of which thing, when two are named, is not ours to guess
      name = &it;
    } else if (it.cls != KCls::kQWord && unit.empty()) {
      unit = understand::CountUnit(it.stem);
      if (!unit.empty()) noun = i;
    }
  }
  if (!name || unit.empty()) return false;
  // 바람벤처스가 인수한 회사의 이용자는: a relative clause about another noun makes the thing
  // measured that noun's referent (two hops), which this reading does not ask. One that
  // modifies the count noun itself (X가 모은 이용자는) only says how the measure came about.
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].predicate && items[i].adnominal && i + 1 != noun) return false;
  }
  return understand::AskMeasure(ctx.lexicon, unit, End::Names(name->names), frame);
}

}  // namespace understand_ko

namespace understand_en {

bool MeasureAsked(const QuestionContext& ctx, const std::vector<Tok>& toks, QuestionFrame* frame) {
  if (frame->asked != Asked::kCount) return false;
  std::string unit = understand::CountUnit(frame->answer_word);
  if (unit.empty()) return false;
  std::set<int> names;
  const Tok* name = nullptr;
  for (const Tok& t : toks) {
    // "How many users does the company that X bought have?": a relative clause's thing is
    // another hop away.
    if (t.cls == Cls::kRel) return false;
    if (t.cls == Cls::kName && names.insert(t.name).second) name = &t;
  }
  if (names.size() != 1 || name->ids.empty()) return false;
  return understand::AskMeasure(ctx.lexicon, unit, End::Names({name->ids}), frame);
}

}  // namespace understand_en

}  // namespace kg
