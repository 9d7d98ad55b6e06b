// When an event takes place, which Korean states with a verb of being held and a date in the
// same clause: "X는 DATE P에서 열렸다", "DATE P에서 열린 X" (the event the relative clause
// modifies). The predicate loop cannot read it (a date is a qualifier there, never the
// object), so this frame reads it on its own, as ko_event_venues.cpp reads the place. The verbs
// are the intransitive lemmas of the relation relations.json maps
// "event_date_frame" to: they take the event as their subject.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

namespace {

// An event, or a name of no known type (a fair's or a festival's own name): not a place, a
// person or an organisation, which are never held.
bool MayBeHeld(const std::string& t) { return t == "Event" || t.empty(); }

}  // namespace

void KoreanExtractor::Impl::EventDates() {
  const RelationDef* rel = x.relations_.ForRule("event_date_frame");
  if (rel == nullptr) return;
  const std::vector<int>& items = seq();
  size_t clause_start = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k] >= 0) continue;
    const Predicate& P = c.predicates[static_cast<size_t>(-items[k] - 1)];
    size_t from = clause_start;
    // A clause runs back to the last predicate that closes one, over relative clauses and
    // copulas inside it ("내년 6월에는 ... 행사인 X가 ... 열린대요").
    const EndingKind kind = P.ending.kind;
    if (kind == EndingKind::kFinal || kind == EndingKind::kConnective ||
        kind == EndingKind::kQuotative) {
      clause_start = k + 1;
    }
    bool dated = std::find(P.relations.begin(), P.relations.end(), rel) != P.relations.end();
    if (!dated || P.ending.negated || P.ending.obligation || P.ending.unasserted) continue;
    // Being held (열리다): the event is the subject. Holding one (개최하다) is left out.
    if (!P.intransitive) continue;
    // The event: the noun a relative clause modifies, else the clause's subject.
    int event = -1;
    int ee = -1;
    if (P.ending.kind == EndingKind::kAdnominal) {
      if (k + 1 < items.size() && items[k + 1] >= 0) {
        event = items[k + 1];
        const Phrase& p = phrase(event);
        // "열린 X의 공동선언문": the event is the name marked 의 that opens the phrase.
        if (p.referents.empty() && p.owner_genitive.size() == 1 &&
            ents->at(p.owner_genitive.front()).type == "Event") {
          ee = p.owner_genitive.front();
        }
      }
    } else {
      for (size_t j = from; j < k; ++j) {
        if (items[j] >= 0 && IsSubjectLike(phrase(items[j]).role)) event = items[j];
      }
    }
    if (event < 0) continue;
    if (ee < 0 && phrase(event).referents.size() == 1) ee = phrase(event).referents.front();
    if (ee < 0 || !MayBeHeld(ents->at(ee).type)) continue;
    // The date: in a relative clause only the words right before the verb (a place, a date,
    // bare nouns), which a clause in front of it cannot be told apart from otherwise; in a
    // statement anywhere in the clause. The first date is the start of a span (13일부터 16일까지).
    size_t begin = token(P.first_token).begin;
    if (P.ending.kind == EndingKind::kAdnominal) {
      for (int t = P.first_token - 1; t >= 0; --t) {
        const Token& w = token(t);
        bool date = std::any_of(w.values.begin(), w.values.end(), [&](int v) {
          return values[static_cast<size_t>(v)].kind == ValueMention::Kind::kDate;
        });
        if (!date && w.role != Role::kPlace && w.role != Role::kNone && w.role != Role::kTime)
          break;
        if (!date && (w.comma || !w.mentions.empty()) && w.role != Role::kPlace) break;
        begin = w.begin;
      }
    } else {
      int first = P.first_token;
      for (size_t j = from; j < k; ++j) {
        if (items[j] >= 0) first = std::min(first, phrase(items[j]).first);
      }
      begin = token(first).begin;
    }
    int date = -1;
    for (size_t v = 0; v < values.size(); ++v) {
      const ValueMention& vm = values[v];
      if (vm.kind != ValueMention::Kind::kDate || vm.date_role == "end") continue;
      if (vm.begin < begin || vm.begin >= token(P.token).end) continue;
      date = static_cast<int>(v);
      break;
    }
    if (date < 0) continue;
    ExtractedFact f;
    f.subject = ee;
    f.relation = rel->id;
    f.object_value = sink->Value(values[static_cast<size_t>(date)]);
    NoteValue("date", f.object_value, &f);
    if (P.ending.planned)
      f.value_qualifiers["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
    f.sentence = sentence.number;
    size_t b = std::min(begin, token(phrase(event).first).begin);
    size_t e = std::max(token(P.token).end, token(phrase(event).last).end);
    CharSpan(sentence.text, b, e, &f.start, &f.end);
    f.rule = "ko:event-date";
    sink->Add(std::move(f));
  }
}

}  // namespace kg::ingest
