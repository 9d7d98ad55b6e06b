// A clause's object written as a name that modifies a product noun: "Kumo Orbit unveiled its
// KO-1 weather satellite", "it will use Fjordline's Tidewise claims software". The parse heads
// the phrase with the noun ("satellite"), which names nothing, so the clause's fact (released,
// uses, ...) was lost; after a possessive (or "the" for a name typed Product) the name is the
// product the noun describes.
#pragma once

#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_roles.h"
#include "ingest/en/en_words.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// The entity of the name modifying product noun `head` ("satellite" of "its KO-1 weather
// satellite"), or -1 when `head` is no product noun (en_roles.json) or no such name qualifies.
int NamedProductHead(const LinkageReader& reader, int head, const PreparedText& prepared,
                     const std::vector<Mention>& mentions, const DocEntities& ents,
                     const EnglishWords& words);

}  // namespace kg::ingest
