// ReadView reads over many keys at once: aliases as label triples, and the records and first
// aliases of a sorted list of terms through one iterator (answers with thousands of rows).
#include <rocksdb/db.h>

#include "kg/storage/record_codec.h"
#include "kg/storage/store.h"
#include "kg/storage/store_internal.h"

namespace kg {

namespace {

// terms: term-id | 0x01 | seq(8) -> alias record (key_codec.h).
constexpr size_t kAliasKeySize = kIdSize + 1 + 8;

bool IsAliasKey(std::string_view k) { return k.size() == kAliasKeySize && k[kIdSize] == '\x01'; }

}  // namespace

Status ReadView::ForEachAlias(TermId id,
                              const std::function<bool(TermId, uint64_t, Alias&&)>& fn) const {
  bool bad = false;
  Status s = ForEach(Cf::kTerms, id.valid() ? AliasPrefix(id) : std::string(),
                     [&](std::string_view k, std::string_view v) {
                       if (!IsAliasKey(k)) return true;
                       Alias a;
                       if (!DecodeAlias(v, &a)) {
                         bad = true;
                         return false;
                       }
                       return fn(TermId(GetBigEndian64(k.data())),
                                 GetBigEndian64(k.data() + kIdSize + 1), std::move(a));
                     });
  KG_RETURN_IF_ERROR(s);
  if (bad) return Status::Corruption("an alias record does not decode");
  return Status::OK();
}

Result<uint64_t> ReadView::CountAliases() const {
  std::string value;
  Status s = Get(Cf::kMeta, kMetaLabels, &value);
  if (s.ok()) return DecodeCounter(value);
  if (!s.IsNotFound()) return s;
  uint64_t n = 0;
  KG_RETURN_IF_ERROR(ForEachAlias(TermId(), [&](TermId, uint64_t, Alias&&) {
    ++n;
    return true;
  }));
  return n;
}

Status ReadView::GetTermsWithFirstAlias(
    const std::vector<TermId>& ids, const std::function<void(Term&&, const Alias*)>& fn) const {
  if (ids.empty()) return Status::OK();
  rocksdb::ReadOptions ro;
  ro.snapshot = snapshot_;
  std::unique_ptr<rocksdb::Iterator> it(
      store_->db_->NewIterator(ro, store_->handles_[static_cast<int>(Cf::kTerms)]));
  TermId previous;
  for (TermId id : ids) {
    const std::string key = TermKey(id);
    // The next id's record is often a few keys on (its aliases and documents between): step
    // there instead of seeking, but only then: a seek is cheaper than stepping past others.
    bool positioned = false;
    const bool near = previous.valid() && id.value - previous.value <= 2;
    previous = id;
    for (int i = 0; near && i < 4 && it->Valid(); ++i) {
      rocksdb::Slice k = it->key();
      int c = k.compare(rocksdb::Slice(key));
      if (c >= 0) {
        positioned = c == 0;
        break;
      }
      it->Next();
    }
    if (!positioned) it->Seek(rocksdb::Slice(key));
    if (!it->Valid() || it->key() != rocksdb::Slice(key)) {
      if (!it->status().ok()) return Status::IOError("reading terms: " + it->status().ToString());
      return Status::NotFound("no term with id " + std::to_string(id.value));
    }
    Term term;
    rocksdb::Slice v = it->value();
    if (!DecodeTerm(std::string_view(v.data(), v.size()), &term)) {
      return Status::Corruption("term " + std::to_string(id.value) + " does not decode");
    }
    term.id = id;
    it->Next();
    Alias first;
    bool has_alias = false;
    if (it->Valid()) {
      rocksdb::Slice k = it->key();
      std::string_view kv(k.data(), k.size());
      if (IsAliasKey(kv) && kv.substr(0, kIdSize) == key) {
        rocksdb::Slice av = it->value();
        has_alias = DecodeAlias(std::string_view(av.data(), av.size()), &first);
      }
    }
    fn(std::move(term), has_alias ? &first : nullptr);
  }
  if (!it->status().ok()) return Status::IOError("reading terms: " + it->status().ToString());
  return Status::OK();
}

}  // namespace kg
