// Every bad input DESIGN.md lists (and the ones found since), as one table run through the
// binary. Each row promises: the exit code, a single clear stderr line naming the file (and
// place) or the database, and a byte-identical logical dump of the database before and after.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <thread>

#include "kg/storage/store.h"
#include "tests/support/db_dump.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

using testing::RunKg;

namespace {

const char kGoodNt[] =
    "<http://e/a> <http://e/p> <http://e/b> .\n"
    "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en .\n";
const char kGoodText[] = "카카오는 오픈AI와 협력했다.\n";

// A database holding one import and one document, and a directory for input files.
struct World {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  World() {
    testing::WriteFile(tmp.Sub("good.nt"), kGoodNt);
    testing::WriteFile(tmp.Sub("good.txt"), kGoodText);
    REQUIRE(RunKg(db, {"import", tmp.Sub("good.nt")}).exit_code == 0);
    REQUIRE(RunKg(db, {"ingest", tmp.Sub("good.txt")}).exit_code == 0);
  }
  std::string File(const std::string& name, const std::string& content) const {
    testing::WriteFile(tmp.Sub(name), content);
    return tmp.Sub(name);
  }
};

struct Row {
  const char* name;
  // Prepares inputs and returns the kg arguments (after --db).
  std::function<std::vector<std::string>(World&)> setup;
  int exit_code;
  const char* expect;  // a substring of the one stderr line
};

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<Row> Rows() {
  using Args = std::vector<std::string>;
  return {
      // ---- files given to import
      {"import: missing file", [](World& w) { return Args{"import", w.tmp.Sub("nope.nt")}; }, 1,
       "nope.nt: no such file"},
      {"import: a directory",
       [](World& w) {
         std::filesystem::create_directories(w.tmp.Sub("dir.nt"));
         return Args{"import", w.tmp.Sub("dir.nt")};
       },
       1, "dir.nt: is a directory"},
      {"import: malformed line",
       [](World& w) { return Args{"import", w.File("bad.nt", std::string(kGoodNt) + "<http://e/a> <http://e/p> .\n")}; },
       1, "bad.nt:3:"},
      {"import: invalid UTF-8",
       [](World& w) { return Args{"import", w.File("bad.nt", "<http://e/a> <http://e/p> \"\xc3\x28\" .\n")}; }, 1,
       "bad.nt:1:28: invalid UTF-8"},
      {"import: NUL bytes (a binary file)",
       [](World& w) { return Args{"import", w.File("bad.nt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10))}; },
       1, "bad.nt:1:1:"},
      {"import: relative IRI",
       [](World& w) { return Args{"import", w.File("bad.nt", "<a> <http://e/p> <http://e/b> .\n")}; }, 1,
       "relative IRI"},
      {"import: Turtle, not N-Triples",
       [](World& w) { return Args{"import", w.File("bad.nt", "@prefix e: <http://e/> .\ne:a e:p e:b .\n")}; }, 1,
       "bad.nt:1:1:"},
      {"import: a 100 MB single line",
       [](World& w) { return Args{"import", w.File("bad.nt", "<http://e/" + std::string(100u << 20, 'a'))}; }, 1,
       "bad.nt:1:"},
      // ---- documents given to ingest
      {"ingest: missing file", [](World& w) { return Args{"ingest", w.tmp.Sub("nope.txt")}; }, 1,
       "nope.txt: no such file"},
      {"ingest: a directory",
       [](World& w) {
         std::filesystem::create_directories(w.tmp.Sub("dir.txt"));
         return Args{"ingest", w.tmp.Sub("dir.txt")};
       },
       1, "dir.txt: is a directory"},
      {"ingest: empty document", [](World& w) { return Args{"ingest", w.File("bad.txt", "")}; }, 1,
       "bad.txt: empty document"},
      {"ingest: only white space", [](World& w) { return Args{"ingest", w.File("bad.txt", " \n\t\n")}; }, 1,
       "bad.txt: empty document"},
      {"ingest: invalid UTF-8 with its byte offset",
       [](World& w) { return Args{"ingest", w.File("bad.txt", "첫 줄.\n둘째 \xff 줄.\n")}; }, 1,
       "bad.txt:2:4: invalid UTF-8 (byte 16)"},
      {"ingest: NUL bytes", [](World& w) { return Args{"ingest", w.File("bad.txt", std::string("abc\0def\n", 8))}; },
       1, "bad.txt: binary file (NUL byte at offset 3)"},
      {"ingest: a 100 MB single line",
       [](World& w) { return Args{"ingest", w.File("bad.txt", std::string(100u << 20, 'a'))}; }, 1,
       "bad.txt:1:1: a line longer than 1 MiB"},
      // ---- lexicons
      {"lexicon: malformed JSON with line and column",
       [](World& w) {
         return Args{"ingest", "--lexicon", w.File("lex.json", "{\"entities\": [\n  {\"name\": \"X\",}\n]}\n"),
                     w.File("new.txt", "네이버는 오픈AI와 협력했다.\n")};
       },
       1, "lex.json:2:16: malformed JSON"},
      {"lexicon: a number too large for a double (found by fuzz_lexicon)",
       [](World& w) {
         return Args{"ingest", "--lexicon", w.File("lex.json", "{\"entities\": [\n  {\"rank\": 1e999}]}\n"),
                     w.File("new.txt", "네이버.\n")};
       },
       1, "lex.json:2:12: malformed JSON: number overflow parsing '1e999'"},
      {"lexicon: the wrong shape",
       [](World& w) {
         return Args{"ingest", "--lexicon", w.File("lex.json", "[{\"name\": 3}]\n"), w.File("new.txt", "네이버.\n")};
       },
       1, "lex.json: a lexicon is an object with an \"entities\" list"},
      {"lexicon: aliases of the wrong type",
       [](World& w) {
         return Args{"ingest", "--lexicon",
                     w.File("lex.json", "{\"entities\": [{\"name\": \"X\", \"aliases\": 5}]}"),
                     w.File("new.txt", "네이버.\n")};
       },
       1, "lex.json: entities[0]: 'aliases' must be"},
      {"lexicon: missing file",
       [](World& w) { return Args{"ingest", "--lexicon", w.tmp.Sub("none.json"), w.File("new.txt", "네이버.\n")}; },
       1, "none.json: no such file"},
      {"lexicon add: an empty name (a usage error)", [](World&) { return Args{"lexicon", "add", ""}; }, 2,
       "a lexicon entry needs a name"},
      // ---- queries
      {"query: does not parse", [](World&) { return Args{"query", "?x partnered_with"}; }, 1, "error:"},
      {"query: unknown entity", [](World&) { return Args{"query", "who partnered with OpenAl?"}; }, 1,
       "no entity 'OpenAl'"},
      {"query: a batch file with an error names the line",
       [](World& w) { return Args{"query", "-f", w.File("q.kgq", "# header\nwho partnered with OpenAI?\n?x zz_nope ?y\n")}; },
       1, "q.kgq:3:4: no relation 'zz_nope'"},
      {"query: non-UTF-8 in a batch file",
       [](World& w) { return Args{"query", "-f", w.File("q.kgq", "who partnered with \xff\xfe?\n")}; }, 1,
       "q.kgq:1: invalid UTF-8 in the query at byte 19"},
      {"query: non-UTF-8 on the command line", [](World&) { return Args{"query", "who partnered with \xff"}; }, 1,
       "invalid UTF-8 in the query"},
      {"query: 1 MB long",
       [](World& w) { return Args{"query", "-f", w.File("q.kgq", "who partnered with " + std::string(1u << 20, 'a') + "\n")}; },
       1, "(1048576 characters)"},
      {"query: a pattern of 5000 atoms that cannot match",
       [](World& w) {
         std::string q = "?x0 zz_none ?x1";
         for (int i = 1; i < 5000; ++i) q += ", ?x" + std::to_string(i) + " partnered_with ?x" + std::to_string(i + 1);
         return Args{"query", "-f", w.File("q.kgq", q + "\n")};
       },
       1, "no relation 'zz_none'"},
      {"query: deeply nested quotes and brackets",
       [](World& w) { return Args{"query", "-f", w.File("q.kgq", Repeat("[", 100000) + "\n")}; }, 1, "q.kgq:1:"},
      {"query: a path longer than allowed", [](World&) { return Args{"query", "path Kakao -> OpenAI max 100"}; }, 1,
       "max hops must be between 1 and 8"},
      {"query: batch file missing", [](World& w) { return Args{"query", "-f", w.tmp.Sub("none.kgq")}; }, 1,
       "none.kgq"},
      // ---- the database itself
      {"forget: no such document", [](World&) { return Args{"forget", "nope"}; }, 1, "nope"},
  };
}

void RunRow(const Row& row) {
  World w;
  std::vector<std::string> args = row.setup(w);
  std::string before = testing::DumpDatabase(w.db);
  auto r = RunKg(w.db, args);
  INFO(row.name << "\nstderr: " << r.err.substr(0, 2000));
  CHECK(r.exit_code == row.exit_code);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(row.expect) != std::string::npos);
  CHECK(lines[0].size() < 400);  // one readable line, whatever the input
  CHECK(testing::DumpDatabase(w.db) == before);
}

}  // namespace

TEST_CASE("every bad input: one clear line, non-zero exit, database unchanged", "[bad_input][e2e]") {
  for (const Row& row : Rows()) {
    SECTION(row.name) { RunRow(row); }
  }
}

TEST_CASE("with several files the good ones are ingested and the bad ones reported",
          "[bad_input][ingest][e2e]") {
  World w;
  std::string a = w.File("a.txt", "네이버는 오픈AI와 협력했다.\n");
  std::string nul = w.File("nul.txt", std::string("x\0y", 3));
  std::string empty = w.File("empty.txt", "");
  auto r = RunKg(w.db, {"ingest", nul, a, empty});
  CHECK(r.exit_code == 1);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "error: " + nul + ": binary file (NUL byte at offset 1)");
  CHECK(lines[1].find("empty.txt: empty document") != std::string::npos);
  CHECK(r.out.find("ingested a:") != std::string::npos);
  CHECK(r.out.find("1 ingested, 0 unchanged, 2 failed") != std::string::npos);
  auto docs = RunKg(w.db, {"docs"});
  CHECK(docs.out.find("a\t") != std::string::npos);
  CHECK(docs.out.find("nul") == std::string::npos);
}

TEST_CASE("a file truncated while it is imported is all or nothing", "[bad_input][e2e]") {
  World w;
  std::string big;
  for (int i = 0; i < 200000; ++i) {
    big += "<http://t/e" + std::to_string(i) + "> <http://t/p> <http://t/e" + std::to_string(i + 1) + "> .\n";
  }
  std::string path = w.File("big.nt", big);
  std::string before = testing::DumpDatabase(w.db);
  testing::RunResult r;
  std::thread importer([&] { r = RunKg(w.db, {"import", path}); });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  REQUIRE(::truncate(path.c_str(), static_cast<off_t>(big.size() / 2 + 17)) == 0);  // mid-line
  importer.join();
  INFO(r.err);
  if (r.exit_code != 0) {
    CHECK(r.ErrLines().size() == 1);
    CHECK(r.err.find("big.nt:") != std::string::npos);
    CHECK(testing::DumpDatabase(w.db) == before);
  }
  CHECK(RunKg(w.db, {"check"}).exit_code == 0);
}

TEST_CASE("a file removed while it is ingested is read whole or reported", "[bad_input][e2e]") {
  World w;
  std::string path = w.File("doc.txt", kGoodText);
  std::thread remover([&] { std::filesystem::remove(path); });
  auto r = RunKg(w.db, {"ingest", "--id", "gone", path});
  remover.join();
  if (r.exit_code != 0) CHECK(r.ErrLines().size() == 1);
  CHECK(RunKg(w.db, {"check"}).exit_code == 0);
}

TEST_CASE("a database locked by another writer is reported, not corrupted", "[bad_input][e2e]") {
  World w;
  std::string before = testing::DumpDatabase(w.db);
  {
    Store::OpenOptions o;
    o.mode = Store::Mode::kReadWrite;
    auto holder = Store::Open(w.db, o);  // this process is "the other writer"
    REQUIRE_OK(holder);
    for (std::vector<std::string> args : {std::vector<std::string>{"import", w.File("more.nt", kGoodNt)},
                                          {"ingest", w.File("more.txt", "네이버는 오픈AI와 협력했다.\n")},
                                          {"forget", "good"},
                                          {"lexicon", "add", "Foo"}}) {
      auto r = RunKg(w.db, args);
      CHECK(r.exit_code == 1);
      auto lines = r.ErrLines();
      REQUIRE(lines.size() == 1);
      CHECK(lines[0] == "error: database '" + w.db + "' is being written by another kg process");
    }
    // Readers still work while it is held.
    CHECK(RunKg(w.db, {"stats"}).exit_code == 0);
    CHECK(RunKg(w.db, {"query", "who partnered with OpenAI"}).out.find("Kakao") != std::string::npos);
  }
  CHECK(testing::DumpDatabase(w.db) == before);
}

TEST_CASE("a database of another schema version is refused", "[bad_input][e2e]") {
  World w;
  {
    Store::OpenOptions o;
    o.mode = Store::Mode::kReadWrite;
    auto s = Store::Open(w.db, o);
    REQUIRE_OK(s);
    WriteSet ws;
    ws.Put(Cf::kMeta, kMetaSchema, std::to_string(kSchemaVersion + 1));
    REQUIRE_OK((*s)->Write(ws));
  }
  std::string before = testing::DumpDatabase(w.db);
  for (std::vector<std::string> args :
       {std::vector<std::string>{"stats"}, {"import", w.tmp.Sub("good.nt")}, {"export"}, {"query", "about Kakao"},
        {"ingest", w.tmp.Sub("good.txt")}, {"check"}}) {
    auto r = RunKg(w.db, args);
    INFO(args[0]);
    CHECK(r.exit_code == 1);
    auto lines = r.ErrLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("schema version " + std::to_string(kSchemaVersion + 1) +
                        "; this kg reads version " + std::to_string(kSchemaVersion)) !=
          std::string::npos);
  }
  CHECK(testing::DumpDatabase(w.db) == before);
}

TEST_CASE("a path that is not a database is refused and left alone", "[bad_input][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("good.nt"), kGoodNt);
  testing::WriteFile(tmp.Sub("plain-file"), "not a database\n");
  testing::WriteFile(tmp.Sub("photos/cat.jpg"), "meow");
  for (const std::string& path : {tmp.Sub("plain-file"), tmp.Sub("photos")}) {
    for (std::vector<std::string> args :
         {std::vector<std::string>{"stats"}, {"import", tmp.Sub("good.nt")}, {"query", "about X"}}) {
      auto r = RunKg(path, args);
      INFO(path << " " << args[0] << ": " << r.err);
      CHECK(r.exit_code == 1);
      auto lines = r.ErrLines();
      REQUIRE(lines.size() == 1);
      CHECK(lines[0].find("is not a kg database") != std::string::npos);
    }
  }
  CHECK(testing::ReadFile(tmp.Sub("plain-file")) == "not a database\n");
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.Sub("photos")),
                      std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("a failed first import leaves no database behind", "[bad_input][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("bad.nt"), "<http://e/a> <http://e/p> <http://e/b>\n");
  auto r = RunKg(tmp.Sub("g.db"), {"import", tmp.Sub("bad.nt")});
  CHECK(r.exit_code == 1);
  CHECK(r.ErrLines().size() == 1);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("g.db")));
}

TEST_CASE("reading a database that does not exist says so", "[bad_input][e2e]") {
  testing::TempDir tmp;
  for (std::vector<std::string> args : {std::vector<std::string>{"stats"}, {"query", "about X"}, {"check"}}) {
    auto r = RunKg(tmp.Sub("none.db"), args);
    CHECK(r.exit_code == 1);
    auto lines = r.ErrLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("no database at") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("none.db")));
}

// Permissions bind an ordinary user, not root: run as root (as CI does), these tests give
// their files to "nobody" and run kg as nobody (RunOptions::unprivileged).
TEST_CASE("a database directory without write permission still answers queries",
          "[bad_input][e2e]") {
  World w;
  testing::GiveToUnprivileged(w.tmp.path());
  testing::RunOptions as_user;
  as_user.unprivileged = true;
  std::string before = testing::DumpDatabase(w.db);
  std::string doc = w.File("new.txt", "네이버는 오픈AI와 협력했다.\n");
  testing::GiveToUnprivileged(doc);
  std::filesystem::permissions(w.db, std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::remove);
  auto q = RunKg(w.db, {"query", "who partnered with OpenAI"}, as_user);
  INFO(q.err);
  CHECK(q.exit_code == 0);
  CHECK(q.out.find("Kakao") != std::string::npos);
  auto write = RunKg(w.db, {"ingest", doc}, as_user);
  INFO(write.err);
  CHECK(write.exit_code == 1);
  REQUIRE(write.ErrLines().size() == 1);
  CHECK(write.err.find(w.db) != std::string::npos);
  CHECK(write.err.find("Permission denied") != std::string::npos);
  std::filesystem::permissions(w.db, std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  CHECK(testing::DumpDatabase(w.db) == before);
}

TEST_CASE("an unreadable input file", "[bad_input][e2e]") {
  World w;
  testing::GiveToUnprivileged(w.tmp.path());
  testing::RunOptions as_user;
  as_user.unprivileged = true;
  std::string before = testing::DumpDatabase(w.db);
  std::string path = w.File("secret.txt", kGoodText);
  testing::GiveToUnprivileged(path);
  std::filesystem::permissions(path, std::filesystem::perms::none);
  for (const char* cmd : {"ingest", "import"}) {
    auto r = RunKg(w.db, {cmd, path}, as_user);
    INFO(cmd << ": " << r.err);
    CHECK(r.exit_code == 1);
    REQUIRE(r.ErrLines().size() == 1);
    CHECK(r.err.find("secret.txt: cannot read") != std::string::npos);
  }
  CHECK(testing::DumpDatabase(w.db) == before);
}

}  // namespace kg
