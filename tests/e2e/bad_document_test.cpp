// Bad documents and lexicons given to `kg ingest`: one clear stderr line naming the file
// (and the place), a non-zero exit, and the database exactly as it was; with several
// files the good ones still go in.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>

#include "tests/support/db_dump.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

const char kGoodText[] = "카카오는 오픈AI와 협력했다.\n";

struct Db {
  testing::TempDir tmp;
  std::string path = tmp.Sub("g.db");
  Db() {
    testing::WriteFile(tmp.Sub("good.txt"), kGoodText);
    REQUIRE(RunKg(path, {"ingest", tmp.Sub("good.txt")}).exit_code == 0);
  }
};

void ExpectRefused(const Db& db, const std::vector<std::string>& args, const std::string& expect) {
  std::string before = testing::DumpDatabase(db.path);
  std::vector<std::string> argv = {"ingest"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto r = RunKg(db.path, argv);
  INFO("stderr: " << r.err);
  CHECK(r.exit_code == 1);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find(expect) != std::string::npos);
  CHECK(testing::DumpDatabase(db.path) == before);
}

}  // namespace

TEST_CASE("bad documents leave the database unchanged", "[bad_input][ingest][e2e]") {
  Db db;
  struct Case {
    const char* name;
    std::string content;
    const char* expect;
  };
  const std::vector<Case> cases = {
      {"empty", "", "bad.txt: empty document"},
      {"only white space", "  \n\t\n", "bad.txt: empty document"},
      {"invalid UTF-8", "오픈AI는 \xc3\x28 카카오와 협력했다.\n", "bad.txt:1:7: invalid UTF-8 (byte 12)"},
      {"invalid UTF-8 on a later line", "첫 줄.\n둘째 \xff 줄.\n", "bad.txt:2:4: invalid UTF-8 (byte 16)"},
      {"NUL bytes", std::string("abc\0def\n", 8), "bad.txt:1:4: NUL byte"},
      {"a binary file", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10), "bad.txt:1:8: NUL byte"},
      {"a 100 MB single line", std::string(100u << 20, 'a'), "bad.txt:1:1: a line longer than 1 MiB"},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      testing::WriteFile(db.tmp.Sub("bad.txt"), c.content);
      ExpectRefused(db, {db.tmp.Sub("bad.txt")}, c.expect);
    }
  }
  SECTION("missing file") { ExpectRefused(db, {db.tmp.Sub("nope.txt")}, "nope.txt: no such file"); }
  SECTION("a directory") {
    std::filesystem::create_directories(db.tmp.Sub("dir.txt"));
    ExpectRefused(db, {db.tmp.Sub("dir.txt")}, "dir.txt: is a directory");
  }
  SECTION("an unreadable file") {
    if (::geteuid() != 0) {  // root reads everything
      testing::WriteFile(db.tmp.Sub("secret.txt"), kGoodText);
      std::filesystem::permissions(db.tmp.Sub("secret.txt"), std::filesystem::perms::none);
      ExpectRefused(db, {db.tmp.Sub("secret.txt")}, "secret.txt: cannot read");
    }
  }
}

TEST_CASE("a bad lexicon is reported with its place and nothing is ingested",
          "[bad_input][ingest][lexicon][e2e]") {
  Db db;
  testing::WriteFile(db.tmp.Sub("new.txt"), "네이버는 오픈AI와 협력했다.\n");
  SECTION("malformed JSON") {
    testing::WriteFile(db.tmp.Sub("lex.json"), "{\"entities\": [\n  {\"name\": \"X\",}\n]}\n");
    ExpectRefused(db, {"--lexicon", db.tmp.Sub("lex.json"), db.tmp.Sub("new.txt")},
                  "lex.json:2:16: malformed JSON");
  }
  SECTION("the wrong shape") {
    testing::WriteFile(db.tmp.Sub("lex.json"), "[{\"name\": 3}]\n");
    ExpectRefused(db, {"--lexicon", db.tmp.Sub("lex.json"), db.tmp.Sub("new.txt")},
                  "lex.json: a lexicon is an object with an \"entities\" list");
  }
  SECTION("an entry without a name") {
    testing::WriteFile(db.tmp.Sub("lex.json"), "{\"entities\": [{\"type\": \"Organization\"}]}\n");
    ExpectRefused(db, {"--lexicon", db.tmp.Sub("lex.json"), db.tmp.Sub("new.txt")}, "lex.json");
  }
  SECTION("a missing lexicon") {
    ExpectRefused(db, {"--lexicon", db.tmp.Sub("none.json"), db.tmp.Sub("new.txt")},
                  "none.json: no such file");
  }
}

TEST_CASE("with several files the good ones are ingested and the bad ones reported",
          "[bad_input][ingest][e2e]") {
  Db db;
  testing::WriteFile(db.tmp.Sub("a.txt"), "네이버는 오픈AI와 협력했다.\n");
  testing::WriteFile(db.tmp.Sub("nul.txt"), std::string("x\0y", 3));
  testing::WriteFile(db.tmp.Sub("empty.txt"), "");
  auto r = RunKg(db.path, {"ingest", db.tmp.Sub("nul.txt"), db.tmp.Sub("a.txt"), db.tmp.Sub("empty.txt")});
  CHECK(r.exit_code == 1);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("nul.txt:1:2: NUL byte") != std::string::npos);
  CHECK(lines[1].find("empty.txt: empty document") != std::string::npos);
  CHECK(r.out.find("ingested a:") != std::string::npos);
  CHECK(r.out.find("1 ingested, 0 unchanged, 2 failed") != std::string::npos);
  auto docs = RunKg(db.path, {"docs"});
  CHECK(docs.out.find("a\t") != std::string::npos);
  CHECK(docs.out.find("nul") == std::string::npos);
}

}  // namespace kg
