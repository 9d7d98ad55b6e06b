// What a facility's own name says (issue 10): "군산공장", "거제조선소" -- a Facility the mention
// finder named by the place written onto its noun (facility_names.cpp) -- is in that place.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::FacilitySites() {
  const RelationDef* located = x.relations_.ForRule("place_descriptor");
  if (!located) return;
  for (const Mention& m : mentions) {
    if (ents->at(m.entity).type != "Facility") continue;
    int place = ents->SiteOf(m.entity);
    if (place >= 0) EmitSimple(m.entity, located->id, place, m.begin, m.end, "ko:facility-place");
  }
}

}  // namespace kg::ingest
