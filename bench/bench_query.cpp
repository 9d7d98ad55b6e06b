// Query benchmark, one run: each query shape through kg's engine (parse, bind, plan, run,
// display names) beside the bare-RocksDB baseline doing the same lookups by hand on the
// database bench_store built, alternating query by query so machine noise hits both alike.
//
//   bench_query run SIZE [SAMPLES]        (needs bench/data/{kg,base}-SIZE.db from bench_store;
//                                         SAMPLES query chains, 300 by default)
//   bench_query memory SIZE               (only the peak-RSS-per-shape table)
//   bench_query oneshot DB S P            (child: open the baseline DB, one lookup, exit)
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/baseline_rocks.h"
#include "bench/bench_util.h"
#include "kg/engine.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/store.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::bench;

namespace {

constexpr int kSpo = 0, kPos = 1, kOsp = 2;

// One sample: a chain S -P1-> Y -P2-> Z -P3-> W of IRIs found in the graph.
struct Chain {
  std::string s, p1, y, p2, z, p3, w;
};

std::string Iri(const ReadView& view, TermId id) {
  Term t;
  return view.GetTerm(id, &t).ok() ? t.iri : "";
}

// Walks forward from random subjects of the kg database to find chains of three IRI hops.
std::vector<Chain> FindChains(const ReadView& view, uint64_t max_term, size_t n) {
  std::mt19937_64 rng(11);
  std::vector<Chain> out;
  auto step = [&](TermId from, TermId* p, TermId* to) {
    auto scan = view.Scan(IndexOrder::kSpo, &from, 1);
    Triple t;
    std::vector<Triple> edges;
    while (scan->Next(&t) && edges.size() < 64) edges.push_back(t);
    std::shuffle(edges.begin(), edges.end(), rng);
    for (const Triple& e : edges) {
      Term term;
      if (view.GetTerm(e.o, &term).ok() && term.kind == TermKind::kEntity && !term.iri.empty()) {
        *p = e.p;
        *to = e.o;
        return true;
      }
    }
    return false;
  };
  for (int attempts = 0; out.size() < n && attempts < 100000; ++attempts) {
    TermId s(1 + rng() % max_term), p1, y, p2, z, p3, w;
    if (!step(s, &p1, &y) || !step(y, &p2, &z) || !step(z, &p3, &w)) continue;
    Chain c{Iri(view, s), Iri(view, p1), Iri(view, y), Iri(view, p2), Iri(view, z), Iri(view, p3), Iri(view, w)};
    if (c.s.empty() || c.w == c.s) continue;
    out.push_back(c);
  }
  return out;
}

struct Timing {
  std::vector<double> us[2];  // kg, baseline
};

void Report(const std::string& size, const char* shape, Timing& t, const char* note = "") {
  double km = Percentile(t.us[0], 0.5), kp = Percentile(t.us[0], 0.99);
  double bm = Percentile(t.us[1], 0.5), bp = Percentile(t.us[1], 0.99);
  std::printf("| %s | %s | %.1f / %.1f | %.1f / %.1f | %.2fx / %.2fx |%s\n", size.c_str(), shape, km, kp, bm, bp,
              km / bm, kp / bp, note);
  std::fflush(stdout);
}

// Runs kg and the baseline on each sample, alternating, after one untimed warm pass; both
// must agree on the number of answers.
template <typename KgFn, typename BaseFn>
bool Compare(size_t samples, KgFn kg_fn, BaseFn base_fn, Timing* t, const char* shape) {
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < samples; ++i) {
      double t0 = Now();
      int64_t a = kg_fn(i);
      double t1 = Now();
      int64_t b = base_fn(i);
      double t2 = Now();
      if (a != b) {
        std::fprintf(stderr, "error: %s sample %zu: kg %lld answers, baseline %lld\n", shape, i,
                     static_cast<long long>(a), static_cast<long long>(b));
        return false;
      }
      if (pass == 1) {
        t->us[0].push_back((t1 - t0) * 1e6);
        t->us[1].push_back((t2 - t1) * 1e6);
      }
    }
  }
  return true;
}

std::string SelfPath() { return fs::canonical("/proc/self/exe").string(); }

// Peak memory of one `kg query` process per shape, including shapes whose answers are far
// larger than the row limit (the limits must stop them without holding the results). The
// peak is read by /usr/bin/time: the rusage of a child this process spawns directly counts
// this process's own pages from before the exec.
long PeakRssKb(const std::vector<std::string>& argv, int* exit_code, double* seconds) {
  char path[] = "/tmp/kg-bench-rss-XXXXXX";
  int fd = mkstemp(path);
  if (fd >= 0) close(fd);
  std::vector<std::string> timed = {"/usr/bin/time", "-f", "%M", "-o", path};
  timed.insert(timed.end(), argv.begin(), argv.end());
  ChildRun r = RunChild(timed);
  *exit_code = r.exit_code;
  *seconds = r.seconds;
  std::ifstream in(path);
  long kb = -1;
  in >> kb;
  std::remove(path);
  return kb;
}

int MemoryTable(const std::string& size, const std::string& kg_db, const Chain& c) {
  auto iri = [](const std::string& s) { return "<" + s + ">"; };
    const std::vector<std::pair<const char*, std::string>> shapes = {
        {"1-hop out", iri(c.s) + " " + iri(c.p1) + " ?o"},
        {"1-hop in", "?s " + iri(c.p1) + " " + iri(c.y)},
        {"about X", "about " + iri(c.y)},
        {"2-hop join", "select ?z where " + iri(c.s) + " " + iri(c.p1) + " ?y, ?y " + iri(c.p2) + " ?z"},
        {"count per relation", "count ?s " + iri(c.p1) + " ?o"},
        {"3-hop path", "path " + iri(c.s) + " -> " + iri(c.w) + " max 3"},
        {"every triple `?s ?p ?o`", "?s ?p ?o"},
        {"count every triple", "count ?s ?p ?o"},
        {"unbound 2-hop join", "select ?x ?z where ?x ?p ?y, ?y ?q ?z"},
        {"6-hop path", "path " + iri(c.s) + " -> " + iri(c.w) + " max 6"},
    };
    std::printf("\n| triples | query (one `kg query` process) | peak RSS MiB | wall s | exit |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const auto& [name, q] : shapes) {
      int exit_code = 0;
      double seconds = 0;
      long kb = PeakRssKb({KG_BINARY, "--db", kg_db, "query", q}, &exit_code, &seconds);
      std::printf("| %s | %s | %.0f | %.2f | %d |\n", size.c_str(), name, kb / 1024.0, seconds, exit_code);
      std::fflush(stdout);
    }
  return 0;
}

// The query shapes, each timed on kg and on the baseline over the same sampled chains.
struct Shapes {
  const std::string& size;
  const std::string& kg_db;
  const std::string& base_db;
  Engine& engine;
  BaselineReader& base;
  const std::vector<Chain>& chains;
  QueryOptions qo;
  std::string record;

  int64_t kg_rows(const std::string& q) {
    auto r = engine.Query(q, qo);
    if (!r.ok()) {
      std::fprintf(stderr, "error: %s: %s\n", q.c_str(), r.status().ToString().c_str());
      std::exit(1);
    }
    return static_cast<int64_t>(r->rows.size());
  }
  uint64_t id(const std::string& prefix, const std::string& iri) { return base.Lookup(prefix + iri); }
  static std::string iri(const std::string& s) { return "<" + s + ">"; }

  // 1-hop out: S P ?o  (baseline: two name lookups, a prefix scan, the term of each answer)
  bool OneHopOut() {
    Timing t;
    bool ok = Compare(chains.size(),
        [&](size_t i) { return kg_rows(iri(chains[i].s) + " " + iri(chains[i].p1) + " ?o"); },
        [&](size_t i) {
          std::set<uint64_t> objects;
          for (auto& e : base.ScanIds(kSpo + 3, {id("i", chains[i].s), id("p", chains[i].p1)})) objects.insert(e[2]);
          for (uint64_t o : objects) base.Display(o, &record);
          return static_cast<int64_t>(objects.size());
        },
        &t, "1-hop out");
    if (!ok) return false;
    Report(size, "1-hop out `S P ?o`", t);
    return true;
  }

  // 1-hop in: ?s P O
  bool OneHopIn() {
    Timing t;
    bool ok = Compare(chains.size(),
        [&](size_t i) { return kg_rows("?s " + iri(chains[i].p1) + " " + iri(chains[i].y)); },
        [&](size_t i) {
          std::set<uint64_t> subjects;
          for (auto& e : base.ScanIds(kPos + 3, {id("p", chains[i].p1), id("i", chains[i].y)})) subjects.insert(e[2]);
          for (uint64_t s : subjects) base.Display(s, &record);
          return static_cast<int64_t>(subjects.size());
        },
        &t, "1-hop in");
    if (!ok) return false;
    Report(size, "1-hop in `?s P O`", t);
    return true;
  }

  // about X: every fact with X on either side
  bool About() {
    Timing t;
    bool ok = Compare(chains.size(),
        [&](size_t i) { return kg_rows("about " + iri(chains[i].y)); },
        [&](size_t i) {
          uint64_t x = id("i", chains[i].y);
          std::set<std::array<uint64_t, 3>> facts;
          for (auto& e : base.ScanIds(kSpo + 3, {x})) facts.insert(e);
          for (auto& e : base.ScanIds(kOsp + 3, {x})) facts.insert({e[1], e[2], e[0]});
          for (auto& f : facts) {
            base.Display(f[0], &record);
            base.Display(f[1], &record);
            base.Display(f[2], &record);
          }
          return static_cast<int64_t>(facts.size());
        },
        &t, "about");
    if (!ok) return false;
    Report(size, "about X", t);
    return true;
  }

  // 2-hop join written unselective atom first; the baseline runs it as written (a nested
  // loop over every ?y P2 ?z, probing S P1 ?y), kg's planner starts from the bound atom.
  bool TwoHop() {
    Timing t;
    size_t n = std::min<size_t>(chains.size(), 100);
    bool ok = Compare(n,
        [&](size_t i) {
          return kg_rows("select ?z where ?y " + iri(chains[i].p2) + " ?z, " + iri(chains[i].s) + " " +
                         iri(chains[i].p1) + " ?y");
        },
        [&](size_t i) {
          uint64_t s = id("i", chains[i].s), p1 = id("p", chains[i].p1), p2 = id("p", chains[i].p2);
          std::set<uint64_t> zs;
          for (auto& e : base.ScanIds(kPos + 3, {p2})) {  // e = (p2, z, y)
            if (base.Exists(kSpo + 3, s, p1, e[2])) zs.insert(e[1]);
          }
          for (uint64_t z : zs) base.Display(z, &record);
          return static_cast<int64_t>(zs.size());
        },
        &t, "2-hop");
    if (!ok) return false;
    Report(size, "2-hop join vs naive nested loop", t);
    return true;
  }

  // count per relation: kg answers from maintained statistics, the baseline scans.
  bool CountPerRelation() {
    Timing t;
    size_t n = std::min<size_t>(chains.size(), 30);
    bool ok = Compare(n,
        [&](size_t i) {
          auto r = engine.Query("count ?s " + iri(chains[i].p1) + " ?o", qo);
          return r.ok() ? std::atoll(r->rows[0][0].text.c_str()) : -1;
        },
        [&](size_t i) { return static_cast<int64_t>(base.Scan(kPos + 3, {id("p", chains[i].p1)})); }, &t,
        "count");
    if (!ok) return false;
    Report(size, "count per relation", t);
    return true;
  }

  // 3-hop path S -> W: kg's path search beside a breadth-first search over spo and osp.
  bool ThreeHopPath() {
    Timing t;
    size_t n = std::min<size_t>(chains.size(), 100);
    bool ok = Compare(n,
        [&](size_t i) {
          auto r = engine.Query("path " + iri(chains[i].s) + " -> " + iri(chains[i].w) + " max 3", qo);
          if (!r.ok() || r->rows.empty()) return int64_t{-1};
          return static_cast<int64_t>(std::atoll(r->rows[0][0].text.c_str()));  // hops
        },
        [&](size_t i) {
          uint64_t from = id("i", chains[i].s), to = id("i", chains[i].w);
          std::unordered_map<uint64_t, int> depth{{from, 0}};
          std::deque<uint64_t> queue{from};
          while (!queue.empty()) {
            uint64_t x = queue.front();
            queue.pop_front();
            int d = depth[x];
            if (x == to) {
              base.Display(to, &record);
              return static_cast<int64_t>(d);
            }
            if (d == 3) continue;
            for (int cf : {kSpo, kOsp}) {
              for (auto& e : base.ScanIds(cf + 3, {x})) {
                uint64_t next = cf == kSpo ? e[2] : e[1];  // spo: (s,p,o); osp: (o,s,p)
                if (depth.emplace(next, d + 1).second) queue.push_back(next);
              }
            }
          }
          return int64_t{-1};
        },
        &t, "path");
    if (!ok) return false;
    Report(size, "3-hop path", t);
    return true;
  }

  // The whole `kg query` process (open, parse, answer, print, exit) beside a process that
  // opens the baseline database read-only and does the same lookup.
  bool WholeProcess() {
    Timing t;
    size_t n = std::min<size_t>(chains.size(), 30);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < n; ++i) {
        ChildRun a = RunChild({KG_BINARY, "--db", kg_db, "query", iri(chains[i].s) + " " + iri(chains[i].p1) + " ?o"});
        ChildRun b = RunChild({SelfPath(), "oneshot", base_db, chains[i].s, chains[i].p1});
        if (a.exit_code != 0 || b.exit_code != 0) {
          std::fprintf(stderr, "error: one-shot run failed (kg %d, baseline %d)\n", a.exit_code, b.exit_code);
          return false;
        }
        if (pass == 1) {
          t.us[0].push_back(a.seconds * 1e6);
          t.us[1].push_back(b.seconds * 1e6);
        }
      }
    }
    Report(size, "whole `kg query` process", t);
    // The floor: starting and reaping a process that does nothing, measured the same way.
    std::vector<double> floor_us;
    for (size_t i = 0; i < n; ++i) floor_us.push_back(RunChild({"/bin/true"}).seconds * 1e6);
    std::printf("| %s | `/bin/true` (process start-up floor) | %.1f / %.1f | | |\n", size.c_str(),
                Percentile(floor_us, 0.5), Percentile(floor_us, 0.99));
    return true;
  }
};

int Run(const std::string& size, size_t samples, bool memory_only) {
  std::string kg_db = "bench/data/kg-" + size + ".db";
  std::string base_db = "bench/data/base-" + size + ".db";
  Engine::OpenOptions eo;
  eo.db = kg_db;
  auto engine_or = Engine::Open(eo);
  if (!engine_or.ok()) {
    std::fprintf(stderr, "%s (run bench_store first)\n", engine_or.status().ToString().c_str());
    return 1;
  }
  Engine& engine = **engine_or;
  BaselineReader base(base_db);
  if (!base.ok()) return 1;
  Store::OpenOptions so;
  auto store = Store::Open(kg_db, so);
  if (!store.ok()) return 1;
  auto view = (*store)->NewReadView();
  uint64_t max_term = view->GetCounter(kMetaNextTerm).value();
  std::vector<Chain> chains = FindChains(*view, max_term, samples);
  if (chains.size() < std::min<size_t>(50, samples)) {
    std::fprintf(stderr, "error: found only %zu chains\n", chains.size());
    return 1;
  }

  QueryOptions qo;
  qo.row_limit = 1000000;
  qo.timeout_seconds = 0;
  qo.with_facts = false;  // as `kg query` runs for a table: rows with their display names
  if (memory_only) return MemoryTable(size, kg_db, chains[0]);
  Shapes shapes{size, kg_db, base_db, engine, base, chains, qo, {}};
  std::printf("| triples | query | kg median / p99 (us) | baseline median / p99 (us) | ratio |\n");
  std::printf("|---|---|---|---|---|\n");
  bool ok = shapes.OneHopOut() && shapes.OneHopIn() && shapes.About() && shapes.TwoHop() &&
            shapes.CountPerRelation() && shapes.ThreeHopPath() && shapes.WholeProcess();
  if (!ok) return 1;
  return MemoryTable(size, kg_db, chains[0]);
}

int OneShot(const std::string& db, const std::string& s, const std::string& p) {
  BaselineReader base(db);
  if (!base.ok()) return 1;
  std::string record;
  int64_t n = 0;
  for (auto& e : base.ScanIds(kSpo + 3, {base.Lookup("i" + s), base.Lookup("p" + p)})) {
    base.Display(e[2], &record);
    std::printf("%s\n", record.c_str());
    ++n;
  }
  return n >= 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "run" && (argc == 3 || argc == 4)) {
    return Run(argv[2], argc == 4 ? std::strtoul(argv[3], nullptr, 10) : 300, false);
  }
  if (cmd == "memory" && argc == 3) return Run(argv[2], 60, true);
  if (cmd == "oneshot" && argc == 5) return OneShot(argv[2], argv[3], argv[4]);
  std::fprintf(stderr, "usage: bench_query run SIZE [SAMPLES] | memory SIZE | oneshot DB S P\n");
  return 2;
}
