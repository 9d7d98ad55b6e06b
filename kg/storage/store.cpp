// RocksDB behind Store: column families, the writer lock, the schema check, snapshots and
// the translation of rocksdb::Status into kg::Status (in one place, FromRocks).
#include "kg/storage/store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <filesystem>

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "kg/storage/record_codec.h"

namespace fs = std::filesystem;

namespace kg {

namespace {

constexpr const char* kCfNames[kNumCfs] = {"meta", "terms", "names", "spo", "pos",
                                           "osp",  "facts", "docs",  "doc_facts"};
constexpr char kLockFile[] = "kg.lock";
constexpr char kStagingDir[] = "staging";

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::OK();
  std::string msg = context.empty() ? s.ToString() : context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsBusy() || s.IsTimedOut() || s.IsTryAgain()) return Status::Busy(msg);
  if (s.IsInvalidArgument() || s.IsNotSupported()) return Status::Incompatible(msg);
  return Status::IOError(msg);
}

std::shared_ptr<rocksdb::Cache> SharedBlockCache() {
  static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(128 << 20);
  return cache;
}

// One base configuration; families differ only where their access pattern does. Index and
// Bloom filters are partitioned (a small top level, then 4 KiB partitions) and go through the
// block cache, so a one-shot `kg query` reads the few partitions its lookups touch instead of
// every file's whole filter (several MB at 10M triples, most of its run time before).
std::unique_ptr<rocksdb::Options> MakeCfOptions(Cf cf) {
  auto o = std::make_unique<rocksdb::Options>();
  o->IncreaseParallelism(2);
  o->OptimizeLevelStyleCompaction(64 << 20);
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = SharedBlockCache();
  table.cache_index_and_filter_blocks = true;
  table.pin_top_level_index_and_filter = true;
  table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  table.partition_filters = true;
  table.metadata_block_size = 4096;
  if (cf == Cf::kNames || cf == Cf::kTerms || cf == Cf::kFacts || cf == Cf::kMeta) {
    // Point lookups (name -> id, id -> record): whole-key Bloom filters skip files.
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  o->table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  o->compression = rocksdb::kLZ4Compression;
  return o;
}

bool DirIsEmpty(const std::string& dir) {
  std::error_code ec;
  return fs::is_empty(dir, ec) && !ec;
}

}  // namespace

const char* CfName(Cf cf) { return kCfNames[static_cast<int>(cf)]; }

Cf IndexCf(IndexOrder order) {
  switch (order) {
    case IndexOrder::kSpo: return Cf::kSpo;
    case IndexOrder::kPos: return Cf::kPos;
    case IndexOrder::kOsp: return Cf::kOsp;
  }
  return Cf::kSpo;
}

uint64_t DecodeCounter(std::string_view value) {
  return value.size() == 8 ? GetBigEndian64(value.data()) : 0;
}

std::string EncodeCounter(uint64_t v) {
  std::string s;
  PutBigEndian64(&s, v);
  return s;
}

// ---------------------------------------------------------------- WriteSet

WriteSet::WriteSet() = default;
WriteSet::~WriteSet() = default;

void WriteSet::Put(Cf cf, std::string_view key, std::string_view value) {
  bytes_ += key.size() + value.size();
  ops_.push_back(Op{cf, false, std::string(key), std::string(value)});
}

void WriteSet::Delete(Cf cf, std::string_view key) {
  bytes_ += key.size();
  ops_.push_back(Op{cf, true, std::string(key), std::string()});
}

size_t WriteSet::Count() const { return ops_.size(); }
size_t WriteSet::ByteSize() const { return bytes_; }

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

// ---------------------------------------------------------------- Store

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const OpenOptions& options) {
  std::unique_ptr<Store> store(new Store());
  Status s = store->OpenImpl(dir, options);
  if (!s.ok()) return s;
  return store;
}

Status Store::OpenImpl(const std::string& dir, const OpenOptions& options) {
  dir_ = dir;
  mode_ = options.mode;
  const bool writer = options.mode == Mode::kReadWrite;

  struct stat st;
  bool fresh = false;
  if (::stat(dir.c_str(), &st) != 0) {
    if (errno != ENOENT) {
      return Status::IOError("cannot open database '" + dir + "': " + std::strerror(errno));
    }
    if (!(writer && options.create_if_missing)) {
      return Status::NotFound("no database at '" + dir +
                              "' (create one with 'kg ingest' or 'kg import')");
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create database '" + dir + "': " + ec.message());
    fresh = true;
  } else if (!S_ISDIR(st.st_mode)) {
    return Status::Incompatible("'" + dir + "' is not a kg database (it is a file)");
  } else if (::access((dir + "/CURRENT").c_str(), F_OK) != 0) {
    if (!DirIsEmpty(dir)) {
      return Status::Incompatible("'" + dir + "' is not a kg database (a directory of other files)");
    }
    if (!(writer && options.create_if_missing)) {
      return Status::NotFound("no database at '" + dir +
                              "' (create one with 'kg ingest' or 'kg import')");
    }
    fresh = true;
  }

  if (writer) {
    std::string lock_path = dir + "/" + kLockFile;
    lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock_fd_ < 0) {
      return Status::IOError("cannot write to database '" + dir + "': " + std::strerror(errno));
    }
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
      return Status::Busy("database '" + dir + "' is being written by another kg process");
    }
  }

  for (int i = 0; i < kNumCfs; ++i) cf_options_.push_back(MakeCfOptions(static_cast<Cf>(i)));

  rocksdb::DBOptions db_options(*cf_options_[0]);
  db_options.create_if_missing = fresh;
  db_options.create_missing_column_families = fresh;
  db_options.keep_log_file_num = 2;
  db_options.max_manifest_file_size = 64 << 20;

  if (!fresh) {
    std::vector<std::string> existing;
    rocksdb::Status ls = rocksdb::DB::ListColumnFamilies(db_options, dir, &existing);
    if (!ls.ok()) {
      return Status::Incompatible("'" + dir + "' is not a kg database (" + ls.ToString() + ")");
    }
    for (const char* name : kCfNames) {
      if (std::find(existing.begin(), existing.end(), name) == existing.end()) {
        return Status::Incompatible("'" + dir + "' is not a kg database (no '" +
                                    std::string(name) + "' column family)");
      }
    }
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, *cf_options_[0]);
  for (int i = 0; i < kNumCfs; ++i) descriptors.emplace_back(kCfNames[i], *cf_options_[i]);

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status rs;
  if (writer) {
    rs = rocksdb::DB::Open(db_options, dir, descriptors, &handles, &db_);
  } else {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string pattern = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/kg-reader-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    char* made = ::mkdtemp(buf.data());
    if (!made) return Status::IOError(std::string("cannot create a temporary directory: ") +
                                      std::strerror(errno));
    secondary_dir_ = made;
    // Table files open on first use, not all at start-up: a one-shot `kg query` touches a few.
    db_options.max_open_files = 4096;
    // Each version the secondary replays from the MANIFEST opens its table files with this
    // many threads: the default 16 meant ~300 threads created for one `kg query` on a few
    // files, most of its start-up time. One thread opens them as fast.
    db_options.max_file_opening_threads = 1;
    // A reader's own LOG (in its throw-away directory) is never read: skip the option dumps
    // that opening nine column families writes there.
    db_options.info_log_level = rocksdb::InfoLogLevel::ERROR_LEVEL;
    rs = rocksdb::DB::OpenAsSecondary(db_options, dir, secondary_dir_, descriptors, &handles,
                                      &db_);
  }
  if (!rs.ok()) {
    if (rs.IsIOError() && rs.ToString().find("lock") != std::string::npos) {
      return Status::Busy("database '" + dir + "' is being written by another kg process");
    }
    return FromRocks(rs, "opening database '" + dir + "'");
  }
  // handles[0] is the default family, which kg does not use.
  db_->DestroyColumnFamilyHandle(handles[0]);
  handles_.assign(handles.begin() + 1, handles.end());
  if (!writer) CatchUp();
  KG_RETURN_IF_ERROR(CheckOrInitSchema(fresh));
  if (writer) {
    std::error_code ec;
    fs::remove_all(StagingDir(), ec);  // leftovers of an interrupted bulk load
  }
  return Status::OK();
}

Status Store::CheckOrInitSchema(bool fresh) {
  std::string value;
  rocksdb::Status s =
      db_->Get(rocksdb::ReadOptions(), handles_[static_cast<int>(Cf::kMeta)], kMetaSchema, &value);
  if (s.IsNotFound()) {
    if (!fresh) {
      return Status::Incompatible("'" + dir_ + "' is not a kg database (no schema version)");
    }
    WriteSet init;
    init.Put(Cf::kMeta, kMetaSchema, std::to_string(kSchemaVersion));
    init.Put(Cf::kMeta, kMetaNextTerm, EncodeCounter(1));
    init.Put(Cf::kMeta, kMetaNextFact, EncodeCounter(1));
    init.Put(Cf::kMeta, kMetaNextAlias, EncodeCounter(1));
    init.Put(Cf::kMeta, kMetaLabels, EncodeCounter(0));
    return Write(init);
  }
  if (!s.ok()) return FromRocks(s, "reading schema version");
  if (value != std::to_string(kSchemaVersion)) {
    return Status::Incompatible("database '" + dir_ + "' has schema version " + value +
                                "; this kg reads version " + std::to_string(kSchemaVersion) +
                                " (rebuild it: ingest its documents into a new database)");
  }
  return Status::OK();
}

Store::~Store() {
  if (db_ && mode_ == Mode::kReadWrite) {
    // Leave the data in table files, not only in the write-ahead log: otherwise the next
    // command and every reader that opens the database replays the whole log first (tens of
    // MB after a large ingest -- most of the next command's time).
    rocksdb::FlushOptions fo;
    fo.wait = true;
    db_->Flush(fo, handles_).PermitUncheckedError();
  }
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    handles_.clear();
    rocksdb::Status s = db_->Close();
    s.PermitUncheckedError();
    delete db_;
    db_ = nullptr;
  }
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

std::string Store::WriterFingerprint() {
  // What the writer has committed shows in CURRENT, MANIFEST-* and the *.log files: a commit
  // appends to a log, a flush or compaction appends to the MANIFEST or starts new files. The
  // directory is listed every time (file mtimes are coarse, but names, inodes and sizes are
  // not); that costs microseconds, a needless catch-up milliseconds.
  std::vector<std::string> parts;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    std::string name = entry.path().filename().string();
    bool wanted = name == "CURRENT" || name.rfind("MANIFEST-", 0) == 0 ||
                  (name.size() > 4 && name.compare(name.size() - 4, 4, ".log") == 0);
    if (!wanted) continue;
    struct stat st {};
    if (::stat(entry.path().c_str(), &st) != 0) return {};  // changing under us: catch up
    std::string part = name;
    for (auto n : {static_cast<long long>(st.st_ino), static_cast<long long>(st.st_size),
                   static_cast<long long>(st.st_mtim.tv_sec),
                   static_cast<long long>(st.st_mtim.tv_nsec)}) {
      part.append(":").append(std::to_string(n));
    }
    parts.push_back(std::move(part));
  }
  if (ec) return {};
  std::sort(parts.begin(), parts.end());
  std::string fp;
  for (const std::string& p : parts) fp.append(p).append(";");
  return fp;
}

void Store::CatchUp() {
  // A catch-up reads the writer's MANIFEST and then its logs; if the writer flushed and
  // deleted a log in between, that read missed data. So it counts only when the writer's
  // files were the same before and after it.
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string before = WriterFingerprint();
    if (!before.empty() && before == caught_up_at_) return;
    rocksdb::Status s = db_->TryCatchUpWithPrimary();
    s.PermitUncheckedError();  // a failed catch-up leaves the last good state readable
    if (s.ok() && !before.empty() && WriterFingerprint() == before) {
      caught_up_at_ = before;
      return;
    }
  }
}

std::unique_ptr<ReadView> Store::NewReadView() {
  if (mode_ == Mode::kReadOnly) {
    CatchUp();
    return std::unique_ptr<ReadView>(new ReadView(this, nullptr));
  }
  return std::unique_ptr<ReadView>(new ReadView(this, db_->GetSnapshot()));
}

Status Store::Write(WriteSet& set) {
  if (mode_ == Mode::kReadOnly) return Status::InvalidArgument("database opened read-only");
  rocksdb::WriteBatch batch;
  for (const auto& op : set.ops_) {
    auto* h = handles_[static_cast<int>(op.cf)];
    rocksdb::Status s = op.is_delete ? batch.Delete(h, op.key) : batch.Put(h, op.key, op.value);
    if (!s.ok()) return FromRocks(s, "building write batch");
  }
  rocksdb::WriteOptions wo;
  wo.sync = true;
  return FromRocks(db_->Write(wo, &batch), "writing to database '" + dir_ + "'");
}

Status Store::IngestSstFiles(const std::map<Cf, std::vector<std::string>>& files) {
  if (mode_ == Mode::kReadOnly) return Status::InvalidArgument("database opened read-only");
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (const auto& [cf, paths] : files) {
    if (paths.empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[static_cast<int>(cf)];
    arg.external_files = paths;
    arg.options.move_files = true;
    arg.options.snapshot_consistency = true;
    arg.options.allow_global_seqno = true;
    arg.options.allow_blocking_flush = true;
    args.push_back(std::move(arg));
  }
  if (args.empty()) return Status::OK();
  return FromRocks(db_->IngestExternalFiles(args), "ingesting bulk-loaded files");
}

const rocksdb::Options& Store::CfOptions(Cf cf) const { return *cf_options_[static_cast<int>(cf)]; }

Status Store::Compact() {
  for (auto* h : handles_) {
    rocksdb::CompactRangeOptions cro;
    KG_RETURN_IF_ERROR(FromRocks(db_->CompactRange(cro, h, nullptr, nullptr), "compacting"));
  }
  return Status::OK();
}

std::string Store::StagingDir() const { return dir_ + "/" + kStagingDir; }

}  // namespace kg
