// RocksDB's fast path for large loads: entries are added in any order, sorted with bounded
// memory (sorted runs spilled to the database's staging directory and merged), written as
// non-overlapping SST files and ingested into all column families in one atomic step. An
// interrupted load leaves the database as it was; its staging files are removed at the next
// open for writing.
//
// Not thread-safe. REQUIRES: the Store was opened read-write.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/storage/key_codec.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"

namespace kg {

class BulkLoader {
 public:
  // `memory_budget` bounds the bytes buffered before a sorted run goes to disk.
  BulkLoader(Store* store, size_t memory_budget = 256u << 20);
  ~BulkLoader();  // removes staging files of an unfinished load

  // Adds an entry. Of several entries with the same key only the first is kept.
  Status Add(Cf cf, std::string_view key, std::string_view value);
  // Adds a 32-byte index key with its one-byte flags value (the fast fixed-width path).
  Status AddTriple(IndexOrder order, const Triple& t);

  // Called for every distinct key of `cf` as it is written, before `Finish` writes the
  // families that come after it (meta is always last): lets the caller compute counters.
  using Visitor = std::function<Status(std::string_view key, std::string_view value)>;
  void SetVisitor(Cf cf, Visitor visitor);

  // Sorts and writes every family except meta, calls the visitors, then asks `meta` for the
  // final meta entries, writes them and ingests everything atomically.
  using Progress = std::function<void(const std::string& phase)>;
  Status Finish(const std::function<Status(BulkLoader*)>& meta, const Progress& progress = {});

  uint64_t entries_added() const { return entries_; }

 private:
  class Sorter;
  Sorter* SorterFor(Cf cf);
  Status WriteFamily(Cf cf, std::vector<std::string>* files);

  Store* store_;
  size_t budget_;
  std::string staging_;
  std::vector<std::unique_ptr<Sorter>> sorters_;  // by Cf index
  std::vector<Visitor> visitors_;
  uint64_t entries_ = 0;
  int file_seq_ = 0;
  bool finished_ = false;
};

}  // namespace kg
