// Who uses a thing put into another: Korean names the holder with 에 and leaves the one doing
// the putting as the subject: "두 회사는 A 메신저에 Z를 넣기로 했다", "A는 Z를 B 플랫폼에
// 탑재했다" -> the holder (A 메신저, B) uses Z, not the one who put it there. Which verbs read so
// is data (relations.json: target_subject_lemmas, target_required_lemmas).
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::TargetAsSubject(const Slots& k, Resolution* res) {
  if (!OneOf(k.P.stem, k.R.ko_target_subject_stems) || k.passive || k.P.inverse) return;
  // The holders: the clause's one phrase marked 에 that names things (not a place, person or
  // the thing put); its names, not the noun after them (B 플랫폼에 -> B), each of a list
  // (A와 B에 Z를 넣다: A and B use Z).
  std::vector<int> holders;
  int holder_phrase = -1, found = 0;
  for (int a : k.args) {
    const Phrase& p = phrase(a);
    if (a == res->subject_phrase || a == res->object_phrase || p.role != Role::kTarget) continue;
    ++found;
    std::vector<int> named = Entities(a);
    bool things = !named.empty();
    for (int e : named) {
      const std::string& t = ents->at(e).type;
      things &= t != "Country" && t != "Place" && t != "Person" &&
                std::find(res->objects.begin(), res->objects.end(), e) == res->objects.end();
    }
    if (!things) continue;
    holders = named;
    holder_phrase = a;
  }
  if (!holders.empty() && found == 1) {
    res->subjects = holders;
    res->subject_phrase = holder_phrase;
    return;
  }
  // Without a named holder the subject uses the thing (X는 Z를 탑재했다), save by the verbs
  // that say nothing of use alone (Z를 명단에 넣다).
  if (OneOf(k.P.stem, k.R.ko_target_required_stems)) res->subjects.clear();
}

}  // namespace kg::ingest
