// Storage benchmark, one run: kg's import (throughput, peak RSS) and index lookups beside the
// bare-RocksDB baseline of baseline_rocks.cpp on the same synthetic graph.
//
//   bench_store run [SIZE...]              generate, load both ways, look up; print a table
//   bench_store baseline-load FILE DIR     (child process used by run)
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "bench/baseline_rocks.h"
#include "bench/bench_util.h"
#include "kg/io/ntriples.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/store.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::bench;

namespace {

struct Sample {
  std::string s, p, o;  // IRIs (o may be empty when the object is a literal)
};

std::vector<Sample> SampleTriples(const std::string& file, size_t n) {
  std::ifstream in(file);
  std::vector<Sample> out;
  std::mt19937_64 rng(7);
  std::string line;
  size_t seen = 0;
  while (std::getline(in, line)) {
    io::RdfTriple t;
    bool has = false;
    if (!io::ParseNTriplesLine(line, &t, &has).ok() || !has) continue;
    if (t.p.value == kRdfsLabel || t.o.kind != io::RdfTerm::Kind::kIri) continue;
    Sample s{t.s.value, t.p.value, t.o.value};
    if (out.size() < n) {
      out.push_back(s);
    } else if (size_t j = rng() % (++seen + n); j < n) {
      out[j] = s;
    }
  }
  return out;
}

struct Shape {
  const char* name;
  int cf;      // 0 spo, 1 pos, 2 osp
  int bound;   // ids in the prefix
};
const Shape kShapes[] = {{"(S,P,?)", 0, 2}, {"(?,P,O)", 1, 2}, {"(S,?,?)", 0, 1}, {"(?,?,O)", 2, 1}};

std::vector<uint64_t> PrefixFor(const Shape& shape, uint64_t s, uint64_t p, uint64_t o) {
  switch (shape.cf) {
    case 0: return shape.bound == 2 ? std::vector<uint64_t>{s, p} : std::vector<uint64_t>{s};
    case 1: return {p, o};
    default: return {o};
  }
}

struct Latency {
  double median_us = 0, p99_us = 0;
};

int Lookups(const std::string& file, const std::string& kg_db, const std::string& base_db,
            Latency (*out)[2]) {
  std::vector<Sample> samples = SampleTriples(file, 2000);
  Store::OpenOptions so;
  so.mode = Store::Mode::kReadOnly;
  auto store = Store::Open(kg_db, so);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  auto view = (*store)->NewReadView();
  BaselineReader base(base_db);
  if (!base.ok()) return 1;
  struct Ids {
    uint64_t s, p, o;
  };
  std::vector<Ids> kg_ids, base_ids;
  for (const Sample& x : samples) {
    std::string pv;
    TermId s = view->FindIri(x.s).value(), o = view->FindIri(x.o).value();
    uint64_t p = view->Get(Cf::kNames, PredicateIriKey(x.p), &pv).ok() ? GetBigEndian64(pv.data()) : 0;
    kg_ids.push_back({s.value, p, o.value});
    base_ids.push_back({base.Lookup("i" + x.s), base.Lookup("p" + x.p), base.Lookup("i" + x.o)});
  }
  for (size_t shape = 0; shape < 4; ++shape) {
    const Shape& sh = kShapes[shape];
    std::vector<double> times[2];
    uint64_t total[2] = {0, 0};
    // Alternate kg and the baseline query by query, so machine noise hits both alike.
    auto run_kg = [&](size_t i) {
      auto prefix = PrefixFor(sh, kg_ids[i].s, kg_ids[i].p, kg_ids[i].o);
      TermId ids[2];
      for (size_t k = 0; k < prefix.size(); ++k) ids[k] = TermId(prefix[k]);
      auto scan = view->Scan(static_cast<IndexOrder>(sh.cf), ids, static_cast<int>(prefix.size()));
      Triple t;
      uint64_t n = 0;
      while (scan->Next(&t)) ++n;
      return n;
    };
    auto run_base = [&](size_t i) {
      return base.Scan(3 + sh.cf, PrefixFor(sh, base_ids[i].s, base_ids[i].p, base_ids[i].o));
    };
    for (int pass = 0; pass < 2; ++pass) {  // pass 0 warms the caches
      for (size_t i = 0; i < samples.size(); ++i) {
        for (int side = 0; side < 2; ++side) {
          double t0 = Now();
          uint64_t n = side == 0 ? run_kg(i) : run_base(i);
          double us = (Now() - t0) * 1e6;
          if (pass == 1) {
            times[side].push_back(us);
            total[side] += n;
          }
        }
      }
    }
    if (total[0] != total[1] || total[0] == 0) {
      std::fprintf(stderr, "error: %s: kg found %llu entries, baseline %llu\n", sh.name,
                   static_cast<unsigned long long>(total[0]),
                   static_cast<unsigned long long>(total[1]));
      return 1;
    }
    for (int side = 0; side < 2; ++side) {
      out[shape][side] = {Percentile(times[side], 0.5), Percentile(times[side], 0.99)};
    }
  }
  return 0;
}

std::string SelfDir() { return fs::canonical("/proc/self/exe").parent_path().string(); }

int Run(std::vector<long long> sizes) {
  std::string data = "bench/data";
  fs::create_directories(data);
  std::printf("| triples | kg import (triples/s) | baseline (triples/s) | ratio | kg peak RSS | baseline peak RSS |\n");
  std::printf("|---|---|---|---|---|---|\n");
  std::vector<std::string> lookup_rows;
  for (long long n : sizes) {
    std::string file = data + "/graph-" + std::to_string(n) + ".nt";
    if (!fs::exists(file)) {
      std::string cmd = SelfDir() + "/gen_graph " + std::to_string(n) + " > " + file;
      if (std::system(cmd.c_str()) != 0) return 1;
    }
    std::string kg_db = data + "/kg-" + std::to_string(n) + ".db";
    std::string base_db = data + "/base-" + std::to_string(n) + ".db";
    fs::remove_all(kg_db);
    fs::remove_all(base_db);
    ChildRun kg = RunChild({KG_BINARY, "--quiet", "--db", kg_db, "import", file});
    ChildRun base = RunChild({SelfDir() + "/bench_store", "baseline-load", file, base_db});
    if (kg.exit_code != 0 || base.exit_code != 0) {
      std::fprintf(stderr, "load failed: kg %d, baseline %d\n", kg.exit_code, base.exit_code);
      return 1;
    }
    double kg_rate = static_cast<double>(n) / kg.seconds;
    double base_rate = static_cast<double>(n) / base.seconds;
    std::printf("| %lld | %.0f | %.0f | %.2fx | %.0f MiB | %.0f MiB |\n", n, kg_rate, base_rate,
                kg_rate / base_rate, kg.peak_rss_kb / 1024.0, base.peak_rss_kb / 1024.0);
    std::fflush(stdout);
    Latency lat[4][2];
    if (Lookups(file, kg_db, base_db, lat) != 0) return 1;
    for (int s = 0; s < 4; ++s) {
      char row[256];
      std::snprintf(row, sizeof(row), "| %lld | %s | %.1f / %.1f | %.1f / %.1f | %.2fx / %.2fx |",
                    n, kShapes[s].name, lat[s][0].median_us, lat[s][0].p99_us, lat[s][1].median_us,
                    lat[s][1].p99_us, lat[s][0].median_us / lat[s][1].median_us,
                    lat[s][0].p99_us / lat[s][1].p99_us);
      lookup_rows.push_back(row);
    }
  }
  std::printf("\n| triples | lookup | kg median / p99 (us) | baseline median / p99 (us) | ratio |\n");
  std::printf("|---|---|---|---|---|\n");
  for (const auto& r : lookup_rows) std::printf("%s\n", r.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "run";
  if (cmd == "baseline-load" && argc == 4) return BaselineLoad(argv[2], argv[3]) < 0 ? 1 : 0;
  if (cmd == "run") {
    std::vector<long long> sizes;
    for (int i = 2; i < argc; ++i) sizes.push_back(std::atoll(argv[i]));
    if (sizes.empty()) sizes = {1000000, 10000000};
    return Run(sizes);
  }
  std::fprintf(stderr, "usage: bench_store run [SIZE...] | baseline-load FILE DIR\n");
  return 2;
}
