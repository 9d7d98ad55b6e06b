// Extraction -> GraphWriter calls.
#include "kg/storage/ingest_writer.h"

namespace kg {

Result<WrittenDocument> WriteExtraction(GraphWriter* writer, const ingest::Extraction& x,
                                        const ingest::RelationVocabulary& relations,
                                        const Document& doc, bool replace) {
  WrittenDocument out;
  if (replace) KG_RETURN_IF_ERROR(writer->RemoveDocument(doc.id));
  std::vector<TermId> entity_ids;
  for (const ingest::ExtractedEntity& e : x.entities) {
    EntitySpec spec;
    spec.name = e.name;
    spec.type = e.type;
    spec.aliases = e.aliases;
    spec.canonical = e.from_lexicon;
    Result<TermId> id = writer->ResolveEntity(spec, doc.id);
    if (!id.ok()) return id.status();
    entity_ids.push_back(*id);
  }
  std::vector<TermId> value_ids;
  for (const ingest::ExtractedValue& v : x.values) {
    Result<TermId> id = writer->LiteralTerm(v.literal, doc.id);
    if (!id.ok()) return id.status();
    value_ids.push_back(*id);
  }
  for (const ingest::ExtractedFact& f : x.facts) {
    Result<TermId> rel = writer->Relation(f.relation);
    if (!rel.ok()) return rel.status();
    FactSpec spec;
    spec.subject = entity_ids[static_cast<size_t>(f.subject)];
    spec.relation = *rel;
    spec.object = f.object_entity >= 0 ? entity_ids[static_cast<size_t>(f.object_entity)]
                                       : value_ids[static_cast<size_t>(f.object_value)];
    const ingest::RelationDef* def = relations.Find(f.relation);
    if (def && def->symmetric && f.object_entity >= 0 && spec.object < spec.subject) {
      std::swap(spec.subject, spec.object);
    }
    spec.negated = f.negated;
    for (const auto& [k, v] : f.value_qualifiers) spec.qualifiers[k] = value_ids[static_cast<size_t>(v)];
    for (const auto& [k, v] : f.entity_qualifiers) spec.qualifiers[k] = entity_ids[static_cast<size_t>(v)];
    spec.notes = f.notes;
    spec.evidence = Evidence{doc.id, f.sentence, f.start, f.end, f.rule};
    Result<FactId> id = writer->AddFact(spec);
    if (!id.ok()) return id.status();
  }
  std::vector<std::string> sentences;
  for (const ingest::Sentence& s : x.sentences) sentences.push_back(s.text);
  Document d = doc;
  d.sentences = static_cast<int64_t>(x.sentences.size());
  d.entities = static_cast<int64_t>(x.entities.size());
  d.facts = static_cast<int64_t>(x.facts.size());
  d.language = x.language;
  KG_RETURN_IF_ERROR(writer->PutDocument(d, sentences));
  out.entities = d.entities;
  out.facts = d.facts;
  return out;
}

}  // namespace kg
