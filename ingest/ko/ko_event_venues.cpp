// Where an event takes place, which Korean states with a verb of taking place and the place
// marked 에서: "X가 P에서 열렸다", "P에서 열린 X" (the event the
// relative clause modifies). The verbs are data (relations.json: venue_lemmas).
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::EventVenues() {
  auto is_place = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t == "Place" || t == "Country" || t == "Organization" || t.empty();
  };
  auto is_event = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t != "Place" && t != "Country" && t != "Person";
  };
  const std::vector<int>& items = seq();
  for (const RelationDef& r : x.relations_.relations()) {
    if (r.ko_venue_stems.empty()) continue;
    for (size_t k = 0; k < items.size(); ++k) {
      if (items[k] >= 0) continue;
      const Predicate& P = c.predicates[static_cast<size_t>(-items[k] - 1)];
      std::string stem = P.stem;
      if (EndsWith(stem, "다")) stem.resize(stem.size() - std::string("다").size());
      if (P.ending.negated || std::find(r.ko_venue_stems.begin(), r.ko_venue_stems.end(), stem) == r.ko_venue_stems.end()) {
        continue;
      }
      // The clause: the phrases back to the previous predicate.
      int place = -1, event = -1;
      for (size_t j = k; j-- > 0 && items[j] >= 0;) {
        const Phrase& p = phrase(items[j]);
        // A place is named finest last (서울 강남구 코엑스에서).
        if (p.role == Role::kPlace && place < 0 && !p.referents.empty() && is_place(p.referents.back())) {
          place = items[j];
        }
        if (p.referents.size() != 1) continue;
        bool subject = IsSubjectLike(p.role);
        if (subject && event < 0 && is_event(p.referents[0])) event = items[j];
      }
      // "P에서 열린 X": the event is the noun the clause modifies.
      if (P.ending.kind == EndingKind::kAdnominal) {
        event = -1;
        if (k + 1 < items.size() && items[k + 1] >= 0 && phrase(items[k + 1]).referents.size() == 1 &&
            is_event(phrase(items[k + 1]).referents[0])) {
          event = items[k + 1];
        }
      }
      if (place < 0 || event < 0) continue;
      int pe = phrase(place).referents.back(), ee = phrase(event).referents[0];
      if (pe == ee) continue;
      size_t b = std::min(token(phrase(place).first).begin, token(phrase(event).first).begin);
      size_t e = std::max(token(P.token).end, token(phrase(event).last).end);
      EmitSimple(ee, r.id, pe, b, e, "ko:event-venue");
    }
  }
}

}  // namespace kg::ingest
