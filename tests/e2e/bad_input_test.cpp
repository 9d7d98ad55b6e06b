// Every bad input that applies to import and opening a database: one clear line on stderr,
// a non-zero exit, and the database exactly as it was.
#include <catch2/catch.hpp>
#include <filesystem>

#include "kg/store.h"
#include "tests/support/db_dump.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

using testing::RunKg;

namespace {

const char kGood[] =
    "<http://e/a> <http://e/p> <http://e/b> .\n"
    "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en .\n";

struct Case {
  const char* name;
  std::string file_content;  // written to the input file unless special
  const char* expect_in_error;
};

// Runs `kg import PATH` against a database holding kGood; checks the three promises.
void ExpectRefused(const std::string& input_path, const std::string& expect, int exit_code = 1) {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("good.nt"), kGood);
  REQUIRE(RunKg(db, {"import", tmp.Sub("good.nt")}).exit_code == 0);
  std::string before = testing::DumpDatabase(db);
  auto r = RunKg(db, {"import", input_path});
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == exit_code);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(expect) != std::string::npos);
  CHECK(testing::DumpDatabase(db) == before);
}

}  // namespace

TEST_CASE("bad import inputs leave the database unchanged", "[bad_input][e2e]") {
  testing::TempDir inputs;
  const std::vector<Case> cases = {
      {"malformed line", std::string(kGood) + "<http://e/a> <http://e/p> .\n", "bad.nt:3:"},
      {"invalid UTF-8", "<http://e/a> <http://e/p> \"\xc3\x28\" .\n", "bad.nt:1:28: invalid UTF-8"},
      {"binary file", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12) + "\x01\x02\x03",
       "bad.nt:1:1:"},
      {"relative IRI", "<a> <http://e/p> <http://e/b> .\n", "relative IRI"},
      {"turtle, not N-Triples", "@prefix e: <http://e/> .\ne:a e:p e:b .\n", "bad.nt:1:1:"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      std::string path = inputs.Sub("bad.nt");
      testing::WriteFile(path, c.file_content);
      ExpectRefused(path, c.expect_in_error);
    }
  }
  SECTION("missing file") { ExpectRefused(inputs.Sub("nope.nt"), "nope.nt: no such file"); }
  SECTION("a directory") {
    std::filesystem::create_directories(inputs.Sub("dir.nt"));
    ExpectRefused(inputs.Sub("dir.nt"), "is a directory");
  }
  SECTION("an unreadable file") {
    if (::geteuid() != 0) {  // root reads everything
      testing::WriteFile(inputs.Sub("secret.nt"), kGood);
      std::filesystem::permissions(inputs.Sub("secret.nt"), std::filesystem::perms::none);
      ExpectRefused(inputs.Sub("secret.nt"), "cannot read");
    }
  }
}

TEST_CASE("a failed first import leaves no database behind", "[bad_input][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("bad.nt"), "<http://e/a> <http://e/p> <http://e/b>\n");
  auto r = RunKg(tmp.Sub("g.db"), {"import", tmp.Sub("bad.nt")});
  CHECK(r.exit_code == 1);
  CHECK(r.ErrLines().size() == 1);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("g.db")));
}

TEST_CASE("a database locked by another writer is reported, not corrupted", "[bad_input][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("good.nt"), kGood);
  REQUIRE(RunKg(db, {"import", tmp.Sub("good.nt")}).exit_code == 0);
  std::string before = testing::DumpDatabase(db);
  {
    Store::OpenOptions o;
    o.mode = Store::Mode::kReadWrite;
    auto holder = Store::Open(db, o);  // this process is "the other writer"
    REQUIRE_OK(holder);
    testing::WriteFile(tmp.Sub("more.nt"), "<http://e/c> <http://e/p> <http://e/d> .\n");
    auto r = RunKg(db, {"import", tmp.Sub("more.nt")});
    CHECK(r.exit_code == 1);
    auto lines = r.ErrLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "error: database '" + db + "' is being written by another kg process");
    // Readers still work while it is held.
    auto stats = RunKg(db, {"stats"});
    CHECK(stats.exit_code == 0);
  }
  CHECK(testing::DumpDatabase(db) == before);
}

TEST_CASE("a database of another schema version is refused", "[bad_input][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("good.nt"), kGood);
  REQUIRE(RunKg(db, {"import", tmp.Sub("good.nt")}).exit_code == 0);
  {
    Store::OpenOptions o;
    o.mode = Store::Mode::kReadWrite;
    auto s = Store::Open(db, o);
    REQUIRE_OK(s);
    WriteSet w;
    w.Put(Cf::kMeta, kMetaSchema, "2");
    REQUIRE_OK((*s)->Write(w));
  }
  std::string before = testing::DumpDatabase(db);
  for (std::vector<std::string> args : {std::vector<std::string>{"stats"},
                                        {"import", tmp.Sub("good.nt")},
                                        {"export"}}) {
    auto r = RunKg(db, args);
    CHECK(r.exit_code == 1);
    auto lines = r.ErrLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("schema version 2; this kg reads version 1") != std::string::npos);
  }
  CHECK(testing::DumpDatabase(db) == before);
}

TEST_CASE("a path that is not a database is refused and left alone", "[bad_input][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("good.nt"), kGood);
  testing::WriteFile(tmp.Sub("plain-file"), "not a database\n");
  testing::WriteFile(tmp.Sub("photos/cat.jpg"), "meow");
  for (const std::string& path : {tmp.Sub("plain-file"), tmp.Sub("photos")}) {
    for (std::vector<std::string> args :
         {std::vector<std::string>{"stats"}, {"import", tmp.Sub("good.nt")}}) {
      auto r = RunKg(path, args);
      INFO(path << " " << args[0] << ": " << r.err);
      CHECK(r.exit_code == 1);
      auto lines = r.ErrLines();
      REQUIRE(lines.size() == 1);
      CHECK(lines[0].find("is not a kg database") != std::string::npos);
    }
  }
  CHECK(testing::ReadFile(tmp.Sub("plain-file")) == "not a database\n");
  CHECK(std::filesystem::directory_iterator(tmp.Sub("photos"))->path().filename() == "cat.jpg");
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.Sub("photos")),
                      std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("reading a database that does not exist says so", "[bad_input][e2e]") {
  testing::TempDir tmp;
  auto r = RunKg(tmp.Sub("none.db"), {"stats"});
  CHECK(r.exit_code == 1);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("no database at") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("none.db")));
}

}  // namespace kg
