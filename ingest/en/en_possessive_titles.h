// "Arvika's chief financial officer, Tor Evensen, said", "Halden said its former chairman, Per
// Wikstrom, had stepped down": a possessive organisation, a title and the person's name set off
// by a comma. The surface title rules read only a title right before the name ("Arvika CEO X")
// or "X, CEO of Y"; the parse reads the apposition as no clause. Kept apart from en_titles.cpp,
// which reads an organisation's name written right before the title without a possessive.
#pragma once

#include <vector>

#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// "<ORG>'s <title>, <PERSON>" and "its <title>, <PERSON>" ("its" is the nearest organisation
// named before it): ceo_of for a vocabulary title of that relation, else position_held with the
// title (and "former") as its role. The title is up to four lower-case words ending in a
// title noun of ceo_of or position_held, or in "officer".
void PossessiveTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                          const RelationVocabulary& relations, DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
