// The command line itself: help, version, usage errors and their exit codes.
#include <catch2/catch.hpp>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

TEST_CASE("kg --help lists the commands and exits 0", "[cli][e2e]") {
  auto r = RunKg("", {"--help"});
  CHECK(r.exit_code == 0);
  for (const char* cmd : {"import", "export", "stats", "docs", "forget"}) {
    CHECK(r.out.find(cmd) != std::string::npos);
  }
}

TEST_CASE("kg help COMMAND shows that command's options", "[cli][e2e]") {
  auto r = RunKg("", {"help", "export"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("--format") != std::string::npos);
  auto bad = RunKg("", {"help", "frobnicate"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.ErrLines().size() == 1);
}

TEST_CASE("kg --version prints the version", "[cli][e2e]") {
  auto r = RunKg("", {"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("kg ", 0) == 0);
}

TEST_CASE("usage errors exit 2 with one line", "[cli][e2e]") {
  for (std::vector<std::string> args :
       {std::vector<std::string>{"frobnicate"}, {"import"}, {"export", "--format", "xml"},
        {"stats", "--no-such-flag"}}) {
    auto r = RunKg("", args);
    INFO(args[0] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.ErrLines().size() == 1);
  }
}

TEST_CASE("the database comes from --db, else $KG_DB, else ./kg.db", "[cli][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("a.nt"), "<http://e/a> <http://e/p> <http://e/b> .\n");
  testing::RunOptions in_tmp;
  in_tmp.cwd = tmp.path();
  REQUIRE(RunKg("", {"import", "a.nt"}, in_tmp).exit_code == 0);
  CHECK(std::filesystem::exists(tmp.Sub("kg.db/CURRENT")));
  testing::RunOptions with_env = in_tmp;
  with_env.env["KG_DB"] = tmp.Sub("env.db");
  REQUIRE(RunKg("", {"import", "a.nt"}, with_env).exit_code == 0);
  CHECK(std::filesystem::exists(tmp.Sub("env.db/CURRENT")));
  REQUIRE(RunKg(tmp.Sub("flag.db"), {"import", "a.nt"}, with_env).exit_code == 0);
  CHECK(std::filesystem::exists(tmp.Sub("flag.db/CURRENT")));
}

TEST_CASE("stats on a graph reports its counts", "[cli][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("a.nt"),
                     "<http://e/a> <http://e/p> <http://e/b> .\n"
                     "<http://e/a> <http://e/q> \"x\" .\n"
                     "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n");
  std::string db = tmp.Sub("g.db");
  REQUIRE(RunKg(db, {"import", tmp.Sub("a.nt")}).exit_code == 0);
  auto r = RunKg(db, {"stats", "--json"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"triples\": 2") != std::string::npos);
  CHECK(r.out.find("\"entities\": 2") != std::string::npos);
  CHECK(r.out.find("\"literals\": 1") != std::string::npos);
}

}  // namespace kg
