// Forgetting a document (GraphWriter, graph_writer.h): its record, sentences and evidence go,
// then every fact no other document still cites, and every term nothing mentions any more.
// Kept apart from graph_writer.cpp, which stages what documents add.
#include <algorithm>

#include "kg/base/unicode.h"
#include "kg/storage/graph_writer.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/record_codec.h"

namespace kg {

Result<bool> GraphWriter::StillCited(FactId id) {
  auto staged = staged_evidence_.find(id);
  if (staged != staged_evidence_.end() && !staged->second.empty()) return true;
  bool cited = false;
  KG_RETURN_IF_ERROR(view_->ForEachEvidence(id, [&](Evidence&& e) {
    cited = !dropped_evidence_.count({id, e.doc});
    return !cited;  // the first piece this writer kept settles it
  }));
  return cited;
}

Status GraphWriter::RemoveDocument(const std::string& doc_id) {
  if (removed_docs_.count(doc_id)) return Status::NotFound("no document '" + doc_id + "'");
  Document doc;
  KG_RETURN_IF_ERROR(view_->GetDocument(doc_id, &doc));
  std::vector<FactId> fact_ids;
  std::vector<TermId> term_ids;
  std::string prefix = DocRefPrefix(doc_id);
  KG_RETURN_IF_ERROR(view_->ForEach(Cf::kDocFacts, prefix, [&](std::string_view k, std::string_view) {
    if (k.size() == prefix.size() + 1 + kIdSize) {
      uint64_t id = GetBigEndian64(k.data() + prefix.size() + 1);
      if (k[prefix.size()] == 'f') fact_ids.push_back(FactId(id));
      if (k[prefix.size()] == 't') term_ids.push_back(TermId(id));
    }
    set_.Delete(Cf::kDocFacts, k);
    return true;
  }));

  for (FactId fid : fact_ids) {
    Fact* f = nullptr;
    Status s = LoadFact(fid, &f);
    if (s.IsNotFound()) continue;
    KG_RETURN_IF_ERROR(s);
    FactState& fs = facts_[fid];
    if (fs.deleted) continue;
    // This document's evidence goes: what the store holds and what this writer staged.
    KG_RETURN_IF_ERROR(view_->ForEach(Cf::kFacts, EvidenceDocPrefix(fid, doc_id),
                                      [&](std::string_view k, std::string_view) {
                                        set_.Delete(Cf::kFacts, k);
                                        return true;
                                      }));
    dropped_evidence_.emplace(fid, doc_id);
    auto& staged_by_doc = staged_evidence_[fid];
    auto staged = staged_by_doc.find(doc_id);
    if (staged != staged_by_doc.end()) {
      for (const std::string& k : staged->second) set_.Delete(Cf::kFacts, k);
      staged_by_doc.erase(staged);
    }
    Result<bool> cited = StillCited(fid);
    if (!cited.ok()) return cited.status();
    if (*cited) continue;
    Triple t{f->subject, f->relation, f->object, fid, 0};
    fs.deleted = true;
    if (!f->negated) {
      KG_RETURN_IF_ERROR(AdjustPositiveCount(f->subject, f->relation, f->object, fid, false));
    }
    PutIndexEntries(t, false);
    set_.Delete(Cf::kFacts, FactKey(fid));
    counter_deltas_[kMetaTriples] -= 1;
    counter_deltas_[kMetaFacts] -= 1;
  }

  KG_RETURN_IF_ERROR(view_->ForEach(Cf::kDocs, SentencePrefix(doc_id),
                                    [&](std::string_view k, std::string_view) {
                                      set_.Delete(Cf::kDocs, k);
                                      return true;
                                    }));
  set_.Delete(Cf::kDocs, DocKey(doc_id));
  counter_deltas_[kMetaDocuments] -= 1;
  removed_docs_.insert(doc_id);

  for (TermId id : term_ids) {
    auto ref = std::make_pair(id, doc_id);
    removed_doc_term_refs_.insert(ref);
    doc_term_refs_.erase(ref);
    set_.Delete(Cf::kTerms, TermDocRefKey(id, doc_id));
    delete_candidates_.push_back(id);
  }
  return Status::OK();
}

Status GraphWriter::MaybeDeleteTerm(TermId id) {
  TermState* ts = nullptr;
  Status s = LoadTerm(id, &ts);
  if (s.IsNotFound()) return Status::OK();
  KG_RETURN_IF_ERROR(s);
  Term& term = ts->term;
  if (ts->deleted || term.from_lexicon || term.kind == TermKind::kRelation) return Status::OK();

  // Still mentioned by a document?
  for (const auto& ref : doc_term_refs_) {
    if (ref.first == id) return Status::OK();
  }
  bool referenced = false;
  KG_RETURN_IF_ERROR(view_->ForEach(Cf::kTerms, TermDocRefPrefix(id),
                                    [&](std::string_view k, std::string_view) {
                                      std::string doc(k.substr(kIdSize + 1));
                                      if (!removed_doc_term_refs_.count({id, doc})) referenced = true;
                                      return !referenced;
                                    }));
  if (referenced) return Status::OK();
  // Still used by a triple that does not come from a document (an import)?
  for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kOsp}) {
    auto scan = view_->Scan(order, &id, 1);
    Triple t;
    while (scan->Next(&t)) {
      auto it = facts_.find(t.fact);
      if (t.fact.valid() && it != facts_.end() && it->second.deleted) continue;
      return Status::OK();
    }
    KG_RETURN_IF_ERROR(scan->status());
  }

  ts->deleted = true;
  set_.Delete(Cf::kTerms, TermKey(id));
  if (term.kind == TermKind::kLiteral) {
    set_.Delete(Cf::kNames, LiteralKey(term.literal));
    new_keys_.erase(LiteralKey(term.literal));
    counter_deltas_[kMetaLiterals] -= 1;
    return Status::OK();
  }
  std::vector<std::string> names{term.name};
  KG_RETURN_IF_ERROR(view_->ForEach(Cf::kTerms, AliasPrefix(id), [&](std::string_view k,
                                                                  std::string_view v) {
    Alias a;
    if (DecodeAlias(v, &a)) names.push_back(a.text);
    set_.Delete(Cf::kTerms, k);
    counter_deltas_[kMetaLabels] -= 1;
    return true;
  }));
  for (const std::string& n : names) {
    std::string folded = kg::FoldName(n);
    std::string key = NameKey(folded, id);
    set_.Delete(Cf::kNames, key);
    if (memory_) deleted_name_keys_.push_back(std::move(key));
    auto it = new_names_.find(folded);
    if (it != new_names_.end()) {
      it->second.erase(std::remove(it->second.begin(), it->second.end(), id), it->second.end());
    }
  }
  if (!term.iri.empty()) set_.Delete(Cf::kNames, IriKey(term.iri));
  counter_deltas_[kMetaEntities] -= 1;
  return Status::OK();
}

Status GraphWriter::ReleaseFromLexicon(TermId id) {
  TermState* ts = nullptr;
  Status s = LoadTerm(id, &ts);
  if (s.IsNotFound()) return Status::OK();
  KG_RETURN_IF_ERROR(s);
  if (!ts->term.from_lexicon) return Status::OK();
  ts->term.from_lexicon = false;
  ts->dirty = true;
  delete_candidates_.push_back(id);
  return Status::OK();
}

}  // namespace kg
