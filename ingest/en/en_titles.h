// "Haneul CEO Park Ji-min", "former Ford engineers Dana Whitfield and Raj Menon": a title noun
// between an organisation and a person's name. The span stands for the person when the parse
// reads the sentence; a person noun that is no vocabulary title (engineer, cardiologist)
// states position_held with the noun as the role. Kept out of en_extract.cpp, which reads the
// parse, because it reads only the words between two names.
#pragma once

#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

// Emits the position_held facts and returns the spans that stand for a person (mention
// indexes into `mentions`).
std::vector<MergedSpan> TitleDescriptorFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                                             const std::vector<ValueMention>& values,
                                             const RelationVocabulary& relations, DocEntities* ents,
                                             FactSink* sink);

}  // namespace kg::ingest
