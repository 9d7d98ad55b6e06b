// External sort (in-memory runs, spilled when over budget, k-way merged) feeding
// rocksdb::SstFileWriter, then one IngestExternalFiles call through Store.
#include "kg/storage/bulk_load.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <queue>

#include <rocksdb/env.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_writer.h>

namespace fs = std::filesystem;

namespace kg {

namespace {

constexpr size_t kFixedKey = kTripleKeySize;
constexpr size_t kFixedRec = kTripleKeySize + 1;

// The byte order of two fixed keys (four big-endian ids), compared a word at a time: the sort
// of a large import makes tens of millions of these comparisons, and a memcmp call each was
// a sixth of its time.
inline int FixedKeyCompare(const char* a, const char* b) {
  static_assert(kFixedKey == 4 * sizeof(uint64_t));
  for (size_t i = 0; i < kFixedKey; i += sizeof(uint64_t)) {
    uint64_t x, y;
    std::memcpy(&x, a + i, sizeof x);
    std::memcpy(&y, b + i, sizeof y);
    if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
  }
  return 0;
}
inline bool FixedKeyLess(const char* a, const char* b) { return FixedKeyCompare(a, b) < 0; }
constexpr uint64_t kMaxSstBytes = 512ull << 20;

struct Entry {
  std::string_view key, value;
};

// Reads a run file sequentially.
class RunReader {
 public:
  RunReader(const std::string& path, bool fixed) : fixed_(fixed) {
    f_ = std::fopen(path.c_str(), "rb");
    if (f_) std::setvbuf(f_, nullptr, _IOFBF, 1 << 20);
  }
  ~RunReader() {
    if (f_) std::fclose(f_);
  }
  bool ok() const { return f_ != nullptr && !error_; }
  // Loads the next entry; false at the end (or on error: check ok()).
  bool Next() {
    if (!f_) return false;
    if (fixed_) {
      buf_.resize(kFixedRec);
      size_t n = std::fread(buf_.data(), 1, kFixedRec, f_);
      if (n == 0) return false;
      if (n != kFixedRec) return Fail();
      cur_ = {std::string_view(buf_.data(), kFixedKey), std::string_view(buf_.data() + kFixedKey, 1)};
      return true;
    }
    uint32_t lens[2];
    size_t n = std::fread(lens, 1, sizeof(lens), f_);
    if (n == 0) return false;
    if (n != sizeof(lens)) return Fail();
    buf_.resize(static_cast<size_t>(lens[0]) + lens[1]);
    if (!buf_.empty() && std::fread(buf_.data(), 1, buf_.size(), f_) != buf_.size()) return Fail();
    cur_ = {std::string_view(buf_.data(), lens[0]), std::string_view(buf_.data() + lens[0], lens[1])};
    return true;
  }
  const Entry& current() const { return cur_; }

 private:
  bool Fail() {
    error_ = true;
    return false;
  }
  std::FILE* f_ = nullptr;
  bool fixed_;
  bool error_ = false;
  std::string buf_;
  Entry cur_;
};

}  // namespace

// Buffers one family's entries; sorts them into runs; merges the runs in key order.
class BulkLoader::Sorter {
 public:
  Sorter(bool fixed, std::string run_prefix) : fixed_(fixed), run_prefix_(std::move(run_prefix)) {}
  ~Sorter() {
    for (const auto& r : runs_) std::remove(r.c_str());
  }

  void Add(std::string_view key, std::string_view value) {
    if (fixed_) {
      std::array<char, kFixedRec> rec;
      std::memcpy(rec.data(), key.data(), kFixedKey);
      rec[kFixedKey] = value.empty() ? 0 : value[0];
      fixed_recs_.push_back(rec);
      return;
    }
    offsets_.push_back(arena_.size());
    uint32_t lens[2] = {static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value.size())};
    arena_.append(reinterpret_cast<const char*>(lens), sizeof(lens));
    arena_.append(key);
    arena_.append(value);
  }

  size_t buffered_bytes() const {
    return fixed_ ? fixed_recs_.size() * kFixedRec : arena_.size() + offsets_.size() * 8;
  }
  bool empty() const { return runs_.empty() && fixed_recs_.empty() && offsets_.empty(); }

  // Writes the buffered entries, sorted, to a new run file.
  Status Spill() {
    std::string path = run_prefix_ + "." + std::to_string(runs_.size()) + ".run";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Status::IOError("cannot write '" + path + "': " + std::strerror(errno));
    runs_.push_back(path);
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
    SortBuffer();
    bool ok = true;
    ForEachBuffered([&](const Entry& e) {
      if (fixed_) {
        ok = ok && std::fwrite(e.key.data(), 1, kFixedRec, f) == kFixedRec;
      } else {
        uint32_t lens[2] = {static_cast<uint32_t>(e.key.size()),
                            static_cast<uint32_t>(e.value.size())};
        ok = ok && std::fwrite(lens, 1, sizeof(lens), f) == sizeof(lens);
        ok = ok && std::fwrite(e.key.data(), 1, e.key.size(), f) == e.key.size();
        ok = ok && std::fwrite(e.value.data(), 1, e.value.size(), f) == e.value.size();
      }
    });
    int error = ok ? 0 : errno;
    if (std::fclose(f) != 0 && ok) {
      ok = false;
      error = errno;
    }
    ClearBuffer();
    if (!ok) return Status::IOError("cannot write '" + path + "': " + std::strerror(error));
    return Status::OK();
  }

  // Calls fn for each distinct key in order (the first added wins among equal keys).
  Status Merge(const std::function<Status(const Entry&)>& fn) {
    SortBuffer();
    if (runs_.empty()) {
      Status st;
      ForEachBuffered([&](const Entry& e) {
        if (st.ok()) st = fn(e);
      });
      return st;
    }
    KG_RETURN_IF_ERROR(Spill());
    std::vector<std::unique_ptr<RunReader>> readers;
    for (const auto& r : runs_) readers.push_back(std::make_unique<RunReader>(r, fixed_));
    // Min-heap by (key, run index): on equal keys the earlier run comes first.
    auto greater = [&](size_t a, size_t b) {
      std::string_view x = readers[a]->current().key, y = readers[b]->current().key;
      int c = fixed_ ? FixedKeyCompare(x.data(), y.data()) : x.compare(y);
      return c != 0 ? c > 0 : a > b;
    };
    std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
    for (size_t i = 0; i < readers.size(); ++i) {
      if (readers[i]->Next()) heap.push(i);
      if (!readers[i]->ok()) return Status::IOError("reading sorted run " + runs_[i]);
    }
    std::string last;
    bool have_last = false;
    while (!heap.empty()) {
      size_t i = heap.top();
      heap.pop();
      const Entry& e = readers[i]->current();
      if (!have_last || e.key != last) {
        KG_RETURN_IF_ERROR(fn(e));
        last.assign(e.key);
        have_last = true;
      }
      if (readers[i]->Next()) heap.push(i);
      if (!readers[i]->ok()) return Status::IOError("reading sorted run " + runs_[i]);
    }
    return Status::OK();
  }

 private:
  void SortBuffer() {
    if (fixed_) {
      std::stable_sort(fixed_recs_.begin(), fixed_recs_.end(),
                       [](const auto& a, const auto& b) { return FixedKeyLess(a.data(), b.data()); });
    } else {
      std::stable_sort(offsets_.begin(), offsets_.end(),
                       [&](uint64_t a, uint64_t b) { return KeyAt(a) < KeyAt(b); });
    }
  }
  std::string_view KeyAt(uint64_t off) const {
    uint32_t klen;
    std::memcpy(&klen, arena_.data() + off, 4);
    return std::string_view(arena_.data() + off + 8, klen);
  }
  // Sorted, distinct entries of the buffer.
  template <typename Fn>
  void ForEachBuffered(Fn fn) {
    std::string_view last;
    bool have_last = false;
    if (fixed_) {
      for (const auto& r : fixed_recs_) {
        std::string_view k(r.data(), kFixedKey);
        if (have_last && k == last) continue;
        fn(Entry{k, std::string_view(r.data() + kFixedKey, 1)});
        last = k;
        have_last = true;
      }
      return;
    }
    for (uint64_t off : offsets_) {
      uint32_t lens[2];
      std::memcpy(lens, arena_.data() + off, 8);
      std::string_view k(arena_.data() + off + 8, lens[0]);
      if (have_last && k == last) continue;
      fn(Entry{k, std::string_view(arena_.data() + off + 8 + lens[0], lens[1])});
      last = k;
      have_last = true;
    }
  }
  void ClearBuffer() {
    std::vector<std::array<char, kFixedRec>>().swap(fixed_recs_);
    std::string().swap(arena_);
    std::vector<uint64_t>().swap(offsets_);
  }

  bool fixed_;
  std::string run_prefix_;
  std::vector<std::array<char, kFixedRec>> fixed_recs_;
  std::string arena_;
  std::vector<uint64_t> offsets_;
  std::vector<std::string> runs_;
};

BulkLoader::BulkLoader(Store* store, size_t memory_budget)
    : store_(store), budget_(memory_budget), staging_(store->StagingDir()) {
  sorters_.resize(kNumCfs);
  visitors_.resize(kNumCfs);
}

BulkLoader::~BulkLoader() {
  sorters_.clear();
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

BulkLoader::Sorter* BulkLoader::SorterFor(Cf cf) {
  auto& s = sorters_[static_cast<int>(cf)];
  if (!s) {
    bool fixed = cf == Cf::kSpo || cf == Cf::kPos || cf == Cf::kOsp;
    s = std::make_unique<Sorter>(fixed, staging_ + "/" + CfName(cf));
  }
  return s.get();
}

void BulkLoader::SetVisitor(Cf cf, Visitor visitor) {
  visitors_[static_cast<int>(cf)] = std::move(visitor);
}

Status BulkLoader::Add(Cf cf, std::string_view key, std::string_view value) {
  if (finished_) return Status::InvalidArgument("bulk load already finished");
  if (entries_ == 0) {
    std::error_code ec;
    fs::create_directories(staging_, ec);
    if (ec) return Status::IOError("cannot create '" + staging_ + "': " + ec.message());
  }
  ++entries_;
  SorterFor(cf)->Add(key, value);
  if ((entries_ & 0xFFFF) != 0) return Status::OK();
  while (true) {
    size_t total = 0;
    Sorter* largest = nullptr;
    for (auto& s : sorters_) {
      if (!s) continue;
      total += s->buffered_bytes();
      if (!largest || s->buffered_bytes() > largest->buffered_bytes()) largest = s.get();
    }
    if (total <= budget_ || !largest || largest->buffered_bytes() == 0) return Status::OK();
    KG_RETURN_IF_ERROR(largest->Spill());
  }
}

Status BulkLoader::AddTriple(IndexOrder order, const Triple& t) {
  auto key = TripleKey(order, t);
  char flags = static_cast<char>(t.flags);
  return Add(IndexCf(order), std::string_view(key.data(), key.size()), std::string_view(&flags, 1));
}

Status BulkLoader::WriteFamily(Cf cf, std::vector<std::string>* files) {
  Sorter* sorter = sorters_[static_cast<int>(cf)].get();
  if (!sorter || sorter->empty()) return Status::OK();
  const rocksdb::Options& options = store_->CfOptions(cf);
  std::unique_ptr<rocksdb::SstFileWriter> writer;
  uint64_t bytes_in_file = 0;
  std::string current;
  auto close = [&]() -> Status {
    if (!writer) return Status::OK();
    rocksdb::Status s = writer->Finish();
    writer.reset();
    if (!s.ok()) return Status::IOError("writing " + current + ": " + s.ToString());
    files->push_back(current);
    return Status::OK();
  };
  const Visitor& visitor = visitors_[static_cast<int>(cf)];
  KG_RETURN_IF_ERROR(sorter->Merge([&](const Entry& e) -> Status {
    if (visitor) KG_RETURN_IF_ERROR(visitor(e.key, e.value));
    if (writer && bytes_in_file >= kMaxSstBytes) KG_RETURN_IF_ERROR(close());
    if (!writer) {
      current = staging_ + "/" + CfName(cf) + "." + std::to_string(file_seq_++) + ".sst";
      writer = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(), options);
      rocksdb::Status s = writer->Open(current);
      if (!s.ok()) return Status::IOError("creating " + current + ": " + s.ToString());
      bytes_in_file = 0;
    }
    rocksdb::Status s = writer->Put(rocksdb::Slice(e.key.data(), e.key.size()),
                                    rocksdb::Slice(e.value.data(), e.value.size()));
    if (!s.ok()) return Status::IOError("writing " + current + ": " + s.ToString());
    bytes_in_file += e.key.size() + e.value.size();
    return Status::OK();
  }));
  return close();
}

Status BulkLoader::Finish(const std::function<Status(BulkLoader*)>& meta, const Progress& progress) {
  if (finished_) return Status::InvalidArgument("bulk load already finished");
  std::map<Cf, std::vector<std::string>> files;
  for (int i = 0; i < kNumCfs; ++i) {
    Cf cf = static_cast<Cf>(i);
    if (cf == Cf::kMeta) continue;
    if (progress && sorters_[i] && !sorters_[i]->empty()) progress(std::string("writing ") + CfName(cf));
    KG_RETURN_IF_ERROR(WriteFamily(cf, &files[cf]));
  }
  if (meta) {
    if (entries_ == 0) {
      std::error_code ec;
      fs::create_directories(staging_, ec);
    }
    KG_RETURN_IF_ERROR(meta(this));
  }
  KG_RETURN_IF_ERROR(WriteFamily(Cf::kMeta, &files[Cf::kMeta]));
  finished_ = true;
  if (progress) progress("ingesting");
  return store_->IngestSstFiles(files);
}

}  // namespace kg
