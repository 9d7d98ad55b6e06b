// Full disk: every writing command runs with a shim (tests/fault/enospc_shim.c, LD_PRELOAD)
// that lets files take N bytes and then fails writes with ENOSPC, for N spread over the
// command's whole run (measured first). At every point the command either finishes (exit 0,
// its whole change) or fails with one error line naming the full disk (exit 1) and leaves the
// database exactly as it was; either way `kg check` is clean and the next writer succeeds.
//
// KG_ENOSPC_POINTS sets the points per command (8 by default; the [full-disk-slow] case
// sweeps 60, under ctest label "slow").
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>

#include "tests/support/db_dump.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

const char kNt[] =
    "<http://e/a> <http://e/p> <http://e/b> .\n"
    "<http://e/b> <http://e/q> \"열\"@ko .\n"
    "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en .\n";

// A database holding one import, one document and one lexicon entry, copied for each point.
struct Fixture {
  testing::TempDir tmp;
  std::string base = tmp.Sub("base.db");
  std::string doc = tmp.Sub("new.txt");
  std::string more_nt = tmp.Sub("more.nt");
  Fixture() {
    testing::WriteFile(tmp.Sub("base.nt"), kNt);
    std::string text =
        testing::ReadFile(testing::SourceDir() + "/examples/documents/ai-partnerships.en.txt");
    testing::WriteFile(tmp.Sub("old.txt"), text);
    testing::WriteFile(
        doc, testing::ReadFile(testing::SourceDir() + "/examples/documents/ai-geopolitics.ko.txt"));
    std::string nt;
    for (int i = 0; i < 3000; ++i) {
      nt += "<http://full.test/e" + std::to_string(i) + "> <http://full.test/p" +
            std::to_string(i % 7) + "> <http://full.test/e" + std::to_string(i * 13 % 3000) +
            "> .\n";
    }
    testing::WriteFile(more_nt, nt);
    REQUIRE(RunKg(base, {"import", tmp.Sub("base.nt")}).exit_code == 0);
    REQUIRE(RunKg(base, {"ingest", tmp.Sub("old.txt")}).exit_code == 0);
    REQUIRE(RunKg(base, {"lexicon", "add", "Foo Labs", "--alias", "푸랩@ko"}).exit_code == 0);
  }
  // A fresh copy of the base database (or, for a command on a new path, no database).
  std::string Prepare(const std::string& name, bool fresh) const {
    std::string db = tmp.Sub(name);
    if (!fresh) std::filesystem::copy(base, db, std::filesystem::copy_options::recursive);
    return db;
  }
};

struct Command {
  const char* name;
  bool fresh;  // on a new path: the command creates the database
  std::function<std::vector<std::string>(const Fixture&)> args;
};

std::vector<Command> Commands() {
  using Args = std::vector<std::string>;
  return {
      {"ingest", false,
       [](const Fixture& f) {
         return Args{"ingest", f.doc};
       }},
      {"import", false,
       [](const Fixture& f) {
         return Args{"import", f.more_nt};
       }},
      {"forget", false,
       [](const Fixture&) {
         return Args{"forget", "old"};
       }},
      {"lexicon add", false,
       [](const Fixture&) {
         return Args{"lexicon", "add", "Bar Corp", "--alias", "바코프@ko"};
       }},
      {"lexicon remove", false,
       [](const Fixture&) {
         return Args{"lexicon", "remove", "Foo Labs"};
       }},
      {"first ingest", true,
       [](const Fixture& f) {
         return Args{"ingest", f.doc};
       }},
      {"first import", true,
       [](const Fixture& f) {
         return Args{"import", f.more_nt};
       }},
  };
}

int Points(int fallback) {
  const char* env = std::getenv("KG_ENOSPC_POINTS");
  return env && *env ? std::atoi(env) : fallback;
}

testing::RunOptions WithShim(const std::string& var, const std::string& value) {
  testing::RunOptions options;
  options.env["LD_PRELOAD"] = KG_ENOSPC_SHIM;
  options.env[var] = value;
  return options;
}

// What a command leaves when it fails (`before`) and when it finishes (`after`, DumpContent).
struct Expectation {
  std::string before, after;
  bool fresh = false;
};

// The oracle at one point: finished with the whole change (a close that failed afterwards is
// one warning line, its changes saved), or exit 1 with one line naming the full disk and the
// database as it was.
struct Tally {
  int points = 0, finished = 0, warned = 0;  // warned: finished, then closing failed
};
void CheckOutcome(const testing::RunResult& r, const std::string& db, const Expectation& e,
                  Tally* tally) {
  auto lines = r.ErrLines();
  ++tally->points;
  if (r.exit_code == 0) {
    ++tally->finished;
    CHECK(lines.size() <= 1);
    if (!lines.empty()) {
      ++tally->warned;
      CHECK(lines[0].rfind("warning: ", 0) == 0);
    }
    CHECK(testing::DumpContent(db) == e.after);
    return;
  }
  CHECK(r.exit_code == 1);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("No space left on device") != std::string::npos);
  CHECK(lines[0].size() < 400);
  std::string now = testing::DumpDatabase(db);
  // A new path may keep the empty database when the disk is too full even to mark it for
  // removal (db_dir.h): still a whole database, empty.
  bool empty_db = e.fresh && now.find("meta ") == 0 && now.find("terms ") == std::string::npos;
  if (!empty_db) CHECK(now == e.before);
}

// With space again: the next writer succeeds and the database is whole.
void CheckUsable(const std::string& db) {
  auto next = RunKg(db, {"lexicon", "add", "Next Writer"});
  INFO("the next writer: " << next.err);
  CHECK(next.exit_code == 0);
  auto check = RunKg(db, {"check"});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
}

// Runs `command` with unlimited space and the shim counting: how many bytes it writes.
long long Measure(const Fixture& f, const Command& command, Expectation* e) {
  std::string measured = f.Prepare(std::string(command.name) + "-measured.db", command.fresh);
  std::string report = f.tmp.Sub("report.txt");
  auto first = RunKg(measured, command.args(f), WithShim("KG_ENOSPC_REPORT", report));
  INFO(command.name << ": " << first.err);
  REQUIRE(first.exit_code == 0);
  e->after = testing::DumpContent(measured);
  e->before = command.fresh ? "<absent>" : testing::DumpDatabase(f.base);
  e->fresh = command.fresh;
  std::filesystem::remove_all(measured);
  return std::atoll(testing::ReadFile(report).c_str());
}

// Runs `command` at `points` budgets from 0 to the bytes it writes.
void Sweep(const Fixture& f, const Command& command, int points, Tally* tally) {
  Expectation e;
  const long long total = Measure(f, command, &e);
  REQUIRE(total > 0);
  for (int i = 0; i < points; ++i) {
    // Evenly over the run, nudged off round numbers (buffers flush at powers of two).
    long long budget = total * i / points + (i == 0 ? 0 : (i * 7919) % 997);
    std::string db =
        f.Prepare(std::string(command.name) + "-" + std::to_string(i) + ".db", command.fresh);
    auto r = RunKg(db, command.args(f), WithShim("KG_ENOSPC_AFTER", std::to_string(budget)));
    INFO(command.name << " with " << budget << " of " << total << " bytes: exit " << r.exit_code
                      << "\n"
                      << r.err);
    CheckOutcome(r, db, e, tally);
    CheckUsable(db);
    std::filesystem::remove_all(db);
  }
}

void RunSweeps(int points) {
  for (const Command& command : Commands()) {
    SECTION(command.name) {
      Fixture f;
      Tally t;
      Sweep(f, command, points, &t);
      WARN("full disk, " << command.name << ": " << t.points << " points (" << t.finished
                         << " finished, " << t.warned << " of them warning that closing failed; "
                         << t.points - t.finished << " failed cleanly)");
    }
  }
}

// A tmpfs of `bytes` mounted at `dir` for the life of the object, where this process may
// mount (as root, as CI runs); mounted() false otherwise, with why().
class Tmpfs {
 public:
  Tmpfs(const std::string& dir, size_t bytes) : dir_(dir) {
    std::filesystem::create_directories(dir);
    std::string data = "size=" + std::to_string(bytes) + ",mode=0755";
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, data.c_str()) == 0;
    if (!mounted_) why_ = std::strerror(errno);
  }
  ~Tmpfs() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  const std::string& why() const { return why_; }

  // Fills the file system up to `headroom` free bytes with one file.
  void FillLeaving(size_t headroom) const {
    struct statvfs st {};
    REQUIRE(::statvfs(dir_.c_str(), &st) == 0);
    size_t free_bytes = static_cast<size_t>(st.f_bavail) * st.f_frsize;
    size_t left = free_bytes > headroom ? free_bytes - headroom : 0;
    int fd = ::open((dir_ + "/filler").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    std::string chunk(1 << 16, 'x');
    while (left > 0) {
      ssize_t n = ::write(fd, chunk.data(), std::min(left, chunk.size()));
      if (n <= 0) break;
      left -= static_cast<size_t>(n);
    }
    ::close(fd);
  }
  void Unfill() const { std::filesystem::remove(dir_ + "/filler"); }

 private:
  std::string dir_;
  bool mounted_ = false;
  std::string why_;
};

}  // namespace

// The kernel's own ENOSPC from a small file system filled to within a few KiB of its end
// before each command: covers what the shim cannot see (rename, link, glibc's own writes).
TEST_CASE("a real file system that runs out of space fails a command cleanly", "[full-disk][e2e]") {
  Fixture f;
  Tmpfs fs(f.tmp.Sub("mnt"), 32u << 20);
  if (!fs.mounted()) {
    WARN("cannot mount a tmpfs here (" << fs.why() << "): the LD_PRELOAD sweep tests alone");
    return;
  }
  Tally t;
  for (const Command& command : Commands()) {
    if (std::string(command.name).find("lexicon") != std::string::npos) continue;
    Expectation e;
    (void)Measure(f, command, &e);
    for (size_t headroom : {0u, 4u << 10, 24u << 10, 96u << 10, 256u << 10, 1u << 20}) {
      std::string db = f.tmp.Sub("mnt/g.db");
      if (!command.fresh)
        std::filesystem::copy(f.base, db, std::filesystem::copy_options::recursive);
      fs.FillLeaving(headroom);
      auto r = RunKg(db, command.args(f));
      INFO(command.name << " with " << headroom << " bytes free: exit " << r.exit_code << "\n"
                        << r.err);
      CheckOutcome(r, db, e, &t);
      fs.Unfill();
      CheckUsable(db);
      std::filesystem::remove_all(db);
    }
  }
  WARN("full tmpfs: " << t.points << " points (" << t.finished << " finished, " << t.warned
                      << " of them warning that closing failed; " << t.points - t.finished
                      << " failed cleanly)");
}

TEST_CASE("a full disk fails a command cleanly at every point", "[full-disk][e2e]") {
  RunSweeps(Points(8));
}

TEST_CASE("a full disk fails a command cleanly at every point (slow sweep)",
          "[.][full-disk-slow]") {
  RunSweeps(Points(60));
}

}  // namespace kg
