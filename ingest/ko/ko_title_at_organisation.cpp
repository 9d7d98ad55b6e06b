// "누리전자는 한가람 대표가 세운 회사다": a titled person written without an organisation, whom a
// relation links to one, holds the title there. Split from ko_predicates.cpp (at its limit).
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::TitleAtOrganisation(const Resolution& res,
                                                const std::vector<int>& subjects,
                                                const std::vector<int>& objects, size_t b,
                                                size_t e) {
  for (int ph : {res.subject_phrase, res.object_phrase}) {
    if (ph < 0) continue;
    const Phrase& p = phrase(ph);
    if (p.title.empty() || p.person_org >= 0 || p.referents.size() != 1) continue;
    const std::vector<int>& others = ph == res.subject_phrase ? objects : subjects;
    if (others.size() != 1 || others.front() == p.referents.front()) continue;
    const std::string& type = ents->at(others.front()).type;
    if (type == "Person" || type == "Country" || type == "Place" || type == "Product") continue;
    EmitTitle(p.referents.front(), p.title, others.front(), b, e, "ko:title-at-organisation");
  }
}

}  // namespace kg::ingest
