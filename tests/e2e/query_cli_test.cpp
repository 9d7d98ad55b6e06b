// kg query / repl / batch files through the real binary, on the fixture graph.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/db_dump.h"
#include "tests/support/fixture_graph.h"
#include "tests/support/pty_session.h"
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
}  // namespace

TEST_CASE("one-shot query prints a table and exits 0", "[query][e2e]") {
  Db db;
  auto r = RunKg(db.path, {"query", "who partnered with OpenAI?"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "who\n-----\nKakao\n");
  CHECK(r.err.empty());
  // Unquoted words are one query.
  auto words = RunKg(db.path, {"query", "who", "partnered", "with", "OpenAI?"});
  CHECK(words.out == r.out);
}

TEST_CASE("query --evidence shows the fact and its sentence", "[query][e2e]") {
  Db db;
  auto r = RunKg(db.path, {"query", "--evidence", "who partnered with OpenAI?"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Kakao  partnered_with  OpenAI  [fixture #1] Kakao partnered with OpenAI;") !=
        std::string::npos);
}

TEST_CASE("JSON output parses back with rows, facts and evidence", "[query][e2e]") {
  Db db;
  auto r = RunKg(db.path, {"query", "--format", "json", "How much did Amazon invest in France?"});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["query"] == "How much did Amazon invest in France?");
  CHECK(j["columns"] == nlohmann::json::array({"amount"}));
  CHECK(j["rows"] == nlohmann::json::parse(R"([{"amount": "1200000000 EUR"}])"));
  REQUIRE(j["facts"].size() == 1);
  CHECK(j["facts"][0]["subject"] == "Amazon");
  CHECK(j["facts"][0]["relation"] == "invested_in");
  CHECK(j["facts"][0]["qualifiers"]["amount"] == "1200000000 EUR");
  CHECK(j["facts"][0]["evidence"][0]["doc"] == "fixture");
  CHECK(j["facts"][0]["evidence"][0]["sentence"] == 2);
}

TEST_CASE("a failed query in JSON is an error object and exit 1", "[query][e2e]") {
  Db db;
  auto r = RunKg(db.path, {"query", "--format", "json", "?x partnered_with OpenAl"});
  CHECK(r.exit_code == 1);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["error"]["message"] == "no entity 'OpenAl' \xE2\x80\x94 did you mean OpenAI?");
  CHECK(j["error"]["line"] == 1);
  CHECK(j["error"]["column"] == 19);
  CHECK(r.ErrLines().size() == 1);
}

TEST_CASE("tsv and csv print header and rows", "[query][e2e]") {
  Db db;
  auto tsv = RunKg(db.path, {"query", "--format", "tsv", "select ?x ?a where ?x invested_in France [amount ?a] order by ?a"});
  CHECK(tsv.out == "x\ta\nAmazon\t1200000000 EUR\nMicrosoft\t4000000000 EUR\n");
  auto csv = RunKg(db.path, {"query", "--format", "csv", "?x member_of \"Six Little Tigers\""});
  CHECK(csv.out.rfind("x\r\n", 0) == 0);
}

TEST_CASE("a batch file runs every query and reports FILE:LINE:COL", "[query][e2e]") {
  Db db;
  testing::WriteFile(db.tmp.Sub("q.kgq"),
                     "# questions\n"
                     "who partnered with OpenAI?\n"
                     "\n"
                     "select ?x where ?x partnered_with\n"
                     ".format ndjson\n"
                     "?x member_of \"Six Little Tigers\"\n");
  auto r = RunKg(db.path, {"query", "-f", db.tmp.Sub("q.kgq")});
  CHECK(r.exit_code == 1);
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind(db.tmp.Sub("q.kgq") + ":4:34: expected", 0) == 0);
  CHECK(r.out.find("Kakao") != std::string::npos);  // before the error
  CHECK(r.out.find("\"Moonshot AI\"") != std::string::npos);  // after it, as ndjson
}

TEST_CASE("queries read the database without locking out a writer", "[query][e2e]") {
  Db db;
  std::string before = testing::DumpDatabase(db.path);
  auto r = RunKg(db.path, {"query", "?s ?p ?o"});
  CHECK(r.exit_code == 0);
  CHECK(testing::DumpDatabase(db.path) == before);
}

TEST_CASE("the REPL reads queries and dot-commands from a pipe", "[repl][e2e]") {
  Db db;
  testing::RunOptions o;
  o.stdin_data = ".format tsv\nwho partnered with OpenAI?\n?x partnered_with OpenAl\n.quit\nwho?\n";
  auto r = RunKg(db.path, {"repl"}, o);
  CHECK(r.exit_code == 1);  // one line failed
  CHECK(r.out == "who\nKakao\n");
  auto lines = r.ErrLines();
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "<stdin>:3:19: no entity 'OpenAl' \xE2\x80\x94 did you mean OpenAI?");
}

TEST_CASE("the REPL on a terminal: prompt, caret errors, history, Ctrl-C, Ctrl-D", "[repl][e2e]") {
  Db db;
  std::string history = db.tmp.Sub("history");
  testing::PtySession s({testing::KgBinary(), "--db", db.path},
                        {{"KG_HISTORY", history}, {"HOME", db.tmp.path()}});
  // On a timeout, show what the terminal printed: the only way to see a race.
  auto shows = [&s](const std::string& text) {
    bool prompt = text == "kg> " || text == "...> ";
    if (prompt ? s.WaitForPrompt(text) : s.WaitFor(text)) return true;
    UNSCOPED_INFO("waited for '" << text << "'; the terminal printed:\n" << s.output());
    return false;
  };
  REQUIRE(shows("kg> "));
  s.Send("who partnered with OpenAI?\n");
  REQUIRE(shows("Kakao"));
  REQUIRE(shows("kg> "));
  s.Send("select ?x ?x partnered_with OpenAI\n");
  REQUIRE(shows("error: expected 'where'"));
  REQUIRE(shows("             ^"));
  REQUIRE(shows("kg> "));
  s.Send("?x member_of \"Six Little\n");  // an open quote continues on the next line
  REQUIRE(shows("...> "));
  s.Send("Tigers\"\n");
  REQUIRE(shows("kg> "));
  s.Send("\x03");  // Ctrl-C at the prompt does not end the session
  REQUIRE(shows("^C"));
  REQUIRE(shows("kg> "));
  s.Send(".evidence on\n");
  REQUIRE(shows("kg> "));
  s.Send(".evidence\n");  // the setting took, and the session still answers
  REQUIRE(shows("on"));
  // Keys are sent only once the prompt is back and the line editor reads them (WaitForPrompt):
  // typed ahead, Ctrl-C and Ctrl-D would reach the terminal driver in cooked mode instead.
  REQUIRE(shows("kg> "));
  s.Send("\x04");  // Ctrl-D leaves
  CHECK(s.Wait() == 0);
  std::string saved = testing::ReadFile(history);
  // libedit's history format escapes spaces as \040.
  CHECK(saved.find("partnered\\040with\\040OpenAI?") != std::string::npos);
}


TEST_CASE("an IRI stands where a name goes, and a self-loop is listed once by about", "[query][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("g.nt"),
                     "<http://ex.org/a> <http://ex.org/r/cites> <http://ex.org/a> .\n"
                     "<http://ex.org/a> <http://ex.org/r/cites> <http://ex.org/b> .\n");
  REQUIRE(RunKg(db, {"import", tmp.Sub("g.nt")}).exit_code == 0);
  auto r = RunKg(db, {"query", "--format", "tsv", "about <http://ex.org/a>"});
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "subject\trelation\tobject\n"
        "http://ex.org/a\tcites\thttp://ex.org/a\n"
        "http://ex.org/a\tcites\thttp://ex.org/b\n");
  auto missing = RunKg(db, {"query", "about <http://ex.org/zzz>"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "error: no entity <http://ex.org/zzz> in the graph (line 1, column 7)\n");
}

}  // namespace kg
