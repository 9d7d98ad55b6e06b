// "누리전자는 한가람 대표가 세운 회사다": a titled person written without an organisation, whom a
// relation links to one, holds the title there; so does each of two founders named with their
// titles (X는 A 대표와 B CTO가 공동 창업한 회사). Split from ko_predicates.cpp (at its limit).
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::TitleAtOrganisation(const Resolution& res,
                                                const std::vector<int>& subjects,
                                                const std::vector<int>& objects, size_t b,
                                                size_t e) {
  for (int ph : {res.subject_phrase, res.object_phrase}) {
    if (ph < 0) continue;
    const Phrase& p = phrase(ph);
    // Each of the titled persons the phrase lists (김서연 대표와 오태민 CTO가 세운 회사), and only
    // when they are all it names.
    if (p.titled.empty() || p.person_org >= 0 || p.referents.size() != p.titled.size()) continue;
    const std::vector<int>& others = ph == res.subject_phrase ? objects : subjects;
    if (others.size() != 1) continue;
    const std::string& type = ents->at(others.front()).type;
    if (type == "Person" || type == "Country" || type == "Place" || type == "Product") continue;
    for (const auto& [person, title] : p.titled) {
      bool named = std::find(p.referents.begin(), p.referents.end(), person) != p.referents.end();
      if (named && person != others.front()) {
        EmitTitle(person, title, others.front(), b, e, "ko:title-at-organisation");
      }
    }
  }
}

}  // namespace kg::ingest
