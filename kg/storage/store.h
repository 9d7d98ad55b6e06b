// The RocksDB database behind a graph: opening (with the writer lock and the schema check),
// consistent reads through a snapshot, atomic batches and atomic SST ingestion. Nothing above
// this file (and bulk_load.cpp) sees a RocksDB type.
//
// Thread-safety: a Store may be shared by threads for reading; writes come from one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/storage/key_codec.h"
#include "kg/base/model.h"
#include "kg/base/status.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
class Iterator;
class Slice;
class Snapshot;
class WriteBatch;
struct Options;
}  // namespace rocksdb

namespace kg {

// The column families, in the order they are opened. DO NOT REORDER names (they are on disk).
enum class Cf : int { kMeta = 0, kTerms, kNames, kSpo, kPos, kOsp, kFacts, kDocs, kDocFacts };
inline constexpr int kNumCfs = 9;
const char* CfName(Cf cf);
Cf IndexCf(IndexOrder order);

// The on-disk schema this build reads and writes.
// 2: a fact's evidence moved out of its record to keys of its own (key_codec.h).
inline constexpr int kSchemaVersion = 2;

// A set of writes applied atomically by Store::Write.
class WriteSet {
 public:
  WriteSet();
  ~WriteSet();
  WriteSet(const WriteSet&) = delete;
  WriteSet& operator=(const WriteSet&) = delete;

  void Put(Cf cf, std::string_view key, std::string_view value);
  void Delete(Cf cf, std::string_view key);
  size_t Count() const;
  size_t ByteSize() const;

 private:
  friend class Store;
  // Addressed by family; resolved to handles in Store::Write.
  struct Op {
    Cf cf;
    bool is_delete;
    std::string key, value;
  };
  std::vector<Op> ops_;
  size_t bytes_ = 0;
};

// Streams the entries of one index whose key starts with a given prefix.
class TripleScan {
 public:
  ~TripleScan();
  // Fills *t with the next entry (flags included); false at the end or on error.
  bool Next(Triple* t);
  // REQUIRES: Next() returned false. Tells an error apart from the end.
  Status status() const;

 private:
  friend class ReadView;
  TripleScan(IndexOrder order, std::string prefix, std::string upper);
  IndexOrder order_;
  std::string prefix_;
  std::string upper_;  // iterate_upper_bound points here: must outlive it_
  std::unique_ptr<rocksdb::Slice> upper_slice_;
  std::unique_ptr<rocksdb::Iterator> it_;
  bool started_ = false;
};

// A consistent view of the database as of its creation.
class ReadView {
 public:
  ~ReadView();
  ReadView(const ReadView&) = delete;
  ReadView& operator=(const ReadView&) = delete;

  // NotFound when absent; Corruption when the stored record does not decode.
  Status GetTerm(TermId id, Term* term) const;
  Status GetAliases(TermId id, std::vector<Alias>* aliases) const;
  // A term and its first alias (what displaying it needs) in one seek: the alias keys sort
  // right after the term's record. *has_alias false when it has none.
  Status GetTermAndFirstAlias(TermId id, Term* term, Alias* first, bool* has_alias) const;
  // Ids whose folded name (FoldName) is exactly `folded`.
  Status FindByFoldedName(std::string_view folded, std::vector<TermId>* ids) const;
  // Folded names starting with `folded_prefix`, with their ids, at most `limit`.
  Status ListNames(std::string_view folded_prefix, size_t limit,
                   std::vector<std::pair<std::string, TermId>>* out) const;
  // An invalid TermId when absent.
  Result<TermId> FindIri(std::string_view iri) const;
  Result<TermId> FindRelation(std::string_view name) const;
  Result<TermId> FindLiteral(const Literal& lit) const;
  // The fact's record (its evidence: GetEvidence).
  Status GetFact(FactId id, Fact* fact) const;
  // Every piece of evidence for fact `id`, ordered by document, sentence and span.
  Status GetEvidence(FactId id, std::vector<Evidence>* evidence) const;
  // Calls fn for each, in the same order, until it returns false.
  Status ForEachEvidence(FactId id, const std::function<bool(Evidence&&)>& fn) const;

  // The sequence number of the commit the view sees: equal for two views exactly when no
  // commit came between them.
  uint64_t Sequence() const;

  // Entries of `order` whose first `n` ids equal `prefix[0..n)`.
  std::unique_ptr<TripleScan> Scan(IndexOrder order, const TermId* prefix, int n) const;
  // Counts entries of a prefix, stopping at `cap` (cheap cardinality estimate).
  Result<uint64_t> CountPrefix(IndexOrder order, const TermId* prefix, int n,
                               uint64_t cap) const;

  Status GetDocument(std::string_view doc_id, Document* doc) const;
  Status ListDocuments(std::vector<Document>* docs) const;
  Status GetSentence(std::string_view doc_id, int sentence, std::string* text) const;

  Status GetStats(GraphStats* stats) const;
  Result<uint64_t> GetCounter(std::string_view key) const;
  Result<uint64_t> GetRelationCount(TermId relation) const;

  // Every alias of `id` (or of every term, when `id` is invalid) with its key's sequence
  // number, in key order, until fn returns false. Aliases are the store's rdfs:label triples.
  Status ForEachAlias(TermId id,
                      const std::function<bool(TermId, uint64_t, Alias&&)>& fn) const;
  // Number of aliases: the meta counter when the database keeps one, else counted.
  Result<uint64_t> CountAliases() const;
  // For each of `ids` (ascending, distinct) its record and first alias (nullptr when it has
  // none), read through one iterator: what displaying many answers needs, without a new
  // iterator per term. NotFound when an id has no record.
  Status GetTermsWithFirstAlias(const std::vector<TermId>& ids,
                                const std::function<void(Term&&, const Alias*)>& fn) const;

  // Calls fn(key, value) for every entry of `cf` starting with `prefix`, in key order, until
  // fn returns false.
  Status ForEach(Cf cf, std::string_view prefix,
                 const std::function<bool(std::string_view, std::string_view)>& fn) const;
  // Point read of a raw key. NotFound when absent.
  Status Get(Cf cf, std::string_view key, std::string* value) const;

 private:
  friend class Store;
  ReadView(const class Store* store, const rocksdb::Snapshot* snapshot);
  const Store* store_;
  const rocksdb::Snapshot* snapshot_;
};

class Store {
 public:
  enum class Mode {
    kReadWrite,  // takes the writer lock; creates the database when allowed
    kReadOnly,   // never blocks and is never blocked by a writer; sees committed state
  };
  struct OpenOptions {
    Mode mode = Mode::kReadOnly;
    // Creates the database when the path is missing, an empty directory, or a creation that
    // was interrupted (db_dir.h: creation is atomic). Read-write mode only.
    bool create_if_missing = false;
    // Read-only mode: how long CatchUp keeps trying while a writer changes its files.
    int catch_up_budget_ms = 5000;
    // For tests: called after each catch-up attempt, before the writer's files are compared.
    std::function<void()> on_catch_up_attempt;
  };

  // Errors: NotFound (no database there), Incompatible (not a kg database, or another schema
  // version), Busy (another kg process is writing; or, read-only, CatchUp failed), IOError.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const OpenOptions& options);
  // Close() when it was not called; its error is lost here.
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& dir() const { return dir_; }
  bool read_only() const { return mode_ == Mode::kReadOnly; }
  // True when this Open created the database.
  bool created() const { return created_; }

  // Read-only mode: brings this instance up to what the writer has committed. A catch-up
  // counts only when the writer's files did not change while it ran; it is retried with
  // growing pauses for at most catch_up_budget_ms, then Busy: a reader never serves a state
  // that may miss commits. Open does one. A no-op in read-write mode.
  Status CatchUp();
  // A view of the committed state: a writer's now, a reader's as of its last CatchUp.
  std::unique_ptr<ReadView> NewReadView();
  // Applies every write of `set` atomically and durably.
  Status Write(WriteSet& set);
  // Moves the given SST files into their families in one atomic step (all or none).
  Status IngestSstFiles(const std::map<Cf, std::vector<std::string>>& files);
  // Options an SstFileWriter must use so its files match family `cf`.
  const rocksdb::Options& CfOptions(Cf cf) const;
  // Flushes memtables and compacts every family (used after large imports/forgets).
  Status Compact();
  // Directory for temporary files of bulk loads, inside the database directory.
  std::string StagingDir() const;

  // Flushes (read-write mode), closes and releases the writer lock. Every commit was synced
  // when it was made, so an error here (a full disk, say) loses no committed change; it says
  // the data stayed in the write-ahead log, which the next open replays. REQUIRES: no
  // ReadView is alive. The Store is unusable afterwards.
  Status Close();
  // Removes the database this Open created (a failed first import leaves no trace); a kill
  // midway leaves an unfinished creation that the next writer redoes. REQUIRES: created(),
  // no ReadView alive. The Store is unusable afterwards.
  Status Discard();

 private:
  friend class ReadView;
  Store() = default;
  Status OpenImpl(const std::string& dir, const OpenOptions& options);
  // Classifies the path, creates and locks it as needed; *fresh when a creation has begun.
  Status PrepareDir(bool may_create, bool* fresh);
  Status OpenRocks(bool fresh);
  Status CheckOrInitSchema(bool fresh);

  std::string dir_;
  Mode mode_ = Mode::kReadOnly;
  int lock_fd_ = -1;
  bool created_ = false;   // this Open created the database
  bool made_dir_ = false;  // ... and its directory
  std::string secondary_dir_;
  // Read-only mode: what the writer's files (CURRENT, MANIFEST-*, *.log) looked like when
  // this instance last caught up (empty: unknown). Catching up replays the writer's log
  // (milliseconds on a large database), so it is skipped while nothing has changed.
  std::string WriterFingerprint();
  std::string caught_up_at_;
  int catch_up_budget_ms_ = 5000;
  std::function<void()> on_catch_up_attempt_;
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::vector<std::unique_ptr<rocksdb::Options>> cf_options_;
};

// Reads a u64 counter value as stored in meta (8 bytes big-endian).
uint64_t DecodeCounter(std::string_view value);
std::string EncodeCounter(uint64_t v);

// Meta keys (ASCII). Stored on disk: DO NOT CHANGE.
inline constexpr char kMetaSchema[] = "schema_version";
inline constexpr char kMetaNextTerm[] = "next/term";
inline constexpr char kMetaNextFact[] = "next/fact";
inline constexpr char kMetaNextAlias[] = "next/alias";
inline constexpr char kMetaEntities[] = "count/entities";
inline constexpr char kMetaRelations[] = "count/relations";
inline constexpr char kMetaLiterals[] = "count/literals";
inline constexpr char kMetaTriples[] = "count/triples";
inline constexpr char kMetaFacts[] = "count/facts";
inline constexpr char kMetaDocuments[] = "count/documents";
// Alias records (the rdfs:label triples a variable predicate matches). Absent in databases
// written before it existed: readers then count the aliases.
inline constexpr char kMetaLabels[] = "count/labels";

}  // namespace kg
