// The bare-RocksDB baseline: the same keys kg writes (dictionary, names, aliases, spo/pos/osp)
// produced with no project layers -- a minimal tokenizer, an in-memory sort, SstFileWriter
// and one IngestExternalFiles -- and plain iterator lookups. The benchmarks report kg's
// figures as ratios against it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kg::bench {

// Loads FILE into a new database at DIR. Returns the number of triples read (-1 on error).
int64_t BaselineLoad(const std::string& file, const std::string& dir);

// A plain RocksDB reader over a database written by BaselineLoad (or by kg: same layout).
class BaselineReader {
 public:
  explicit BaselineReader(const std::string& dir);
  ~BaselineReader();
  bool ok() const { return db_ != nullptr; }
  // Id stored under names key `key` ('i'+IRI, 'p'+IRI), 0 when absent.
  uint64_t Lookup(const std::string& key);
  // Counts entries of index family `cf` ("spo", "pos", "osp") under the big-endian prefix.
  uint64_t Scan(int cf_index, const std::vector<uint64_t>& prefix);
  // The entries themselves, as their three ids in key order (a, b, c).
  std::vector<std::array<uint64_t, 3>> ScanIds(int cf_index, const std::vector<uint64_t>& prefix);
  // True when an index entry starts with the three ids (a point seek).
  bool Exists(int cf_index, uint64_t a, uint64_t b, uint64_t c);
  // The raw term record of `id`; false when absent.
  bool Term(uint64_t id, std::string* record);
  // What printing `id` takes: its term record and its first alias (an imported entity's
  // label is its display name).
  void Display(uint64_t id, std::string* record);

 private:
  void* db_ = nullptr;  // rocksdb::DB*
  std::vector<void*> handles_;
};

}  // namespace kg::bench
