// ReadView and TripleScan: point reads, prefix scans and the decoding of stored records, all
// against one snapshot (a writer's) or the last caught-up state (a reader's).
#include <rocksdb/db.h>
#include <rocksdb/iterator.h>

#include "kg/storage/record_codec.h"
#include "kg/storage/store.h"
#include "kg/storage/store_internal.h"

namespace kg {
// ---------------------------------------------------------------- TripleScan

TripleScan::TripleScan(IndexOrder order, std::string prefix, std::string upper)
    : order_(order), prefix_(std::move(prefix)), upper_(std::move(upper)) {}

TripleScan::~TripleScan() = default;

bool TripleScan::Next(Triple* t) {
  if (!started_) {
    started_ = true;
    it_->Seek(prefix_);
  } else {
    it_->Next();
  }
  while (it_->Valid()) {
    rocksdb::Slice key = it_->key();
    if (key.size() == kTripleKeySize) {
      *t = DecodeTripleKey(order_, std::string_view(key.data(), key.size()));
      rocksdb::Slice v = it_->value();
      t->flags = v.empty() ? 0 : static_cast<uint8_t>(v[0]);
      return true;
    }
    it_->Next();  // foreign key of another length: not ours, skip
  }
  return false;
}

Status TripleScan::status() const { return FromRocks(it_->status(), "scanning index"); }

// ---------------------------------------------------------------- ReadView

ReadView::ReadView(const Store* store, const rocksdb::Snapshot* snapshot)
    : store_(store), snapshot_(snapshot) {}

ReadView::~ReadView() {
  if (snapshot_) store_->db_->ReleaseSnapshot(snapshot_);
}

uint64_t ReadView::Sequence() const {
  return snapshot_ ? snapshot_->GetSequenceNumber() : store_->db_->GetLatestSequenceNumber();
}

Status ReadView::Get(Cf cf, std::string_view key, std::string* value) const {
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  rocksdb::Status s = store_->db_->Get(ro, store_->handles_[static_cast<int>(cf)],
                                       rocksdb::Slice(key.data(), key.size()), value);
  if (s.IsNotFound()) return Status::NotFound("not found");
  return FromRocks(s, std::string("reading ") + CfName(cf));
}

Status ReadView::ForEach(Cf cf, std::string_view prefix,
                         const std::function<bool(std::string_view, std::string_view)>& fn) const {
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  std::string upper = PrefixSuccessor(prefix);
  rocksdb::Slice upper_slice(upper);
  if (!upper.empty()) ro.iterate_upper_bound = &upper_slice;
  std::unique_ptr<rocksdb::Iterator> it(
      store_->db_->NewIterator(ro, store_->handles_[static_cast<int>(cf)]));
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid(); it->Next()) {
    rocksdb::Slice k = it->key(), v = it->value();
    if (!fn(std::string_view(k.data(), k.size()), std::string_view(v.data(), v.size()))) break;
  }
  return FromRocks(it->status(), std::string("scanning ") + CfName(cf));
}

Status ReadView::GetTerm(TermId id, Term* term) const {
  std::string value;
  Status s = Get(Cf::kTerms, TermKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no term with id " + std::to_string(id.value));
  KG_RETURN_IF_ERROR(s);
  if (!DecodeTerm(value, term)) {
    return Status::Corruption("term " + std::to_string(id.value) + " does not decode");
  }
  term->id = id;
  return Status::OK();
}

Status ReadView::GetTermAndFirstAlias(TermId id, Term* term, Alias* first, bool* has_alias) const {
  *has_alias = false;
  bool found = false, bad = false;
  const std::string alias_prefix = AliasPrefix(id);
  KG_RETURN_IF_ERROR(ForEach(Cf::kTerms, TermKey(id), [&](std::string_view k, std::string_view v) {
    if (k.size() == kIdSize) {
      found = true;
      if (!DecodeTerm(v, term)) bad = true;
      return !bad;
    }
    if (k.substr(0, alias_prefix.size()) == alias_prefix) {
      *has_alias = DecodeAlias(v, first);
      bad = !*has_alias;
    }
    return false;  // the first key after the record settles it
  }));
  if (!found) return Status::NotFound("no term with id " + std::to_string(id.value));
  if (bad) return Status::Corruption("term " + std::to_string(id.value) + " does not decode");
  term->id = id;
  return Status::OK();
}

Status ReadView::GetAliases(TermId id, std::vector<Alias>* aliases) const {
  aliases->clear();
  Status decode_error;
  KG_RETURN_IF_ERROR(ForEach(Cf::kTerms, AliasPrefix(id), [&](std::string_view, std::string_view v) {
    Alias a;
    if (!DecodeAlias(v, &a)) {
      decode_error = Status::Corruption("alias of term " + std::to_string(id.value));
      return false;
    }
    aliases->push_back(std::move(a));
    return true;
  }));
  return decode_error;
}

Status ReadView::FindByFoldedName(std::string_view folded, std::vector<TermId>* ids) const {
  ids->clear();
  std::string prefix = NameKeyPrefix(folded);
  return ForEach(Cf::kNames, prefix, [&](std::string_view k, std::string_view) {
    if (k.size() == prefix.size() + kIdSize) {
      ids->push_back(TermId(GetBigEndian64(k.data() + prefix.size())));
    }
    return true;
  });
}

Status ReadView::ListNames(std::string_view folded_prefix, size_t limit,
                           std::vector<std::pair<std::string, TermId>>* out) const {
  out->clear();
  std::string prefix = "n" + std::string(folded_prefix);
  return ForEach(Cf::kNames, prefix, [&](std::string_view k, std::string_view) {
    if (k.size() < 1 + 1 + kIdSize) return true;
    std::string_view name = k.substr(1, k.size() - 1 - 1 - kIdSize);
    out->emplace_back(std::string(name), TermId(GetBigEndian64(k.data() + k.size() - kIdSize)));
    return out->size() < limit;
  });
}

namespace {
Result<TermId> LookupId(const ReadView& view, std::string_view key) {
  std::string value;
  Status s = view.Get(Cf::kNames, key, &value);
  if (s.IsNotFound()) return TermId();
  if (!s.ok()) return s;
  if (value.size() != kIdSize) return Status::Corruption("name entry of wrong size");
  return TermId(GetBigEndian64(value.data()));
}
}  // namespace

Result<TermId> ReadView::FindIri(std::string_view iri) const { return LookupId(*this, IriKey(iri)); }

Result<TermId> ReadView::FindRelation(std::string_view name) const {
  return LookupId(*this, RelationNameKey(name));
}

Result<TermId> ReadView::FindLiteral(const Literal& lit) const {
  return LookupId(*this, LiteralKey(lit));
}

Status ReadView::GetFact(FactId id, Fact* fact) const {
  std::string value;
  Status s = Get(Cf::kFacts, FactKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no fact " + std::to_string(id.value));
  KG_RETURN_IF_ERROR(s);
  if (!DecodeFact(value, fact)) {
    return Status::Corruption("fact " + std::to_string(id.value) + " does not decode");
  }
  fact->id = id;
  return Status::OK();
}

Status ReadView::ForEachEvidence(FactId id, const std::function<bool(Evidence&&)>& fn) const {
  bool bad = false;
  KG_RETURN_IF_ERROR(ForEach(Cf::kFacts, FactKey(id), [&](std::string_view k, std::string_view v) {
    if (k.size() == kIdSize) return true;  // the fact's record sorts first
    FactId of;
    Evidence e;
    if (!DecodeEvidence(k, v, &of, &e)) {
      bad = true;
      return false;
    }
    return fn(std::move(e));
  }));
  if (bad) return Status::Corruption("evidence of fact " + std::to_string(id.value) + " does not decode");
  return Status::OK();
}

Status ReadView::GetEvidence(FactId id, std::vector<Evidence>* evidence) const {
  evidence->clear();
  return ForEachEvidence(id, [&](Evidence&& e) {
    evidence->push_back(std::move(e));
    return true;
  });
}

std::unique_ptr<TripleScan> ReadView::Scan(IndexOrder order, const TermId* prefix, int n) const {
  std::string start = TriplePrefix(prefix, n);
  std::string upper = PrefixSuccessor(start);
  std::unique_ptr<TripleScan> scan(new TripleScan(order, std::move(start), std::move(upper)));
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  if (!scan->upper_.empty()) {
    scan->upper_slice_ = std::make_unique<rocksdb::Slice>(scan->upper_);
    ro.iterate_upper_bound = scan->upper_slice_.get();
  }
  scan->it_.reset(
      store_->db_->NewIterator(ro, store_->handles_[static_cast<int>(IndexCf(order))]));
  return scan;
}

Result<uint64_t> ReadView::CountPrefix(IndexOrder order, const TermId* prefix, int n,
                                       uint64_t cap) const {
  auto scan = Scan(order, prefix, n);
  uint64_t count = 0;
  Triple t;
  while (count < cap && scan->Next(&t)) ++count;
  if (count < cap) KG_RETURN_IF_ERROR(scan->status());
  return count;
}

Status ReadView::GetDocument(std::string_view doc_id, Document* doc) const {
  std::string value;
  Status s = Get(Cf::kDocs, DocKey(doc_id), &value);
  if (s.IsNotFound()) return Status::NotFound("no document '" + std::string(doc_id) + "'");
  KG_RETURN_IF_ERROR(s);
  if (!DecodeDocument(value, doc)) return Status::Corruption("document record does not decode");
  return Status::OK();
}

Status ReadView::ListDocuments(std::vector<Document>* docs) const {
  docs->clear();
  Status decode_error;
  KG_RETURN_IF_ERROR(ForEach(Cf::kDocs, "d", [&](std::string_view, std::string_view v) {
    Document d;
    if (!DecodeDocument(v, &d)) {
      decode_error = Status::Corruption("document record does not decode");
      return false;
    }
    docs->push_back(std::move(d));
    return true;
  }));
  return decode_error;
}

Status ReadView::GetSentence(std::string_view doc_id, int sentence, std::string* text) const {
  Status s = Get(Cf::kDocs, SentenceKey(doc_id, static_cast<uint32_t>(sentence)), text);
  if (s.IsNotFound()) text->clear();
  return s;
}

Result<uint64_t> ReadView::GetCounter(std::string_view key) const {
  std::string value;
  Status s = Get(Cf::kMeta, key, &value);
  // The label counter postdates some databases: there it starts from a count.
  if (s.IsNotFound()) return key == kMetaLabels ? CountAliases() : uint64_t{0};
  if (!s.ok()) return s;
  return DecodeCounter(value);
}

Result<uint64_t> ReadView::GetRelationCount(TermId relation) const {
  return GetCounter(RelationCountKey(relation));
}

Status ReadView::GetStats(GraphStats* stats) const {
  struct Field {
    const char* key;
    int64_t* dst;
  } fields[] = {{kMetaEntities, &stats->entities}, {kMetaRelations, &stats->relations},
                {kMetaLiterals, &stats->literals}, {kMetaTriples, &stats->triples},
                {kMetaFacts, &stats->facts},       {kMetaDocuments, &stats->documents}};
  for (const Field& f : fields) {
    Result<uint64_t> v = GetCounter(f.key);
    if (!v.ok()) return v.status();
    *f.dst = static_cast<int64_t>(*v);
  }
  stats->per_relation.clear();
  Status inner;
  KG_RETURN_IF_ERROR(ForEach(Cf::kMeta, "rc/", [&](std::string_view k, std::string_view v) {
    if (k.size() != 3 + kIdSize) return true;
    TermId rel(GetBigEndian64(k.data() + 3));
    Term term;
    inner = GetTerm(rel, &term);
    if (!inner.ok()) return false;
    uint64_t n = DecodeCounter(v);
    if (n > 0) stats->per_relation[term.name] = static_cast<int64_t>(n);
    return true;
  }));
  return inner;
}

}  // namespace kg
