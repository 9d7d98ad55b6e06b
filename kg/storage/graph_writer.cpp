// Staged writes for documents. Reads go to one ReadView (taken at construction) overlaid
// with what this writer already staged; Commit turns the overlay into one WriteBatch.
#include "kg/storage/graph_writer.h"

#include <algorithm>

#include "kg/base/unicode.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/record_codec.h"

namespace kg {

GraphWriter::GraphWriter(Store* store, WriterMemory* memory)
    : store_(store), view_(store->NewReadView()), memory_(memory) {}

GraphWriter::~GraphWriter() = default;

Result<uint64_t> GraphWriter::AllocCounter(const char* key, uint64_t* cache) {
  if (*cache == 0) {
    Result<uint64_t> v = view_->GetCounter(key);
    if (!v.ok()) return v.status();
    *cache = std::max<uint64_t>(*v, 1);
  }
  return (*cache)++;
}

Result<TermId> GraphWriter::AllocTerm() {
  Result<uint64_t> id = AllocCounter(kMetaNextTerm, &next_term_);
  if (!id.ok()) return id.status();
  return TermId(*id);
}

Status GraphWriter::LoadTerm(TermId id, TermState** state) {
  auto it = terms_.find(id);
  if (it == terms_.end()) {
    TermState ts;
    KG_RETURN_IF_ERROR(view_->GetTerm(id, &ts.term));
    it = terms_.emplace(id, std::move(ts)).first;
  }
  *state = &it->second;
  return Status::OK();
}

Status GraphWriter::AddName(TermId id, const std::string& text) {
  std::string folded = kg::FoldName(text);
  if (folded.empty() || folded.find('\0') != std::string::npos) return Status::OK();
  auto& ids = new_names_[folded];
  if (std::find(ids.begin(), ids.end(), id) != ids.end()) return Status::OK();
  ids.push_back(id);
  std::string key = NameKey(folded, id);
  set_.Put(Cf::kNames, key, "");
  if (memory_) added_name_keys_.push_back(std::move(key));
  return Status::OK();
}

Result<bool> GraphWriter::LeadsTo(const std::string& text, TermId id) {
  std::string folded = kg::FoldName(text);
  if (folded.empty() || folded.find('\0') != std::string::npos) return true;  // AddName skips it
  auto it = new_names_.find(folded);
  if (it != new_names_.end() && std::find(it->second.begin(), it->second.end(), id) != it->second.end()) {
    return true;
  }
  std::string key = NameKey(folded, id);
  if (memory_ && memory_->HasName(key)) return true;
  std::string value;
  Status s = view_->Get(Cf::kNames, key, &value);
  if (s.IsNotFound()) return false;
  KG_RETURN_IF_ERROR(s);
  // Stored as of this writer's snapshot; if this writer deletes it, Commit tells the memory.
  if (memory_) memory_->RememberName(key);
  return true;
}

Status GraphWriter::CandidatesForName(const std::string& folded, std::vector<TermId>* out) {
  out->clear();
  KG_RETURN_IF_ERROR(view_->FindByFoldedName(folded, out));
  auto it = new_names_.find(folded);
  if (it != new_names_.end()) {
    for (TermId id : it->second) {
      if (std::find(out->begin(), out->end(), id) == out->end()) out->push_back(id);
    }
  }
  return Status::OK();
}

Status GraphWriter::NoteDocTerm(const std::string& doc_id, TermId id) {
  if (doc_id.empty()) return Status::OK();
  auto ref = std::make_pair(id, doc_id);
  if (!doc_term_refs_.insert(ref).second) return Status::OK();
  removed_doc_term_refs_.erase(ref);
  set_.Put(Cf::kTerms, TermDocRefKey(id, doc_id), "");
  set_.Put(Cf::kDocFacts, DocTermKey(doc_id, id), "");
  return Status::OK();
}

Result<TermId> GraphWriter::ResolveEntity(const EntitySpec& spec, const std::string& doc_id) {
  std::vector<std::string> names;
  names.push_back(spec.name);
  for (const Alias& a : spec.aliases) names.push_back(a.text);

  TermId found;
  std::vector<TermId> candidates;
  for (size_t i = 0; i < names.size() && !found.valid(); ++i) {
    std::string folded = kg::FoldName(names[i]);
    if (folded.empty()) continue;
    KG_RETURN_IF_ERROR(CandidatesForName(folded, &candidates));
    for (TermId id : candidates) {
      TermState* ts = nullptr;
      Status s = LoadTerm(id, &ts);
      if (s.IsNotFound()) continue;
      KG_RETURN_IF_ERROR(s);
      if (ts->deleted || ts->term.kind != TermKind::kEntity) continue;
      // Types are compatible when equal or when either is unknown.
      const std::string& type = ts->term.type;
      if (!type.empty() && !spec.type.empty() && type != spec.type) continue;
      found = id;
      break;
    }
  }

  TermState* ts = nullptr;
  if (!found.valid()) {
    Result<TermId> id = AllocTerm();
    if (!id.ok()) return id.status();
    found = *id;
    TermState fresh;
    fresh.term.id = found;
    fresh.term.kind = TermKind::kEntity;
    fresh.term.name = spec.name;
    fresh.term.type = spec.type;
    fresh.term.from_lexicon = spec.from_lexicon;
    fresh.dirty = fresh.is_new = true;
    terms_[found] = std::move(fresh);
    counter_deltas_[kMetaEntities] += 1;
    ++entities_created_;
    KG_RETURN_IF_ERROR(AddName(found, spec.name));
  }
  KG_RETURN_IF_ERROR(LoadTerm(found, &ts));
  Term& term = ts->term;
  if (term.type.empty() && !spec.type.empty()) {
    term.type = spec.type;
    ts->dirty = true;
  }
  if ((spec.from_lexicon || spec.canonical) && !term.from_lexicon) {
    // The lexicon's canonical name wins; the old display name stays as an alias.
    if (term.name != spec.name) {
      Alias old{term.name, ""};
      std::string alias_value = EncodeAlias(old);
      Result<uint64_t> seq = AllocCounter(kMetaNextAlias, &next_alias_);
      if (!seq.ok()) return seq.status();
      set_.Put(Cf::kTerms, AliasKey(found, *seq), alias_value);
      counter_deltas_[kMetaLabels] += 1;
      term.name = spec.name;
      KG_RETURN_IF_ERROR(AddName(found, spec.name));
    }
    term.from_lexicon = spec.from_lexicon;
    ts->dirty = true;
  }

  // Add the aliases it does not have yet: a name that already leads to this entity (its
  // name or an alias, in any case) is known. One point read each, however many it has.
  for (const Alias& a : spec.aliases) {
    if (a.text.empty() || a.text == term.name) continue;
    Result<bool> known = LeadsTo(a.text, found);
    if (!known.ok()) return known.status();
    if (*known) continue;
    Result<uint64_t> seq = AllocCounter(kMetaNextAlias, &next_alias_);
    if (!seq.ok()) return seq.status();
    set_.Put(Cf::kTerms, AliasKey(found, *seq), EncodeAlias(a));
    counter_deltas_[kMetaLabels] += 1;
    KG_RETURN_IF_ERROR(AddName(found, a.text));
  }
  KG_RETURN_IF_ERROR(NoteDocTerm(doc_id, found));
  return found;
}

Result<TermId> GraphWriter::Relation(const std::string& name) {
  std::string key = RelationNameKey(name);
  auto it = new_keys_.find(key);
  if (it != new_keys_.end()) return it->second;
  Result<TermId> existing = view_->FindRelation(name);
  if (!existing.ok()) return existing.status();
  if (existing->valid()) return *existing;
  Result<TermId> id = AllocTerm();
  if (!id.ok()) return id.status();
  TermState ts;
  ts.term.id = *id;
  ts.term.kind = TermKind::kRelation;
  ts.term.name = name;
  ts.dirty = ts.is_new = true;
  terms_[*id] = std::move(ts);
  new_keys_[key] = *id;
  set_.Put(Cf::kNames, key, TermKey(*id));
  counter_deltas_[kMetaRelations] += 1;
  return *id;
}

Result<TermId> GraphWriter::LiteralTerm(const Literal& lit, const std::string& doc_id) {
  std::string key = LiteralKey(lit);
  TermId id;
  auto it = new_keys_.find(key);
  if (it != new_keys_.end()) {
    id = it->second;
  } else {
    Result<TermId> existing = view_->FindLiteral(lit);
    if (!existing.ok()) return existing.status();
    id = *existing;
    if (id.valid()) {
      TermState* ts = nullptr;
      KG_RETURN_IF_ERROR(LoadTerm(id, &ts));
      if (ts->deleted) {  // removed earlier in this writer: bring it back
        ts->deleted = false;
        ts->dirty = true;
        set_.Put(Cf::kNames, key, TermKey(id));
        counter_deltas_[kMetaLiterals] += 1;
      }
    }
  }
  if (!id.valid()) {
    Result<TermId> fresh = AllocTerm();
    if (!fresh.ok()) return fresh.status();
    id = *fresh;
    TermState ts;
    ts.term.id = id;
    ts.term.kind = TermKind::kLiteral;
    ts.term.literal = lit;
    ts.dirty = ts.is_new = true;
    terms_[id] = std::move(ts);
    new_keys_[key] = id;
    set_.Put(Cf::kNames, key, TermKey(id));
    counter_deltas_[kMetaLiterals] += 1;
  }
  KG_RETURN_IF_ERROR(NoteDocTerm(doc_id, id));
  return id;
}

Status GraphWriter::LoadFact(FactId id, Fact** fact) {
  auto it = facts_.find(id);
  if (it == facts_.end()) {
    FactState fs;
    KG_RETURN_IF_ERROR(view_->GetFact(id, &fs.fact));
    it = facts_.emplace(id, std::move(fs)).first;
  }
  *fact = &it->second.fact;
  return Status::OK();
}

Status GraphWriter::FactsOf(TermId s, TermId p, TermId o, std::vector<Triple>* out) {
  out->clear();
  TermId prefix[3] = {s, p, o};
  auto scan = view_->Scan(IndexOrder::kSpo, prefix, 3);
  Triple t;
  while (scan->Next(&t)) {
    auto it = facts_.find(t.fact);
    if (t.fact.valid() && it != facts_.end()) {
      if (it->second.deleted) continue;
      t.flags = static_cast<uint8_t>((it->second.fact.negated ? kFlagNegated : 0) | kFlagHasRecord);
    }
    out->push_back(t);
  }
  KG_RETURN_IF_ERROR(scan->status());
  auto it = new_facts_by_triple_.find({s.value, p.value, o.value});
  if (it != new_facts_by_triple_.end()) {
    for (FactId id : it->second) {
      const FactState& fs = facts_[id];
      if (fs.deleted) continue;
      Triple nt{s, p, o, id,
                static_cast<uint8_t>((fs.fact.negated ? kFlagNegated : 0) | kFlagHasRecord)};
      out->push_back(nt);
    }
  }
  return Status::OK();
}

void GraphWriter::PutIndexEntries(const Triple& t, bool add) {
  const IndexOrder orders[] = {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp};
  char flags = static_cast<char>(t.flags);
  for (IndexOrder order : orders) {
    auto key = TripleKey(order, t);
    std::string_view k(key.data(), key.size());
    if (add) {
      set_.Put(IndexCf(order), k, std::string_view(&flags, 1));
    } else {
      set_.Delete(IndexCf(order), k);
    }
  }
}

Status GraphWriter::AdjustPositiveCount(TermId s, TermId p, TermId o, FactId changed,
                                        bool adding) {
  std::vector<Triple> others;
  KG_RETURN_IF_ERROR(FactsOf(s, p, o, &others));
  bool other_positive = std::any_of(others.begin(), others.end(), [&](const Triple& t) {
    return t.fact != changed && !t.negated();
  });
  if (!other_positive) relation_deltas_[p] += adding ? 1 : -1;
  return Status::OK();
}

Result<FactId> GraphWriter::AddFact(const FactSpec& spec) {
  const std::string& doc = spec.evidence.doc;
  std::vector<Triple> same;
  KG_RETURN_IF_ERROR(FactsOf(spec.subject, spec.relation, spec.object, &same));
  for (const Triple& t : same) {
    if (!(t.flags & kFlagHasRecord)) continue;
    bool is_same = false, new_notes = false;
    KG_RETURN_IF_ERROR(Matches(t.fact, spec, &is_same, &new_notes));
    if (!is_same) continue;
    if (new_notes) {
      Fact* f = nullptr;
      KG_RETURN_IF_ERROR(LoadFact(t.fact, &f));
      for (const auto& [k, v] : spec.notes) {
        if (f->notes.emplace(k, v).second) facts_[t.fact].dirty = true;
      }
    }
    AddEvidence(t.fact, spec.evidence);
    if (!doc.empty()) set_.Put(Cf::kDocFacts, DocFactKey(doc, t.fact), "");
    return t.fact;
  }

  Result<uint64_t> fid = AllocCounter(kMetaNextFact, &next_fact_);
  if (!fid.ok()) return fid.status();
  FactState fs;
  fs.fact.id = FactId(*fid);
  fs.fact.subject = spec.subject;
  fs.fact.relation = spec.relation;
  fs.fact.object = spec.object;
  fs.fact.negated = spec.negated;
  fs.fact.qualifiers = spec.qualifiers;
  fs.fact.notes = spec.notes;
  fs.dirty = fs.is_new = true;
  FactId id = fs.fact.id;
  AddEvidence(id, spec.evidence);

  if (!spec.negated) {
    KG_RETURN_IF_ERROR(AdjustPositiveCount(spec.subject, spec.relation, spec.object, id, true));
  }
  facts_[id] = std::move(fs);
  new_facts_by_triple_[{spec.subject.value, spec.relation.value, spec.object.value}].push_back(id);
  Triple t{spec.subject, spec.relation, spec.object, id,
           static_cast<uint8_t>((spec.negated ? kFlagNegated : 0) | kFlagHasRecord)};
  PutIndexEntries(t, true);
  counter_deltas_[kMetaTriples] += 1;
  counter_deltas_[kMetaFacts] += 1;
  ++facts_added_;
  if (!doc.empty()) {
    set_.Put(Cf::kDocFacts, DocFactKey(doc, id), "");
    KG_RETURN_IF_ERROR(NoteDocTerm(doc, spec.subject));
    KG_RETURN_IF_ERROR(NoteDocTerm(doc, spec.object));
    for (const auto& [k, v] : spec.qualifiers) KG_RETURN_IF_ERROR(NoteDocTerm(doc, v));
  }
  return id;
}

Status GraphWriter::Matches(FactId id, const FactSpec& spec, bool* same, bool* new_notes) {
  // From the memory when it knows the fact (and this writer has not loaded it), else from the
  // fact's record; `notes` is a set of note keys or the record's notes map.
  auto judge = [&](bool negated, const Qualifiers& qualifiers, const auto& notes) {
    *same = negated == spec.negated && qualifiers == spec.qualifiers;
    *new_notes = std::any_of(spec.notes.begin(), spec.notes.end(),
                             [&](const auto& n) { return !notes.count(n.first); });
  };
  const WriterMemory::FactShape* shape = nullptr;
  if (memory_ && !facts_.count(id)) shape = memory_->FindFact(id);
  if (shape) {
    judge(shape->negated, shape->qualifiers, shape->note_keys);
    return Status::OK();
  }
  Fact* f = nullptr;
  KG_RETURN_IF_ERROR(LoadFact(id, &f));
  judge(f->negated, f->qualifiers, f->notes);
  return Status::OK();
}

void GraphWriter::AddEvidence(FactId id, const Evidence& e) {
  std::string key = EvidenceKey(id, e);
  set_.Put(Cf::kFacts, key, e.rule);
  staged_evidence_[id][e.doc].push_back(std::move(key));
}

Status GraphWriter::PutDocument(const Document& doc, const std::vector<std::string>& sentences) {
  Document existing;
  Status s = view_->GetDocument(doc.id, &existing);
  if (s.IsNotFound() || removed_docs_.count(doc.id)) {
    counter_deltas_[kMetaDocuments] += 1;
  } else {
    KG_RETURN_IF_ERROR(s);
  }
  removed_docs_.erase(doc.id);
  set_.Put(Cf::kDocs, DocKey(doc.id), EncodeDocument(doc));
  for (size_t i = 0; i < sentences.size(); ++i) {
    set_.Put(Cf::kDocs, SentenceKey(doc.id, static_cast<uint32_t>(i + 1)), sentences[i]);
  }
  return Status::OK();
}

Status GraphWriter::Commit() {
  if (committed_) return Status::InvalidArgument("GraphWriter committed twice");
  committed_ = true;
  for (TermId id : delete_candidates_) KG_RETURN_IF_ERROR(MaybeDeleteTerm(id));

  for (auto& [id, ts] : terms_) {
    if (ts.dirty && !ts.deleted) set_.Put(Cf::kTerms, TermKey(id), EncodeTerm(ts.term));
  }
  for (auto& [id, fs] : facts_) {
    if (fs.dirty && !fs.deleted) set_.Put(Cf::kFacts, FactKey(id), EncodeFact(fs.fact));
  }
  // Counters move from their stored values by this batch's deltas.
  auto move = [&](const std::string& key, Result<uint64_t> cur, int64_t delta) -> Status {
    if (!cur.ok()) return cur.status();
    int64_t v = static_cast<int64_t>(*cur) + delta;
    set_.Put(Cf::kMeta, key, EncodeCounter(static_cast<uint64_t>(std::max<int64_t>(v, 0))));
    return Status::OK();
  };
  for (const auto& [key, delta] : counter_deltas_) {
    if (delta != 0) KG_RETURN_IF_ERROR(move(key, view_->GetCounter(key), delta));
  }
  for (const auto& [rel, delta] : relation_deltas_) {
    if (delta == 0) continue;
    KG_RETURN_IF_ERROR(move(RelationCountKey(rel), view_->GetRelationCount(rel), delta));
  }
  if (next_term_) set_.Put(Cf::kMeta, kMetaNextTerm, EncodeCounter(next_term_));
  if (next_fact_) set_.Put(Cf::kMeta, kMetaNextFact, EncodeCounter(next_fact_));
  if (next_alias_) set_.Put(Cf::kMeta, kMetaNextAlias, EncodeCounter(next_alias_));
  view_.reset();
  KG_RETURN_IF_ERROR(store_->Write(set_));
  if (memory_) {
    for (const auto& [id, fs] : facts_) {
      if (fs.deleted) {
        memory_->ForgetFact(id);
      } else {
        memory_->RememberFact(fs.fact);
      }
    }
    // In the batch's order: a name deleted after it was added is gone.
    for (const std::string& k : added_name_keys_) memory_->RememberName(k);
    for (const std::string& k : deleted_name_keys_) memory_->ForgetName(k);
  }
  return Status::OK();
}

}  // namespace kg
