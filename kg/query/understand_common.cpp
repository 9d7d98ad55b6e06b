// What the English and Korean readers share: readings from a relation word's senses, the
// value a word asks for, and the "did not understand" error.
#include <algorithm>
#include <set>

#include "kg/base/unicode.h"
#include "kg/query/binder.h"
#include "kg/query/understand.h"

namespace kg {

bool IsKoreanQuestion(const std::vector<parser::ast::Name>& words) {
  for (const auto& w : words) {
    for (char32_t c : kg::ToCodePoints(w.text)) {
      if (kg::IsHangulSyllable(c)) return true;
    }
  }
  return false;
}

namespace understand {

namespace {

bool Same(const End& a, const End& b) { return a.kind == b.kind && a.names == b.names; }

void Push(const Reading& r, std::vector<Reading>* out) {
  for (const Reading& o : *out) {
    if (o.relation == r.relation && Same(o.subject, r.subject) && Same(o.object, r.object)) return;
  }
  out->push_back(r);
}

}  // namespace

void AddVerbReadings(const std::vector<Cue>& cues, const End& agent, const End& patient,
                     std::vector<Reading>* out) {
  for (const Cue& c : cues) {
    bool swap = c.reversed != c.passive;
    Push(swap ? Reading{c.relation, patient, agent} : Reading{c.relation, agent, patient}, out);
  }
}

void AddNounReadings(const std::vector<Cue>& cues, const End& referent, const End& complement,
                     std::vector<Reading>* out) {
  for (const Cue& c : cues) {
    Push(c.reversed ? Reading{c.relation, complement, referent}
                    : Reading{c.relation, referent, complement},
         out);
  }
}

bool AddWhereReadings(const QuestionLexicon& lexicon, const std::string& answer_word,
                      const End& thing, std::vector<Reading>* out) {
  std::vector<std::string> types = lexicon.vocabulary().TypesForWord(answer_word);
  const std::set<std::string>& places = lexicon.grammar().place_types;
  bool place = answer_word == "where" ||
               (!types.empty() && std::all_of(types.begin(), types.end(),
                                              [&](const std::string& t) { return places.count(t) > 0; }));
  if (!place) return false;
  size_t before = out->size();
  for (const ingest::RelationDef& def : lexicon.vocabulary().relations()) {
    if (def.where) Push(Reading{&def, thing, End::Answer()}, out);
  }
  return out->size() > before;
}

void PlaceOfEvents(const QuestionLexicon& lexicon, bool not_doer, QuestionFrame* frame) {
  std::vector<Reading> out, held;
  const End mid = End::Mid();
  for (const Reading& r : frame->readings) {
    bool value_object = r.relation->object != ingest::ObjectKind::kEntity;
    const End* thing = nullptr;
    if (value_object && r.object.kind == End::Kind::kAnswer && r.subject.kind == End::Kind::kNames) {
      thing = &r.subject;
    }
    // "Where will X be built?": "where" is no doer either (nor the subject of a where relation).
    if (not_doer && r.subject.kind == End::Kind::kAnswer && r.object.kind == End::Kind::kNames) {
      thing = &r.object;
    }
    // 포럼은 어디서 열렸어요: the event is not named, so the place asked is that of whatever
    // the relation is said of (a thing held at some date), a question of two hops.
    if (value_object && r.object.kind == End::Kind::kAnswer && r.subject.kind == End::Kind::kFree &&
        frame->inner.empty()) {
      held.push_back(Reading{r.relation, End::Mid(), End::Free()});
      thing = &mid;
    }
    if (!thing) {
      Push(r, &out);
      continue;
    }
    for (const ingest::RelationDef& def : lexicon.vocabulary().relations()) {
      if (def.where) Push(Reading{&def, *thing, End::Answer()}, &out);
    }
  }
  frame->readings = std::move(out);
  frame->inner.insert(frame->inner.end(), held.begin(), held.end());
}

Asked AnswerKind(const ingest::RelationVocabulary& vocab, const std::string& word) {
  return AnswerKind(vocab.AnswerKindForWord(word));
}

Asked AnswerKind(const std::string& kind) {
  if (kind == "amount") return Asked::kAmount;
  if (kind == "date") return Asked::kDate;
  if (kind == "place") return Asked::kPlace;
  if (kind == "percent") return Asked::kPercent;
  if (kind == "rank") return Asked::kRank;
  if (kind == "role") return Asked::kRole;
  return Asked::kEntity;
}

Status NotUnderstood(Binder& binder, const std::string& what, const std::string& why,
                     const boost::spirit::x3::position_tagged& node) {
  // One error stays one readable line whatever was typed: a long word is shortened.
  std::string shown = what;
  std::vector<char32_t> cps = kg::ToCodePoints(what);
  if (cps.size() > 80) {
    shown = kg::FromCodePoints(cps, 0, 60) + "\xE2\x80\xA6 (" + std::to_string(cps.size()) +
            " characters)";
  }
  return binder.ErrorAt(Status::InvalidArgument("did not understand " + shown + " \xE2\x80\x94 " + why),
                        node);
}

}  // namespace understand

}  // namespace kg
