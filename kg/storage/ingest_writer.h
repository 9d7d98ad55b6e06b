// Writes one document's Extraction into the graph: entities resolved against what the graph
// already knows (so 네이버 in one document and Naver in another are one entity), values,
// facts with qualifiers and evidence, the document and its sentences -- replacing an earlier
// version of the same document in the same atomic batch.
#pragma once

#include <string>

#include "ingest/extraction.h"
#include "ingest/relations.h"
#include "kg/storage/graph_writer.h"
#include "kg/base/model.h"
#include "kg/base/status.h"

namespace kg {

struct WrittenDocument {
  int64_t entities = 0;
  int64_t facts = 0;
};

// REQUIRES: `doc.id` set. When the graph has a document with that id, it is replaced.
// A symmetric relation's fact is stored one way round (lower entity id first), so "A
// partnered with B" and "B partnered with A" are one fact with the evidence of both.
Result<WrittenDocument> WriteExtraction(GraphWriter* writer, const ingest::Extraction& x,
                                        const ingest::RelationVocabulary& relations,
                                        const Document& doc, bool replace);

}  // namespace kg
