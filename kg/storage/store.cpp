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
#include <chrono>
#include <thread>
#include <filesystem>

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/listener.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "kg/storage/db_dir.h"
#include "kg/storage/info_log.h"
#include "kg/storage/store_internal.h"

namespace fs = std::filesystem;

namespace kg {

namespace {

constexpr const char* kCfNames[kNumCfs] = {"meta", "terms", "names", "spo", "pos",
                                           "osp",  "facts", "docs",  "doc_facts"};
constexpr char kStagingDir[] = "staging";

std::shared_ptr<rocksdb::Cache> SharedBlockCache() {
  static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(128 << 20);
  return cache;
}

// Turns off RocksDB's automatic recovery from a background error (see OpenRocks).
class NoAutoRecovery : public rocksdb::EventListener {
 public:
  void OnErrorRecoveryBegin(rocksdb::BackgroundErrorReason, rocksdb::Status,
                            bool* auto_recovery) override {
    *auto_recovery = false;
  }
};

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

}  // namespace

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::OK();
  std::string msg = context.empty() ? s.ToString() : context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsBusy() || s.IsTimedOut() || s.IsTryAgain()) return Status::Busy(msg);
  if (s.IsInvalidArgument() || s.IsNotSupported()) return Status::Incompatible(msg);
  return Status::IOError(msg);
}

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

// ---------------------------------------------------------------- Store

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const OpenOptions& options) {
  std::unique_ptr<Store> store(new Store());
  Status s = store->OpenImpl(dir, options);
  if (!s.ok()) {
    // A creation that failed (a full disk, say) is taken back rather than left unfinished.
    if (store->created_) {
      (void)store->Discard();
    } else if (store->made_dir_) {
      ::rmdir(dir.c_str());  // only ever removes it empty, as this Open made it
    }
    return s;
  }
  return store;
}

Status Store::OpenImpl(const std::string& dir, const OpenOptions& options) {
  dir_ = dir;
  mode_ = options.mode;
  on_catch_up_attempt_ = options.on_catch_up_attempt;
  catch_up_budget_ms_ = options.catch_up_budget_ms;
  const bool writer = options.mode == Mode::kReadWrite;
  bool fresh = false;
  KG_RETURN_IF_ERROR(PrepareDir(writer && options.create_if_missing, &fresh));
  KG_RETURN_IF_ERROR(OpenRocks(fresh));
  if (!writer) KG_RETURN_IF_ERROR(CatchUp());
  KG_RETURN_IF_ERROR(CheckOrInitSchema(fresh));
  if (fresh) KG_RETURN_IF_ERROR(FinishCreation(dir_));
  if (writer) {
    std::error_code ec;
    fs::remove_all(StagingDir(), ec);  // leftovers of an interrupted bulk load
  }
  return Status::OK();
}

Status Store::PrepareDir(bool may_create, bool* fresh) {
  Result<DirKind> kind = InspectDir(dir_);
  if (!kind.ok()) return kind.status();
  switch (*kind) {
    case DirKind::kFile:
      return Status::Incompatible("'" + dir_ + "' is not a kg database (it is a file)");
    case DirKind::kForeign:
      return Status::Incompatible("'" + dir_ +
                                  "' is not a kg database (a directory of other files)");
    case DirKind::kDatabase:
      break;
    case DirKind::kMissing:
    case DirKind::kEmpty:
    case DirKind::kUnfinished:
      if (!may_create) {
        return Status::NotFound(
            "no database at '" + dir_ + "'" +
            (*kind == DirKind::kUnfinished
                 ? " (its creation was interrupted; the next 'kg ingest' or 'kg import' redoes it)"
                 : " (create one with 'kg ingest' or 'kg import')"));
      }
      break;
  }
  if (*kind == DirKind::kMissing) KG_RETURN_IF_ERROR(MakeDir(dir_, &made_dir_));
  if (mode_ == Mode::kReadWrite) KG_RETURN_IF_ERROR(LockWriter(dir_, &lock_fd_));
  if (*kind == DirKind::kDatabase) return Status::OK();
  // Look again under the lock: another writer may have finished creating it meanwhile.
  kind = InspectDir(dir_);
  if (!kind.ok()) return kind.status();
  if (*kind == DirKind::kDatabase) return Status::OK();
  if (*kind != DirKind::kEmpty && *kind != DirKind::kUnfinished) {
    return Status::Incompatible("'" + dir_ + "' is not a kg database (a directory of other files)");
  }
  created_ = true;  // from here a failure takes back what this Open made (Store::Open)
  KG_RETURN_IF_ERROR(BeginCreation(dir_));
  *fresh = true;
  return Status::OK();
}

Status Store::OpenRocks(bool fresh) {
  const bool writer = mode_ == Mode::kReadWrite;
  for (int i = 0; i < kNumCfs; ++i) cf_options_.push_back(MakeCfOptions(static_cast<Cf>(i)));

  rocksdb::DBOptions db_options(*cf_options_[0]);
  db_options.create_if_missing = fresh;
  db_options.create_missing_column_families = fresh;
  db_options.keep_log_file_num = 2;
  db_options.max_manifest_file_size = 64 << 20;

  if (!fresh) {
    std::vector<std::string> existing;
    rocksdb::Status ls = rocksdb::DB::ListColumnFamilies(db_options, dir_, &existing);
    if (!ls.ok()) {
      return Status::Incompatible("'" + dir_ + "' is not a kg database (" + ls.ToString() + ")");
    }
    for (const char* name : kCfNames) {
      if (std::find(existing.begin(), existing.end(), name) == existing.end()) {
        return Status::Incompatible("'" + dir_ + "' is not a kg database (no '" +
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
    // A command reports a full disk and ends; RocksDB's own recovery would retry in the
    // background (its SstFileManager polls for space) and Close() waits for that retry: a
    // `kg` that had printed its error could hang there for good. No recovery, then.
    db_options.listeners.push_back(std::make_shared<NoAutoRecovery>());
    db_options.max_bgerror_resume_count = 0;
    db_options.info_log = OpenInfoLog(dir_, db_options.info_log_level);
    rs = rocksdb::DB::Open(db_options, dir_, descriptors, &handles, &db_);
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
    db_options.info_log = OpenInfoLog(secondary_dir_, db_options.info_log_level);
    rs = rocksdb::DB::OpenAsSecondary(db_options, dir_, secondary_dir_, descriptors, &handles,
                                      &db_);
  }
  if (!rs.ok()) {
    if (rs.IsIOError() && rs.ToString().find("lock") != std::string::npos) {
      return Status::Busy("database '" + dir_ + "' is being written by another kg process");
    }
    return FromRocks(rs, "opening database '" + dir_ + "'");
  }
  // handles[0] is the default family, which kg does not use.
  db_->DestroyColumnFamilyHandle(handles[0]);
  handles_.assign(handles.begin() + 1, handles.end());
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
  // The last resort: a writer calls Close() itself to learn of errors.
  (void)Close();
}

Status Store::Close() {
  Status result;
  auto keep_first = [&](Status s) {
    if (result.ok() && !s.ok()) result = std::move(s);
  };
  if (db_ && mode_ == Mode::kReadWrite) {
    // Leave the data in table files, not only in the write-ahead log: otherwise the next
    // command and every reader that opens the database replays the whole log first (tens of
    // MB after a large ingest -- most of the next command's time). Every commit is already
    // synced to the log, so a failure here loses nothing; it is still reported.
    rocksdb::FlushOptions fo;
    fo.wait = true;
    keep_first(FromRocks(db_->Flush(fo, handles_), "flushing database '" + dir_ + "'"));
  }
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    handles_.clear();
    keep_first(FromRocks(db_->Close(), "closing database '" + dir_ + "'"));
    delete db_;
    db_ = nullptr;
  }
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
    secondary_dir_.clear();
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
  lock_fd_ = -1;
  return result;
}

Status Store::Discard() {
  if (!created_ || lock_fd_ < 0) {
    return Status::InvalidArgument("only a database this process created can be discarded");
  }
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    handles_.clear();
    db_->Close().PermitUncheckedError();  // its files are removed next
    delete db_;
    db_ = nullptr;
  }
  int fd = lock_fd_;
  lock_fd_ = -1;
  return RemoveCreated(dir_, fd, made_dir_);
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

Status Store::CatchUp() {
  if (mode_ != Mode::kReadOnly || !db_) return Status::OK();
  // A catch-up reads the writer's MANIFEST and then its logs; if the writer flushed and
  // deleted a log in between, that read missed data. So it counts only when the writer's
  // files were the same before and after it; while a writer keeps changing them the attempts
  // pause 1 ms, 2 ms, 4 ms ... (at most 100 ms) until the budget is spent.
  using Clock = std::chrono::steady_clock;
  const auto give_up = Clock::now() + std::chrono::milliseconds(catch_up_budget_ms_);
  int pause_ms = 1;
  for (int attempt = 1;; ++attempt) {
    std::string before = WriterFingerprint();
    if (!before.empty() && before == caught_up_at_) return Status::OK();
    rocksdb::Status s = db_->TryCatchUpWithPrimary();
    if (on_catch_up_attempt_) on_catch_up_attempt_();
    if (s.ok() && !before.empty() && WriterFingerprint() == before) {
      caught_up_at_ = before;
      return Status::OK();
    }
    if (Clock::now() + std::chrono::milliseconds(pause_ms) > give_up) {
      std::string why = s.ok() ? "its files changed during every attempt" : s.ToString();
      return Status::Busy("cannot read a consistent state of database '" + dir_ +
                          "' while it is written (" + std::to_string(attempt) + " attempts in " +
                          std::to_string(catch_up_budget_ms_) + " ms: " + why + "); try again");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
    pause_ms = std::min(pause_ms * 2, 100);
  }
}

std::unique_ptr<ReadView> Store::NewReadView() {
  if (mode_ == Mode::kReadOnly) return std::unique_ptr<ReadView>(new ReadView(this, nullptr));
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
