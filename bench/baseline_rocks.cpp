// Bare RocksDB: no Status wrappers, no validation, no external sort, no ICU. What remains is
// the irreducible cost of producing and loading kg's keys.
#include "bench/baseline_rocks.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unordered_map>

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>

namespace kg::bench {

namespace {

const char* kCfs[] = {"meta", "terms", "names", "spo", "pos", "osp", "facts", "docs", "doc_facts"};
constexpr int kTerms = 1, kNames = 2, kSpo = 3, kPos = 4, kOsp = 5;

rocksdb::Options CfOptions(int cf) {
  rocksdb::Options o;
  o.IncreaseParallelism(2);
  o.OptimizeLevelStyleCompaction(64 << 20);
  rocksdb::BlockBasedTableOptions t;
  static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(128 << 20);
  t.block_cache = cache;
  // The table layout kg uses (kg/store.cpp): partitioned index and filters through the cache.
  t.cache_index_and_filter_blocks = true;
  t.pin_top_level_index_and_filter = true;
  t.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  t.partition_filters = true;
  t.metadata_block_size = 4096;
  if (cf <= kNames || cf == 6) t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  o.compression = rocksdb::kLZ4Compression;
  return o;
}

void Be(std::string* s, uint64_t v) {
  for (int i = 7; i >= 0; --i) s->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void Be(char* p, uint64_t v) {
  for (int i = 7; i >= 0; --i) p[7 - i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

// Splits "<s> <p> o ." into three raw terms; no validation.
bool Tokenize(std::string_view line, std::string_view out[3]) {
  size_t i = 0;
  for (int k = 0; k < 3; ++k) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) return false;
    size_t start = i;
    if (line[i] == '<') {
      i = line.find('>', i);
      if (i == std::string_view::npos) return false;
      ++i;
    } else if (line[i] == '"') {
      ++i;
      while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
      ++i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    } else {
      while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    }
    out[k] = line.substr(start, i - start);
  }
  return true;
}

struct Kv {
  std::string k, v;
  bool operator<(const Kv& o) const { return k < o.k; }
};

}  // namespace

int64_t BaselineLoad(const std::string& file, const std::string& dir) {
  std::ifstream in(file);
  if (!in) return -1;
  std::unordered_map<std::string, uint64_t> ids;
  std::vector<Kv> terms, names;
  std::vector<std::array<char, 32>> idx[3];
  uint64_t next = 1, alias_seq = 1;
  std::string line;
  int64_t n = 0;
  auto id_of = [&](std::string_view raw, char kind) -> uint64_t {
    std::string key(1, kind);
    key.append(raw);
    auto it = ids.find(key);
    if (it != ids.end()) return it->second;
    uint64_t id = next++;
    ids.emplace(key, id);
    std::string tk;
    Be(&tk, id);
    terms.push_back({tk, std::string(raw)});
    std::string nk;
    if (raw[0] == '"') {  // literal key: 'l' lp(datatype) lp(lang) lexical
      size_t close = raw.rfind('"');
      std::string_view lex = raw.substr(1, close - 1), rest = raw.substr(close + 1);
      std::string dt, lang;
      if (rest.rfind("^^<", 0) == 0) dt = std::string(rest.substr(3, rest.size() - 4));
      if (rest.rfind("@", 0) == 0) lang = std::string(rest.substr(1));
      nk = "l";
      nk.push_back(static_cast<char>(dt.size()));
      nk += dt;
      nk.push_back(static_cast<char>(lang.size()));
      nk += lang;
      nk.append(lex);
    } else {
      nk = std::string(1, kind == 'p' ? 'p' : 'i');
      nk.append(raw.substr(1, raw.size() - 2));
    }
    std::string v;
    Be(&v, id);
    names.push_back({nk, v});
    return id;
  };
  const std::string_view kLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string_view t[3];
    if (!Tokenize(line, t)) continue;
    ++n;
    uint64_t s = id_of(t[0], 'e');
    if (t[1] == kLabel && t[2][0] == '"' && t[2].find("^^") == std::string_view::npos) {
      size_t close = t[2].rfind('"');
      std::string text(t[2].substr(1, close - 1));
      std::string ak;
      Be(&ak, s);
      ak.push_back('\x01');
      Be(&ak, alias_seq++);
      terms.push_back({ak, text});
      std::string lower = text;
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      std::string nk = "n" + lower;
      nk.push_back('\0');
      Be(&nk, s);
      names.push_back({nk, ""});
      continue;
    }
    uint64_t p = id_of(t[1], 'p');
    uint64_t o = id_of(t[2], 'e');
    uint64_t order[3][3] = {{s, p, o}, {p, o, s}, {o, s, p}};
    for (int k = 0; k < 3; ++k) {
      std::array<char, 32> key;
      Be(key.data(), order[k][0]);
      Be(key.data() + 8, order[k][1]);
      Be(key.data() + 16, order[k][2]);
      Be(key.data() + 24, 0);
      idx[k].push_back(key);
    }
  }

  std::filesystem::remove_all(dir);
  rocksdb::DBOptions dbo(CfOptions(0));
  dbo.create_if_missing = true;
  dbo.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyDescriptor> desc;
  desc.emplace_back(rocksdb::kDefaultColumnFamilyName, CfOptions(0));
  for (int i = 0; i < 9; ++i) desc.emplace_back(kCfs[i], CfOptions(i));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  if (!rocksdb::DB::Open(dbo, dir, desc, &handles, &db).ok()) return -1;

  std::vector<rocksdb::IngestExternalFileArg> args;
  bool ok = true;
  auto write_sst = [&](int cf, auto&& emit) {
    std::string path = dir + "/bulk-" + kCfs[cf] + ".sst";
    rocksdb::SstFileWriter w(rocksdb::EnvOptions(), CfOptions(cf));
    if (!w.Open(path).ok()) {
      ok = false;
      return;
    }
    emit(w);
    if (!w.Finish().ok()) ok = false;
    rocksdb::IngestExternalFileArg a;
    a.column_family = handles[cf + 1];
    a.external_files = {path};
    a.options.move_files = true;
    args.push_back(a);
  };
  for (auto* kvs : {&terms, &names}) {
    std::sort(kvs->begin(), kvs->end());
    kvs->erase(std::unique(kvs->begin(), kvs->end(),
                           [](const Kv& a, const Kv& b) { return a.k == b.k; }),
               kvs->end());
  }
  write_sst(kTerms, [&](rocksdb::SstFileWriter& w) {
    for (const Kv& kv : terms) ok = ok && w.Put(kv.k, kv.v).ok();  // std::string sorts bytewise
  });
  write_sst(kNames, [&](rocksdb::SstFileWriter& w) {
    for (const Kv& kv : names) ok = ok && w.Put(kv.k, kv.v).ok();
  });
  for (int k = 0; k < 3; ++k) {
    // Bytewise (unsigned) order, as RocksDB compares keys.
    std::sort(idx[k].begin(), idx[k].end(), [](const auto& a, const auto& b) {
      return std::memcmp(a.data(), b.data(), 32) < 0;
    });
    idx[k].erase(std::unique(idx[k].begin(), idx[k].end()), idx[k].end());
    write_sst(kSpo + k, [&](rocksdb::SstFileWriter& w) {
      for (const auto& key : idx[k]) {
        ok = ok && w.Put(rocksdb::Slice(key.data(), 32), rocksdb::Slice("\0", 1)).ok();
      }
    });
  }
  ok = ok && db->IngestExternalFiles(args).ok();
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
  return ok ? n : -1;
}

BaselineReader::BaselineReader(const std::string& dir) {
  rocksdb::DBOptions dbo(CfOptions(0));
  dbo.max_file_opening_threads = 1;  // as kg's readers: no thread pool to open a few files
  dbo.info_log_level = rocksdb::InfoLogLevel::ERROR_LEVEL;
  std::vector<rocksdb::ColumnFamilyDescriptor> desc;
  desc.emplace_back(rocksdb::kDefaultColumnFamilyName, CfOptions(0));
  for (int i = 0; i < 9; ++i) desc.emplace_back(kCfs[i], CfOptions(i));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  if (rocksdb::DB::OpenForReadOnly(dbo, dir, desc, &handles, &db).ok()) {
    db_ = db;
    for (auto* h : handles) handles_.push_back(h);
  }
}

BaselineReader::~BaselineReader() {
  auto* db = static_cast<rocksdb::DB*>(db_);
  if (!db) return;
  for (void* h : handles_) db->DestroyColumnFamilyHandle(static_cast<rocksdb::ColumnFamilyHandle*>(h));
  delete db;
}

uint64_t BaselineReader::Lookup(const std::string& key) {
  auto* db = static_cast<rocksdb::DB*>(db_);
  std::string v;
  if (!db->Get(rocksdb::ReadOptions(), static_cast<rocksdb::ColumnFamilyHandle*>(handles_[kNames + 1]),
               key, &v).ok() || v.size() != 8) {
    return 0;
  }
  uint64_t id = 0;
  for (char c : v) id = (id << 8) | static_cast<uint8_t>(c);
  return id;
}

namespace {
// Calls f(key) for every key of the family that starts with the big-endian ids of `prefix`.
template <typename F>
void ForEachKeyWithPrefix(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                          const std::vector<uint64_t>& prefix, F&& f) {
  std::string start;
  for (uint64_t v : prefix) Be(&start, v);
  std::string upper = start;
  while (!upper.empty() && static_cast<uint8_t>(upper.back()) == 0xff) upper.pop_back();
  if (!upper.empty()) upper.back() = static_cast<char>(upper.back() + 1);
  rocksdb::Slice ub(upper);
  rocksdb::ReadOptions ro;
  if (!upper.empty()) ro.iterate_upper_bound = &ub;
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, cf));
  for (it->Seek(start); it->Valid(); it->Next()) f(it->key());
}
}  // namespace

uint64_t BaselineReader::Scan(int cf_index, const std::vector<uint64_t>& prefix) {
  uint64_t n = 0;
  ForEachKeyWithPrefix(static_cast<rocksdb::DB*>(db_),
                       static_cast<rocksdb::ColumnFamilyHandle*>(handles_[cf_index + 1]), prefix,
                       [&](const rocksdb::Slice&) { ++n; });
  return n;
}

std::vector<std::array<uint64_t, 3>> BaselineReader::ScanIds(int cf_index,
                                                              const std::vector<uint64_t>& prefix) {
  std::vector<std::array<uint64_t, 3>> out;
  ForEachKeyWithPrefix(static_cast<rocksdb::DB*>(db_),
                       static_cast<rocksdb::ColumnFamilyHandle*>(handles_[cf_index + 1]), prefix,
                       [&](const rocksdb::Slice& k) {
                         std::array<uint64_t, 3> ids{};
                         for (int i = 0; i < 3; ++i) {
                           for (int b = 0; b < 8; ++b) {
                             ids[i] = (ids[i] << 8) | static_cast<uint8_t>(k.data()[i * 8 + b]);
                           }
                         }
                         out.push_back(ids);
                       });
  return out;
}

bool BaselineReader::Exists(int cf_index, uint64_t a, uint64_t b, uint64_t c) {
  auto* db = static_cast<rocksdb::DB*>(db_);
  std::string start;
  Be(&start, a);
  Be(&start, b);
  Be(&start, c);
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), static_cast<rocksdb::ColumnFamilyHandle*>(handles_[cf_index + 1])));
  it->Seek(start);
  return it->Valid() && it->key().starts_with(start);
}

bool BaselineReader::Term(uint64_t id, std::string* record) {
  auto* db = static_cast<rocksdb::DB*>(db_);
  std::string key;
  Be(&key, id);
  return db->Get(rocksdb::ReadOptions(), static_cast<rocksdb::ColumnFamilyHandle*>(handles_[kTerms + 1]), key, record).ok();
}

void BaselineReader::Display(uint64_t id, std::string* record) {
  // The record and its first alias sort together: one seek reads both.
  auto* db = static_cast<rocksdb::DB*>(db_);
  std::string key;
  Be(&key, id);
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), static_cast<rocksdb::ColumnFamilyHandle*>(handles_[kTerms + 1])));
  it->Seek(key);
  record->clear();
  if (!it->Valid() || it->key() != rocksdb::Slice(key)) return;
  record->assign(it->value().data(), it->value().size());
  it->Next();
  key.push_back('\x01');
  if (it->Valid() && it->key().starts_with(key)) record->append(it->value().data(), it->value().size());
}

}  // namespace kg::bench
