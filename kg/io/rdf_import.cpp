// Maps each RDF term to a term id through an in-memory dictionary (and the database, when it
// is not empty), feeds every key to a BulkLoader, and computes the counters while the sorted
// spo family is written, so that meta is exact without a second pass.
#include "kg/io/rdf_import.h"

#include <unordered_map>
#include <unordered_set>

#include "kg/base/unicode.h"
#include "kg/storage/bulk_load.h"
#include "kg/io/ntriples.h"
#include "kg/io/string_ids.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/record_codec.h"

namespace kg {

std::string IriLocalName(const std::string& iri) {
  size_t cut = iri.find_last_of("#/:");
  if (cut == std::string::npos || cut + 1 >= iri.size()) return std::string();
  return iri.substr(cut + 1);
}

namespace {

class Importer {
 public:
  Importer(Store* store, const ImportOptions& options)
      : options_(options), view_(store->NewReadView()),
        loader_(store, options.memory_budget) {}

  Status Init() {
    Result<uint64_t> next = view_->GetCounter(kMetaNextTerm);
    if (!next.ok()) return next.status();
    first_new_id_ = next_id_ = std::max<uint64_t>(*next, 1);
    Result<uint64_t> alias = view_->GetCounter(kMetaNextAlias);
    if (!alias.ok()) return alias.status();
    next_alias_ = std::max<uint64_t>(*alias, 1);
    db_empty_ = first_new_id_ == 1;
    return Status::OK();
  }

  Status Add(const io::RdfTriple& t) {
    ++summary_.triples_read;
    Result<TermId> s = EntityFor(t.s);
    if (!s.ok()) return s.status();
    if (t.p.value == kRdfsLabel && t.o.kind == io::RdfTerm::Kind::kLiteral &&
        t.o.datatype.empty()) {
      return AddLabel(*s, t.o);
    }
    Result<TermId> p = RelationFor(t.p.value);
    if (!p.ok()) return p.status();
    Result<TermId> o = t.o.kind == io::RdfTerm::Kind::kLiteral ? LiteralFor(t.o) : EntityFor(t.o);
    if (!o.ok()) return o.status();
    Triple triple{*s, *p, *o, FactId(), 0};
    for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp}) {
      KG_RETURN_IF_ERROR(loader_.AddTriple(order, triple));
    }
    return Status::OK();
  }

  Result<ImportSummary> Finish() {
    loader_.SetVisitor(Cf::kSpo, [this](std::string_view key, std::string_view value) {
      return CountTriple(key, value);
    });
    Status s = loader_.Finish([this](BulkLoader* l) { return WriteMeta(l); },
                              options_.on_phase);
    if (!s.ok()) return s;
    return summary_;
  }

 private:
  Result<TermId> NewTerm(const Term& term) {
    TermId id(next_id_++);
    KG_RETURN_IF_ERROR(loader_.Add(Cf::kTerms, TermKey(id), EncodeTerm(term)));
    return id;
  }

  Result<TermId> EntityFor(const io::RdfTerm& t) {
    if (t.kind == io::RdfTerm::Kind::kBlank) {
      auto it = blanks_.find(t.value);
      if (it != blanks_.end()) return TermId(it->second);
      Term term;
      term.kind = TermKind::kBlank;
      term.name = t.value;
      Result<TermId> id = NewTerm(term);
      if (!id.ok()) return id;
      blanks_.emplace(t.value, id->value);
      ++summary_.entities_created;
      return id;
    }
    if (const uint64_t* known = entities_.Find(t.value)) return TermId(*known);
    if (!db_empty_) {
      Result<TermId> found = view_->FindIri(t.value);
      if (!found.ok()) return found;
      if (found->valid()) {
        entities_.Insert(t.value, found->value);
        return found;
      }
    }
    Term term;
    term.kind = TermKind::kEntity;
    term.iri = t.value;
    Result<TermId> id = NewTerm(term);
    if (!id.ok()) return id;
    KG_RETURN_IF_ERROR(loader_.Add(Cf::kNames, IriKey(t.value), TermKey(*id)));
    entities_.Insert(t.value, id->value);
    ++summary_.entities_created;
    return id;
  }

  Result<TermId> RelationFor(const std::string& iri) {
    auto it = predicates_.find(iri);
    if (it != predicates_.end()) return TermId(it->second);
    if (!db_empty_) {
      std::string value;
      Status s = view_->Get(Cf::kNames, PredicateIriKey(iri), &value);
      if (s.ok() && value.size() == kIdSize) {
        TermId id(GetBigEndian64(value.data()));
        predicates_.emplace(iri, id.value);
        return id;
      }
      if (!s.ok() && !s.IsNotFound()) return s;
    }
    // The relation id is the local name, unless another IRI already has it.
    std::string name = IriLocalName(iri);
    if (name.empty()) name = iri;
    Term term;
    term.kind = TermKind::kRelation;
    term.iri = iri;
    TermId id;
    auto claimed = relation_names_.find(name);
    if (claimed != relation_names_.end()) {
      name = iri;  // the local name belongs to another IRI in this import
    } else if (!db_empty_) {
      Result<TermId> existing = view_->FindRelation(name);
      if (!existing.ok()) return existing;
      if (existing->valid()) {
        Term old;
        KG_RETURN_IF_ERROR(view_->GetTerm(*existing, &old));
        if (old.iri.empty() || old.iri == iri) {
          id = *existing;  // the same relation (e.g. one written by ingest)
          term = old;
          term.iri = iri;
          KG_RETURN_IF_ERROR(loader_.Add(Cf::kTerms, TermKey(id), EncodeTerm(term)));
        } else {
          name = iri;
        }
      }
    }
    if (!id.valid()) {
      term.name = name;
      Result<TermId> fresh = NewTerm(term);
      if (!fresh.ok()) return fresh;
      id = *fresh;
      KG_RETURN_IF_ERROR(loader_.Add(Cf::kNames, RelationNameKey(name), TermKey(id)));
      ++summary_.relations_created;
    }
    KG_RETURN_IF_ERROR(loader_.Add(Cf::kNames, PredicateIriKey(iri), TermKey(id)));
    relation_names_.insert(name);
    predicates_.emplace(iri, id.value);
    return id;
  }

  Result<TermId> LiteralFor(const io::RdfTerm& t) {
    Literal lit{t.value, t.datatype, t.lang};
    std::string key = LiteralKey(lit);
    if (const uint64_t* known = literals_.Find(key)) return TermId(*known);
    if (!db_empty_) {
      Result<TermId> found = view_->FindLiteral(lit);
      if (!found.ok()) return found;
      if (found->valid()) {
        literals_.Insert(key, found->value);
        return found;
      }
    }
    Term term;
    term.kind = TermKind::kLiteral;
    term.literal = lit;
    Result<TermId> id = NewTerm(term);
    if (!id.ok()) return id;
    KG_RETURN_IF_ERROR(loader_.Add(Cf::kNames, key, TermKey(*id)));
    literals_.Insert(key, id->value);
    ++summary_.literals_created;
    return id;
  }

  Status AddLabel(TermId subject, const io::RdfTerm& label) {
    if (subject.value < first_new_id_ && checked_aliases_.insert(subject.value).second) {
      std::vector<Alias> existing;
      KG_RETURN_IF_ERROR(view_->GetAliases(subject, &existing));
      for (const Alias& a : existing) {
        std::string k = AliasHash(subject, a.lang, a.text);
        if (!alias_seen_.Find(k)) alias_seen_.Insert(k, 0);
      }
    }
    std::string seen = AliasHash(subject, label.lang, label.value);
    if (alias_seen_.Find(seen)) return Status::OK();
    alias_seen_.Insert(seen, 0);
    ++summary_.labels;
    KG_RETURN_IF_ERROR(loader_.Add(Cf::kTerms, AliasKey(subject, next_alias_++),
                                   EncodeAlias(Alias{label.value, label.lang})));
    if (label.value.find('\0') != std::string::npos) return Status::OK();
    std::string folded = kg::FoldName(label.value);
    if (folded.empty()) return Status::OK();
    return loader_.Add(Cf::kNames, NameKey(folded, subject), "");
  }

  static std::string AliasHash(TermId id, const std::string& lang, const std::string& text) {
    std::string k;
    PutBigEndian64(&k, id.value);
    PutLengthPrefixed(&k, lang);
    k.append(text);
    return k;
  }

  // Called for every distinct spo key, in order, as it is written.
  Status CountTriple(std::string_view key, std::string_view) {
    Triple t = DecodeTripleKey(IndexOrder::kSpo, key);
    bool positive_exists = false;
    if (t.s.value < first_new_id_ && t.o.value < first_new_id_) {
      TermId prefix[3] = {t.s, t.p, t.o};
      auto scan = view_->Scan(IndexOrder::kSpo, prefix, 3);
      Triple e;
      bool exists = false;
      while (scan->Next(&e)) {
        if (!e.fact.valid()) exists = true;
        if (!e.negated()) positive_exists = true;
      }
      KG_RETURN_IF_ERROR(scan->status());
      if (exists) return Status::OK();  // already imported before
    }
    ++summary_.triples_added;
    if (!positive_exists) ++relation_deltas_[t.p.value];
    return Status::OK();
  }

  Status WriteMeta(BulkLoader* l) {
    auto add_counter = [&](const char* key, int64_t delta) -> Status {
      if (delta == 0) return Status::OK();
      Result<uint64_t> cur = view_->GetCounter(key);
      if (!cur.ok()) return cur.status();
      return l->Add(Cf::kMeta, key, EncodeCounter(*cur + static_cast<uint64_t>(delta)));
    };
    KG_RETURN_IF_ERROR(l->Add(Cf::kMeta, kMetaNextTerm, EncodeCounter(next_id_)));
    KG_RETURN_IF_ERROR(l->Add(Cf::kMeta, kMetaNextAlias, EncodeCounter(next_alias_)));
    KG_RETURN_IF_ERROR(add_counter(kMetaEntities, summary_.entities_created));
    KG_RETURN_IF_ERROR(add_counter(kMetaLiterals, summary_.literals_created));
    KG_RETURN_IF_ERROR(add_counter(kMetaRelations, summary_.relations_created));
    KG_RETURN_IF_ERROR(add_counter(kMetaTriples, summary_.triples_added));
    KG_RETURN_IF_ERROR(add_counter(kMetaLabels, summary_.labels));
    for (const auto& [rel, delta] : relation_deltas_) {
      Result<uint64_t> cur = view_->GetRelationCount(TermId(rel));
      if (!cur.ok()) return cur.status();
      KG_RETURN_IF_ERROR(l->Add(Cf::kMeta, RelationCountKey(TermId(rel)),
                                EncodeCounter(*cur + static_cast<uint64_t>(delta))));
    }
    return Status::OK();
  }

  const ImportOptions& options_;
  std::unique_ptr<ReadView> view_;
  BulkLoader loader_;
  bool db_empty_ = true;
  uint64_t first_new_id_ = 1, next_id_ = 1, next_alias_ = 1;
  io::StringIds entities_, literals_;  // IRIs and literal keys met so far -> term ids
  std::unordered_map<std::string, uint64_t> blanks_, predicates_;
  std::unordered_set<std::string> relation_names_;
  io::StringIds alias_seen_;  // (subject, lang, text) of the labels met, as a set
  std::unordered_set<uint64_t> checked_aliases_;
  std::unordered_map<uint64_t, int64_t> relation_deltas_;
  ImportSummary summary_;
};

}  // namespace

Result<ImportSummary> ImportNTriples(Store* store, std::istream* in, const std::string& source,
                                     const ImportOptions& options) {
  Importer importer(store, options);
  KG_RETURN_IF_ERROR(importer.Init());
  io::NTriplesReader reader(in, source);
  io::RdfTriple t;
  int64_t n = 0;
  while (reader.Next(&t)) {
    KG_RETURN_IF_ERROR(importer.Add(t));
    if (options.on_progress && (++n & 0x3FFF) == 0) {
      options.on_progress(reader.bytes_read(), n);
    }
  }
  KG_RETURN_IF_ERROR(reader.status());
  if (options.on_progress) options.on_progress(reader.bytes_read(), n);
  return importer.Finish();
}

}  // namespace kg
