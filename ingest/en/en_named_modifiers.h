// A product's name written as the modifier of the common noun a verb takes for its object:
// "Kumo Orbit unveiled its KO-1 weather satellite", "Kia rolled out its EV3 electric SUV".
// The parse heads the object with the common noun ("satellite"), which names nothing; the
// name before it is what was unveiled.
#pragma once

#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_roles.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// For each head of `heads` that is no name itself, the one name among its noun modifiers
// (Link Grammar's AN links), when that name is a product or a project (typed so by the
// mention layer: "KO-1", "EV3", "Stargate"). A head with two such names, or with an
// organisation, person or place for its modifier ("Nvidia chips", "Seoul office"), gives none.
std::vector<int> NamedModifierObjects(const LinkageReader& reader, const PreparedText& prepared,
                                      const std::vector<Mention>& mentions, const DocEntities& ents,
                                      const std::vector<int>& heads);

}  // namespace kg::ingest
