// Crash safety: `kg ingest`, `kg import` and `kg forget` are killed with SIGKILL at random
// moments on one growing database; after every kill the database must pass `kg check`
// (index twins, evidence, whole documents, counters), hold each document wholly or not at
// all, hold an import wholly or not at all, and accept the next writer.
//
// Seeded: KG_CRASH_SEED replays a run (the seed is printed on failure). KG_CRASH_TRIALS sets
// the number of kills (30 by default; the [crash-slow] case runs 200, under ctest label
// "slow").
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <random>
#include <set>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

struct Stats {
  int64_t triples = 0, documents = 0;
};

Stats ReadStats(const std::string& db) {
  auto r = RunKg(db, {"stats", "--json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  return Stats{j["triples"].get<int64_t>(), j["documents"].get<int64_t>()};
}

std::set<std::string> DocIds(const std::string& db) {
  auto r = RunKg(db, {"docs", "--json"});
  REQUIRE(r.exit_code == 0);
  std::set<std::string> ids;
  for (const auto& d : nlohmann::json::parse(r.out)) ids.insert(d["id"].get<std::string>());
  return ids;
}

void ExpectHealthy(const std::string& db, const std::string& context) {
  auto r = RunKg(db, {"check"});
  INFO(context << "\n" << r.out << r.err);
  REQUIRE(r.exit_code == 0);
}

// N-Triples with IRIs unique to `tag`, so an import adds exactly `n` triples.
std::string Triples(const std::string& tag, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string s = "<http://crash.test/" + tag + "/e" + std::to_string(i) + ">";
    std::string o = "<http://crash.test/" + tag + "/e" + std::to_string((i * 7 + 1) % n) + ">";
    out += s + " <http://crash.test/p/r" + std::to_string(i % 30) + "> " + o + " .\n";
    if (i % 10 == 0) out += s + " <http://www.w3.org/2000/01/rdf-schema#label> \"이름 " + std::to_string(i) + "\"@ko .\n";
  }
  return out;
}

int Trials(int fallback) {
  const char* env = std::getenv("KG_CRASH_TRIALS");
  return env && *env ? std::atoi(env) : fallback;
}

void RunCrashTrials(int trials) {
  uint64_t seed = std::random_device{}();
  if (const char* env = std::getenv("KG_CRASH_SEED"); env && *env) seed = std::strtoull(env, nullptr, 10);
  INFO("KG_CRASH_SEED=" << seed);
  std::mt19937_64 rng(seed);

  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  const std::string docs = testing::SourceDir() + "/examples/documents/";
  const std::string ko = testing::ReadFile(docs + "ai-geopolitics.ko.txt");
  const std::string en = testing::ReadFile(docs + "ai-partnerships.en.txt");
  REQUIRE(RunKg(db, {"ingest", docs + "ai-geopolitics.ko.txt"}).exit_code == 0);

  // How long each operation takes unkilled, to spread the kills over its whole run.
  long ingest_us = 0, import_us = 0, forget_us = 0;  // 0 = not measured yet
  int kills = 0, completed = 0;
  int next_doc = 0;
  for (int trial = 0; trial < trials; ++trial) {
    Stats before = ReadStats(db);
    std::set<std::string> docs_before = DocIds(db);
    int op = static_cast<int>(rng() % 3);
    if (op == 2 && docs_before.empty()) op = 0;
    // The first run of each kind is not killed: it measures how long the kind takes.
    bool calibrate = (op == 0 ? ingest_us : op == 1 ? import_us : forget_us) == 0;
    testing::RunOptions options;
    std::vector<std::string> args;
    std::string context;
    int import_n = 0;
    std::vector<std::string> new_docs;
    if (op == 0) {
      // Several documents in one command: each must land whole or not at all.
      args = {"ingest"};
      for (int k = 0; k < 4; ++k) {
        std::string id = "doc" + std::to_string(next_doc++);
        std::string path = tmp.Sub(id + ".txt");
        // Vary the text so no document is "unchanged".
        testing::WriteFile(path, (k % 2 ? en : ko) + "\n" + id + "는 카카오와 협력했다.\n");
        args.push_back(path);
        new_docs.push_back(id);
      }
      if (!calibrate) options.kill_after_us = static_cast<long>(rng() % static_cast<uint64_t>(ingest_us * 11 / 10 + 1));
    } else if (op == 1) {
      import_n = 20000;
      std::string path = tmp.Sub("t" + std::to_string(trial) + ".nt");
      testing::WriteFile(path, Triples("t" + std::to_string(trial), import_n));
      args = {"import", path};
      if (!calibrate) options.kill_after_us = static_cast<long>(rng() % static_cast<uint64_t>(import_us * 11 / 10 + 1));
    } else {
      auto it = docs_before.begin();
      std::advance(it, static_cast<long>(rng() % docs_before.size()));
      args = {"forget", *it};
      if (!calibrate) options.kill_after_us = static_cast<long>(rng() % static_cast<uint64_t>(forget_us * 11 / 10 + 1));
    }
    context = "trial " + std::to_string(trial) + ": kg " + args[0] + " " + args[1] +
              " killed after " + std::to_string(options.kill_after_us) + " us";
    auto start = std::chrono::steady_clock::now();
    auto r = RunKg(db, args, options);
    long took = static_cast<long>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count());
    INFO(context << "\n" << r.err);
    if (r.killed) {
      ++kills;
    } else {
      REQUIRE(r.exit_code == 0);
      ++completed;
      long& slot = op == 0 ? ingest_us : op == 1 ? import_us : forget_us;
      slot = std::max(slot, took);
    }

    ExpectHealthy(db, context);
    Stats after = ReadStats(db);
    std::set<std::string> docs_after = DocIds(db);
    if (op == 1) {
      // All or nothing.
      bool none = after.triples == before.triples;
      bool all = after.triples == before.triples + import_n;
      INFO(context << ": triples " << before.triples << " -> " << after.triples);
      CHECK((none || all));
      if (!r.killed) CHECK(all);
    } else if (op == 0) {
      // Documents land in order, each whole: the ones present are a prefix of the command's.
      size_t present = 0;
      while (present < new_docs.size() && docs_after.count(new_docs[present])) ++present;
      for (size_t k = present; k < new_docs.size(); ++k) CHECK_FALSE(docs_after.count(new_docs[k]));
      if (!r.killed) CHECK(present == new_docs.size());
    } else {
      CHECK(docs_after.size() + 1 >= docs_before.size());
      if (!r.killed) CHECK(docs_after.size() + 1 == docs_before.size());
    }
  }
  // The writer lock does not outlive a killed writer: one more write works.
  testing::WriteFile(tmp.Sub("last.txt"), "마지막으로 네이버는 오픈AI와 협력했다.\n");
  CHECK(RunKg(db, {"ingest", tmp.Sub("last.txt")}).exit_code == 0);
  ExpectHealthy(db, "after the last trial");
  WARN("crash trials: " << trials << " (" << kills << " killed mid-way, " << completed
                        << " finished first), seed " << seed);
}

}  // namespace

TEST_CASE("killed writers leave a whole database", "[crash][e2e]") { RunCrashTrials(Trials(30)); }

TEST_CASE("killed writers leave a whole database (200 trials)", "[.][crash-slow]") {
  RunCrashTrials(Trials(200));
}

}  // namespace kg
