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

// "X는 본사를 P로 옮겼다", "P에 있는 본사를 Q로 옮기기로 했다": the seat noun moved by a verb of
// moving (ko_grammar.json: seat_moving_stems) puts its organisation in the place marked (으)로;
// "P에 있는" before the noun says where it was.
void KoreanExtractor::Impl::SeatMoves() {
  const RelationDef* located = nullptr;
  for (const RelationDef& r : x.relations_.relations()) {
    if (!r.ko_seat_nouns.empty()) located = &r;
  }
  if (!located) return;
  auto is_place = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t == "Place" || t == "Country";
  };
  const std::vector<int>& items = seq();
  const int n = static_cast<int>(c.tokens.size());
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k] < 0) continue;
    const Phrase& seat = phrase(items[k]);
    bool moved = seat.role == Role::kObject || seat.focus;
    if (!moved || !seat.referents.empty() || !OneOf(seat.head, located->ko_seat_nouns)) continue;
    int owner = seat.owner_genitive.empty() ? -1 : seat.owner_genitive.back();
    for (size_t j = 0; owner < 0 && j < k; ++j) {
      if (items[j] >= 0 && phrase(items[j]).role == Role::kTopic && phrase(items[j]).referents.size() == 1) {
        owner = phrase(items[j]).referents[0];
      }
    }
    // A seat moved without a name is the seat of the organisation the text last spoke of.
    if (owner < 0) owner = disc->topic;
    if (owner < 0 || (ents->at(owner).type != "Organization" && !ents->at(owner).type.empty())) continue;
    // The place it moves to: a phrase marked (으)로 before a verb of moving.
    for (size_t j = k + 1; j < items.size() && items[j] >= 0; ++j) {
      const Phrase& to = phrase(items[j]);
      // A name of no kind yet where a seat moves to is a place (본사를 **을지로**로).
      if (to.role != Role::kMeans || to.referents.empty()) continue;
      int where = to.referents.back();
      if (!is_place(where) && !ents->at(where).type.empty()) continue;
      bool moves = false;
      for (int t = to.last + 1; t < n && t <= to.last + 2; ++t) {
        moves = moves || StartsWithAny(token(t).text, KoreanGrammar::Get().seat_moving_stems);
      }
      if (!moves) break;
      ents->SetType(where, "Place");
      EmitSimple(owner, located->id, where, token(seat.first).begin, token(to.last).end, "ko:seat-move");
      // Where it was: "P에 있는 본사를".
      const Phrase* from = k > 0 && items[k - 1] >= 0 ? &phrase(items[k - 1]) : nullptr;
      bool was = from && from->role == Role::kTarget && !from->referents.empty() && is_place(from->referents.back()) &&
                 seat.first < seat.last && OneOf(token(seat.first).text, KoreanGrammar::Get().auxiliary_adnominals);
      if (was && from->referents.back() != to.referents.back()) {
        EmitSimple(owner, located->id, from->referents.back(), token(from->first).begin, token(seat.last).end, "ko:seat-move");
      }
      break;
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
    disc->topic_sentence = sentence.number;
    return;
  }
}

}  // namespace kg::ingest
