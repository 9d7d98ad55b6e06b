// The small things a user trips on (issue 13), each through the binary: --quiet and notes,
// forget by path, documents from stdin, no database left by a failed first ingest, the
// binary-file error, .help's columns, .explain's estimate for a symmetric relation, amounts on
// DOT edges, and .timer.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "tests/support/fixture_graph.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

struct Db {
  testing::TempDir tmp;
  std::string path = tmp.Sub("g.db");
  Db() { testing::BuildFixtureGraph(path); }
};

testing::RunResult Repl(const std::string& db, const std::string& input) {
  testing::RunOptions o;
  o.stdin_data = input;
  return RunKg(db, {"repl"}, o);
}

}  // namespace

TEST_CASE("quiet mode (--quiet) silences note: lines as well", "[details][e2e]") {
  Db db;
  auto loud = RunKg(db.path, {"query", "--max-rows", "1", "?s ?p ?o"});
  CHECK(loud.exit_code == 0);
  CHECK(loud.err.find("note: ") != std::string::npos);
  auto quiet = RunKg(db.path, {"--quiet", "query", "--max-rows", "1", "?s ?p ?o"});
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.out == loud.out);
  CHECK(quiet.err.empty());
}

TEST_CASE("forget takes a document's id or the path it was ingested from", "[details][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("docs/note.txt"), "카카오는 오픈AI와 협력했다.\n");
  REQUIRE(RunKg(db, {"ingest", tmp.Sub("docs/note.txt")}).exit_code == 0);
  auto wrong = RunKg(db, {"forget", tmp.Sub("docs/other.txt")});
  CHECK(wrong.exit_code == 1);
  REQUIRE(wrong.ErrLines().size() == 1);
  CHECK(wrong.ErrLines()[0].find("forget takes a document id or the path") != std::string::npos);
  auto r = RunKg(db, {"forget", tmp.Sub("docs/../docs/note.txt")});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "forgot note\n");
  CHECK(RunKg(db, {"docs"}).out.empty());
}

TEST_CASE("a document from stdin has its own id and path, and the same text twice is one document",
          "[details][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::RunOptions in;
  in.stdin_data = "카카오는 오픈AI와 협력했다.\n";
  auto first = RunKg(db, {"ingest", "-"}, in);
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.rfind("ingested stdin-", 0) == 0);
  auto second = RunKg(db, {"ingest", "-"}, in);
  CHECK(second.exit_code == 0);
  CHECK(second.out.rfind("unchanged stdin-", 0) == 0);
  auto docs = RunKg(db, {"docs"});
  CHECK(docs.out.find("\t<stdin>\n") != std::string::npos);
  CHECK(std::count(docs.out.begin(), docs.out.end(), '\n') == 1);
  // With --id, new text from stdin replaces the document of that id.
  REQUIRE(RunKg(db, {"ingest", "--id", "note", "-"}, in).exit_code == 0);
  in.stdin_data = "네이버는 오픈AI와 협력했다.\n";
  auto replaced = RunKg(db, {"ingest", "--id", "note", "-"}, in);
  CHECK(replaced.out.rfind("replaced note:", 0) == 0);
}

TEST_CASE("a failed first ingest leaves no database behind", "[details][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("empty.txt"), "");
  testing::WriteFile(tmp.Sub("good.txt"), "카카오는 오픈AI와 협력했다.\n");
  testing::WriteFile(tmp.Sub("lex.json"), "{not json");
  auto empty = RunKg(tmp.Sub("a.db"), {"ingest", tmp.Sub("empty.txt")});
  CHECK(empty.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("a.db")));
  auto missing = RunKg(tmp.Sub("b.db"), {"ingest", tmp.Sub("none.txt")});
  CHECK(missing.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("b.db")));
  auto lexicon =
      RunKg(tmp.Sub("c.db"), {"ingest", "--lexicon", tmp.Sub("lex.json"), tmp.Sub("good.txt")});
  CHECK(lexicon.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("c.db")));
}

TEST_CASE("a binary file is named as one, with the offset of its NUL byte", "[details][e2e]") {
  testing::TempDir tmp;
  std::string bin = tmp.Sub("photo.jpg");
  testing::WriteFile(bin, std::string("\xff\xd8\xff\xe0\0\x10JFIF", 10));
  auto r = RunKg(tmp.Sub("g.db"), {"ingest", bin});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "error: " + bin + ": binary file (NUL byte at offset 4)\n");
}

TEST_CASE(".help lines up every command with its description", "[details][e2e]") {
  Db db;
  auto r = Repl(db.path, ".help\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(".format table|json|ndjson|tsv|csv  Set the output format\n") !=
        std::string::npos);
  std::istringstream lines(r.out);
  size_t column = 0;
  int commands = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != '.') continue;
    ++commands;
    size_t gap = line.find("  ");
    REQUIRE(gap != std::string::npos);
    size_t text = line.find_first_not_of(' ', gap);
    if (column == 0) column = text;
    CHECK(text == column);  // one column for every description
  }
  CHECK(commands >= 12);
  CHECK(Repl(db.path, ".help timer\n").out ==
        ".timer on|off  Show each query's wall time on stderr\n");
}

TEST_CASE(".explain estimates a symmetric relation's matches in both directions",
          "[details][e2e]") {
  Db db;
  // The fixture stores "Kakao partnered_with OpenAI": asking from OpenAI's side finds it
  // reversed.
  auto r = Repl(db.path, ".explain ?x partnered_with Kakao\n?x partnered_with Kakao\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("(either direction)  -- pos(p,o), ~1 rows\n") != std::string::npos);
  CHECK(r.out.find("x\n------\nOpenAI\n") != std::string::npos);
}

TEST_CASE("DOT export keeps the amounts on the edges", "[details][e2e]") {
  Db db;
  auto r = RunKg(db.path, {"export", "--format", "dot"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("[label=\"invested_in (1200000000 EUR)\"]") != std::string::npos);
  CHECK(r.out.find("[label=\"partnered_with\"]") != std::string::npos);
}

TEST_CASE(".timer on shows each query's time on stderr", "[details][e2e]") {
  Db db;
  auto r = Repl(
      db.path,
      ".timer on\nwho partnered with OpenAI?\n.timer off\nwho partnered with OpenAI?\n.timer\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "who\n-----\nKakao\nwho\n-----\nKakao\noff\n");
  auto err = r.ErrLines();
  REQUIRE(err.size() == 1);
  CHECK(err[0].rfind("time: ", 0) == 0);
  CHECK(err[0].size() > 9);
  CHECK(err[0].substr(err[0].size() - 2) == " s");
}

}  // namespace kg
