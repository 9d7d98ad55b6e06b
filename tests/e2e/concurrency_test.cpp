// Readers are never blocked by a writer, with real processes: while one `kg import` runs,
// `kg query` and `kg repl` in other processes answer from the last committed state, and a
// second writer is told the database is being written instead of getting a RocksDB error.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "kg/storage/store.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

using testing::RunKg;

namespace {

std::string BigImport(int n) {
  std::string out;
  out.reserve(static_cast<size_t>(n) * 80);
  for (int i = 0; i < n; ++i) {
    out += "<http://big/e" + std::to_string(i) + "> <http://big/p" + std::to_string(i % 20) +
           "> <http://big/e" + std::to_string((i * 31 + 7) % n) + "> .\n";
  }
  return out;
}

// Whether some process holds a lock on `path`, read from /proc/locks so that looking does not
// take the lock (a probing flock could make the writer's own attempt fail).
bool SomeoneLocks(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return false;
  std::string inode(1, ':');
  inode += std::to_string(st.st_ino);
  inode += ' ';
  std::ifstream locks("/proc/locks");
  std::string line;
  while (std::getline(locks, line)) {
    if (line.find(inode) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("queries and the REPL answer while another process writes", "[concurrency][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  REQUIRE(RunKg(db, {"ingest", testing::SourceDir() + "/examples/documents/ai-geopolitics.ko.txt"})
              .exit_code == 0);
  testing::WriteFile(tmp.Sub("big.nt"), BigImport(800000));
  // The second writer's document says nothing the loop's questions ask about, so whether it
  // lands before or after the import the answers stay the same.
  testing::WriteFile(tmp.Sub("other.txt"), "네이버는 라인을 인수했다.\n");

  std::atomic<bool> writing{true};
  testing::RunResult import_result;
  std::thread writer([&] {
    import_result = RunKg(db, {"import", tmp.Sub("big.nt")});
    writing = false;
  });
  // The loop starts once the import holds the writer lock: a second writer that got there
  // first would make the import itself the one told the database is busy.
  std::string lock = db + "/kg.lock";
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (writing && !SomeoneLocks(lock) && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }

  int answered_during = 0, busy_seen = 0;
  while (writing) {
    auto q = RunKg(db, {"query", "who partnered with OpenAI?"});
    bool during = writing;
    INFO(q.err);
    CHECK(q.exit_code == 0);
    CHECK(q.out == "who\n-----\nKakao\n");
    if (during) ++answered_during;

    // The second writer tries right after a query, while the import surely holds the lock;
    // trying after the REPL as well let a loaded machine finish the import first.
    auto second = RunKg(db, {"ingest", tmp.Sub("other.txt")});
    if (writing && second.exit_code != 0) {
      auto lines = second.ErrLines();
      REQUIRE(lines.size() == 1);
      CHECK(lines[0] == "error: database '" + db + "' is being written by another kg process");
      ++busy_seen;
    }

    testing::RunOptions repl_in;
    repl_in.stdin_data = "who is the CEO of OpenAI?\n.stats\n";
    auto repl = RunKg(db, {"repl"}, repl_in);
    CHECK(repl.exit_code == 0);
    CHECK(repl.out.find("Sam Altman") != std::string::npos);
  }
  writer.join();
  REQUIRE(import_result.exit_code == 0);
  CHECK(answered_during >= 1);
  CHECK(busy_seen >= 1);
  // Once the writer is done its triples are visible, and the second writer can go ahead.
  auto after = RunKg(db, {"query", "count ?s <http://big/p0> ?o"});
  CHECK(after.out.find("40000") != std::string::npos);
  CHECK(RunKg(db, {"ingest", tmp.Sub("other.txt")}).exit_code == 0);
  CHECK(RunKg(db, {"check"}).exit_code == 0);
}

TEST_CASE("a reader sees each commit of a writer that stays open", "[concurrency][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("a.nt"), "<http://e/a> <http://e/knows> <http://e/b> .\n");
  REQUIRE(RunKg(db, {"import", tmp.Sub("a.nt")}).exit_code == 0);

  Store::OpenOptions o;
  o.mode = Store::Mode::kReadWrite;
  auto writer = Store::Open(db, o);  // this process holds the writer lock throughout
  REQUIRE_OK(writer);
  CHECK(RunKg(db, {"query", "count ?s ?p ?o"}).out.find("1") != std::string::npos);

  // A commit by the open writer (a counter, as every write updates one) is seen by the next
  // reader process without the writer closing.
  WriteSet w;
  w.Put(Cf::kMeta, kMetaDocuments, EncodeCounter(7));
  REQUIRE_OK((*writer)->Write(w));
  auto stats = RunKg(db, {"stats"});
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.find("documents   7") != std::string::npos);
}

}  // namespace kg
