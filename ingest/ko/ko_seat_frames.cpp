// Where an organisation is, which Korean states with a noun of its seat and a verb of being
// somewhere: "X 본사는 P에 있다", or "본사는 P에 있다" after the organisation the sentence or
// paragraph is about (its topic, X는 ...); "P에 있는 X" of the organisation it modifies.
// The nouns and verbs are data (relations.json: seat_nouns, seat_lemmas).
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

void KoreanExtractor::Impl::SeatFrames() {
  auto is_place = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t == "Place" || t == "Country";
  };
  auto is_org = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t == "Organization" || t.empty();
  };
  const std::vector<int>& items = seq();
  for (const RelationDef& r : x.relations_.relations()) {
    if (r.ko_seat_nouns.empty()) continue;
    for (size_t k = 0; k < items.size(); ++k) {
      if (items[k] < 0) continue;
      const Phrase& seat = phrase(items[k]);
      if (!IsSubjectLike(seat.role) || !seat.referents.empty() || !OneOf(seat.head, r.ko_seat_nouns)) continue;
      // The clause after the noun: a place with 에, then a verb of being there (a word the
      // vocabulary may not hold as a predicate: 있다, 있어요).
      int place = -1;
      size_t end = 0;
      std::string verb;
      for (size_t j = k + 1; j < items.size(); ++j) {
        if (items[j] < 0) {
          const Predicate& P = c.predicates[static_cast<size_t>(-items[j] - 1)];
          if (P.ending.negated) break;
          verb = P.stem;
          if (EndsWith(verb, "다")) verb.resize(verb.size() - std::string("다").size());
          end = token(P.token).end;
          break;
        }
        const Phrase& p = phrase(items[j]);
        if (place >= 0) {
          const Token& t = token(p.first);
          for (const std::string& stem : r.ko_seat_stems) {
            if (t.mentions.empty() && StartsWith(t.text, stem)) verb = stem;
          }
          end = t.end;
          break;
        }
        if (p.role == Role::kTarget) {
          std::vector<int> named = p.referents.empty() ? p.genitive : p.referents;
          if (!named.empty() && is_place(named.back())) place = named.back();
        }
      }
      if (place < 0 || !OneOf(verb, r.ko_seat_stems)) continue;
      // Whose seat: the name before the noun (X 본사는, X의 본사는), else the sentence's
      // topic before it, else the paragraph's.
      int owner = -1;
      if (!seat.owner_genitive.empty()) owner = seat.owner_genitive.back();
      for (size_t j = 0; owner < 0 && j < k; ++j) {
        if (items[j] < 0) continue;
        const Phrase& p = phrase(items[j]);
        if (p.role == Role::kTopic && p.referents.size() == 1) owner = p.referents[0];
      }
      if (owner < 0 && disc->topic_paragraph == sentence.paragraph) owner = disc->topic;
      if (owner < 0 || !is_org(owner) || owner == place) continue;
      EmitSimple(owner, r.id, place, token(seat.first).begin, end, "ko:seat");
    }
  }
  // "P에 있는 X": the organisation the clause of being somewhere modifies is there.
  for (const RelationDef& r : x.relations_.relations()) {
    if (r.ko_seat_stems.empty()) continue;
    for (size_t k = 0; k + 1 < items.size(); ++k) {
      if (items[k] < 0 || items[k + 1] < 0) continue;
      const Phrase& where = phrase(items[k]);
      const Phrase& what = phrase(items[k + 1]);
      if (where.role != Role::kTarget || where.referents.empty() || !is_place(where.referents.back())) continue;
      const Token& verb = token(what.first);
      if (what.first == what.last || !verb.mentions.empty() || what.referents.size() != 1) continue;
      if (!OneOf(verb.text, KoreanGrammar::Get().auxiliary_adnominals)) continue;
      bool seat_verb = false;
      for (const std::string& stem : r.ko_seat_stems) seat_verb = seat_verb || StartsWith(verb.text, stem);
      int owner = what.referents[0], place = where.referents.back();
      if (!seat_verb || !is_org(owner) || owner == place) continue;
      EmitSimple(owner, r.id, place, token(where.first).begin, token(what.last).end, "ko:seat");
    }
  }
}

void KoreanExtractor::Impl::UpdateTopic() {
  for (const Phrase& p : c.phrases) {
    if (p.role != Role::kTopic || p.referents.size() != 1) continue;
    const std::string& t = ents->at(p.referents[0]).type;
    if (t != "Organization" && !t.empty()) continue;
    disc->topic = p.referents[0];
    disc->topic_paragraph = sentence.paragraph;
    return;
  }
}

}  // namespace kg::ingest
