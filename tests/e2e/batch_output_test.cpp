// Batch files (.kgq) in every output format: one valid stream each (json one array, ndjson one
// object per line, table and csv/tsv one table per query named by FILE:LINE and the query),
// and values typed in JSON (amounts, dates, counts) with the text as written beside.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/fixture_graph.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

struct Batch {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  std::string file = tmp.Sub("q.kgq");
  Batch() {
    testing::BuildFixtureGraph(db);
    testing::WriteFile(file,
                       "# three questions, one of them wrong, and a dot-command that prints\n"
                       "who partnered with OpenAI?\n"
                       "\n"
                       "?x zz_nope ?y\n"
                       ".stats\n"
                       "?x member_of \"Six Little Tigers\"\n");
  }
  testing::RunResult Run(const std::string& format) {
    return RunKg(db, {"query", "--format", format, "-f", file});
  }
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("a json batch is one valid document: an array of the per-query objects", "[batch][e2e]") {
  Batch b;
  auto r = b.Run("json");
  CHECK(r.exit_code == 1);                          // one query failed
  nlohmann::json j = nlohmann::json::parse(r.out);  // throws (fails) unless one document
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 4);
  CHECK(j[0]["query"] == "who partnered with OpenAI?");
  CHECK(j[0]["source"] == b.file);
  CHECK(j[0]["line"] == 2);
  CHECK(j[0]["rows"] == nlohmann::json::parse(R"([{"who": "Kakao"}])"));
  CHECK(j[1]["line"] == 4);
  CHECK(j[1]["error"]["message"] == "no relation 'zz_nope' (.relations lists them)");
  CHECK(j[2]["command"] == ".stats");
  CHECK(j[2]["output"].get<std::string>().rfind("documents ", 0) == 0);
  CHECK(j[3]["line"] == 6);
  CHECK(j[3]["rows"].size() == 2);
}

TEST_CASE("an ndjson batch is one JSON object per line", "[batch][e2e]") {
  Batch b;
  auto r = b.Run("ndjson");
  auto lines = Lines(r.out);
  REQUIRE(lines.size() == 4);
  std::vector<int64_t> at;
  for (const std::string& line : lines) {
    nlohmann::json j = nlohmann::json::parse(line);
    REQUIRE(j.is_object());
    at.push_back(j["line"].get<int64_t>());
  }
  CHECK(at == std::vector<int64_t>{2, 4, 5, 6});
}

TEST_CASE("a table batch heads every answer with FILE:LINE and its query", "[batch][e2e]") {
  Batch b;
  auto r = b.Run("table");
  CHECK(r.out.rfind("# " + b.file + ":2: who partnered with OpenAI?\nwho\n-----\nKakao\n", 0) == 0);
  CHECK(r.out.find("\n\n# " + b.file + ":4: ?x zz_nope ?y\nerror: no relation 'zz_nope'") !=
        std::string::npos);
  CHECK(r.out.find("\n\n# " + b.file + ":5: .stats\ndocuments ") != std::string::npos);
  CHECK(r.out.find("\n\n# " + b.file + ":6: ?x member_of \"Six Little Tigers\"\nx\n") !=
        std::string::npos);
  // The error is still one line on stderr, where it happened.
  auto err = r.ErrLines();
  REQUIRE(err.size() == 1);
  CHECK(err[0] == b.file + ":4:4: no relation 'zz_nope' (.relations lists them)");
}

TEST_CASE("csv and tsv batches give one table per query, named by a first record", "[batch][e2e]") {
  Batch b;
  auto tsv = b.Run("tsv");
  CHECK(tsv.out.rfind("# " + b.file + ":2: who partnered with OpenAI?\nwho\nKakao\n\n", 0) == 0);
  CHECK(tsv.out.find("\n# " + b.file + ":4: ?x zz_nope ?y\nerror\n") != std::string::npos);
  auto csv = b.Run("csv");
  // A heading holding a quote or comma is quoted as CSV.
  CHECK(csv.out.find("\r\n\"# " + b.file +
                     ":6: ?x member_of \"\"Six Little Tigers\"\"\"\r\nx\r\n") != std::string::npos);
}

TEST_CASE("a format changed inside a batch closes one stream and starts the next", "[batch][e2e]") {
  Batch b;
  testing::WriteFile(
      b.file,
      ".format json\nwho partnered with OpenAI?\n.format ndjson\nwho partnered with OpenAI?\n");
  auto r = RunKg(b.db, {"query", "-f", b.file});
  CHECK(r.exit_code == 0);
  size_t end = r.out.find("\n]\n");
  REQUIRE(end != std::string::npos);
  CHECK(nlohmann::json::parse(r.out.substr(0, end + 2)).size() == 1);
  CHECK(nlohmann::json::parse(r.out.substr(end + 3))["line"] == 4);
}

TEST_CASE("JSON types values: amounts, dates, counts, yes/no, with the text as written",
          "[batch][json][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto in = RunKg(db, {"ingest", testing::SourceDir() + "/examples/documents/ai-geopolitics.ko.txt",
                       testing::SourceDir() + "/examples/documents/ai-partnerships.en.txt"});
  REQUIRE(in.exit_code == 0);
  testing::WriteFile(tmp.Sub("q.kgq"),
                     "select ?x ?a where ?x invested_in ?c [amount ?a] order by ?a\n"
                     "when was DeepSeek-R1 released?\n"
                     "count ?x partnered_with ?y\n"
                     "is Kakao a partner of OpenAI?\n");
  auto r = RunKg(db, {"query", "--format", "json", "-f", tmp.Sub("q.kgq")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.size() == 4);
  // Rows keep their display text; "typed" beside them carries the typed values.
  const auto& amounts = j[0];
  REQUIRE(amounts["typed"].size() == amounts["rows"].size());
  bool korean = false, english = false;
  for (size_t i = 0; i < amounts["rows"].size(); ++i) {
    const auto& a = amounts["typed"][i]["a"];
    CHECK(a["type"] == "amount");
    CHECK(a["text"] == amounts["rows"][i]["a"]);
    CHECK(a["number"].is_number());
    CHECK(a["currency"].is_string());
    CHECK(amounts["typed"][i]["x"]["type"] == "entity");
    if (a["text"] == "1200000000 EUR") {
      CHECK(a["number"] == 1200000000);
      CHECK(a["currency"] == "EUR");
      CHECK(a["as_written"] == "12억 유로");
      korean = true;
    }
    if (a["text"] == "40000000000 USD") {
      CHECK(a["as_written"] == "$40 billion");
      english = true;
    }
  }
  CHECK(korean);
  CHECK(english);
  // The facts' qualifiers are typed too.
  bool typed_qualifier = false;
  for (const auto& f : amounts["facts"]) {
    if (f["qualifiers"].contains("amount")) {
      CHECK(f["typed_qualifiers"]["amount"]["type"] == "amount");
      typed_qualifier = true;
    }
  }
  CHECK(typed_qualifier);
  const auto& date = j[1]["typed"][0]["date"];
  CHECK(date["type"] == "date");
  CHECK(date["year"] == 2025);
  CHECK(date["month"] == 1);
  const auto& count = j[2]["typed"][0]["count"];
  CHECK(count["type"] == "count");
  CHECK(count["number"].is_number_integer());
  CHECK(count["number"].get<int64_t>() >= 1);
  CHECK(j[3]["typed"][0].begin().value()["type"] == "boolean");
}

}  // namespace kg
