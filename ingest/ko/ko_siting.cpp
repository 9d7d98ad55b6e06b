// Where a thing made stands, which Korean states with the place marked 에 in the clause that
// makes it: "X는 P에 공장 Y를 짓는다", "P에 법인 Y를 세웠다" -> Y is in P. Which relations make a
// thing, and on which side the thing is, is data (ko_grammar.json: siting_relations); the
// relation stated is the vocabulary's relation of where things are (the one with seat nouns).
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

bool KoreanExtractor::Impl::MakesThing(const RelationDef& R) {
  return KoreanGrammar::Get().siting_relations.count(R.id) > 0;
}

void KoreanExtractor::Impl::SiteMadeThings(const Resolution& res, const Predicate& P,
                                           const std::vector<int>& subjects, const std::vector<int>& objects,
                                           const std::vector<int>& args, size_t b, size_t e) {
  const auto& siting = KoreanGrammar::Get().siting_relations;
  auto side = siting.find(res.rel->id);
  if (side == siting.end() || P.ending.negated) return;
  const RelationDef* located = nullptr;
  for (const RelationDef& r : x.relations_.relations()) {
    if (!r.ko_seat_nouns.empty()) located = &r;
  }
  if (!located) return;
  auto is_place = [&](int en) {
    const std::string& t = ents->at(en).type;
    return t == "Place" || t == "Country";
  };
  // The place: the clause's last phrase marked 에 that names only places; its last name is
  // the most specific (충북 청주에 -> 청주). A clause without one takes it from the connective
  // clauses before it that share its subject (P에 N원을 들여 Y를 짓다).
  auto place_in = [&](const std::vector<int>& phrases) {
    int found = -1;
    for (int a : phrases) {
      const Phrase& p = phrase(a);
      if (a == res.subject_phrase || a == res.object_phrase || p.role != Role::kTarget || p.referents.empty()) continue;
      if (!std::all_of(p.referents.begin(), p.referents.end(), is_place)) continue;
      found = p.referents.back();
    }
    return found;
  };
  int place = place_in(args);
  if (place < 0 && res.subject_phrase >= 0 && res.subject_phrase < (args.empty() ? 0 : args.front())) {
    std::vector<int> before;
    for (int a = res.subject_phrase + 1; a < args.front(); ++a) before.push_back(a);
    place = place_in(before);
  }
  if (place < 0) return;
  // The thing made is a name, not a modifier of the noun that is (AI 데이터센터를 짓다).
  int made_phrase = side->second == "subject" ? res.subject_phrase : res.object_phrase;
  if (made_phrase >= 0 && phrase(made_phrase).referents.empty()) return;
  const std::vector<int>& made = side->second == "subject" ? subjects : objects;
  for (int m : made) {
    const std::string& t = ents->at(m).type;
    if (m == place || t == "Country" || t == "Person") continue;
    EmitSimple(m, located->id, place, b, e, "ko:siting");
  }
}

}  // namespace kg::ingest
