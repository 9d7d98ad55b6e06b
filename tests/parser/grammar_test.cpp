// Golden tests for the query grammar: every line of tests/parser/golden/*.kgq is parsed with
// the shipped relation vocabulary and printed back; the printout must equal the .expect file.
// Regenerate after a deliberate change with KG_UPDATE_GOLDEN=1.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/query/question_vocabulary.h"
#include "parser/parse.h"
#include "parser/printer.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

namespace {

const parser::Parser& TestParser() {
  static const parser::Parser* p = [] {
    auto vocab = ingest::RelationVocabulary::Default();
    REQUIRE(vocab.ok());
    return new parser::Parser(QuestionVocabulary(*vocab));
  }();
  return *p;
}

std::string Render(const std::string& line) {
  Result<parser::ast::Query> q = TestParser().Parse(line);
  if (!q.ok()) {
    const Location& w = q.status().location();
    return "error " + std::to_string(w.line) + ":" + std::to_string(w.column) + ": " +
           q.status().message();
  }
  return parser::Print(*q);
}

}  // namespace

TEST_CASE("parser golden files print back as expected", "[parser]") {
  std::string dir = testing::SourceDir() + "/tests/parser/golden";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".kgq") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line, rendered;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      rendered += line + "\n  => " + Render(line) + "\n";
    }
    std::string expect_path = entry.path().string();
    expect_path.replace(expect_path.size() - 4, 4, ".expect");
    if (std::getenv("KG_UPDATE_GOLDEN")) {
      testing::WriteFile(expect_path, rendered);
      continue;
    }
    INFO(entry.path().filename().string());
    CHECK(rendered == testing::ReadFile(expect_path));
  }
  CHECK(files > 0);
}

TEST_CASE("parse errors carry line, column and what was expected", "[parser]") {
  auto r = TestParser().Parse("select ?x where ?x partnered_with", "q.kgq");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().location().line == 1);
  CHECK(r.status().location().column == 34);
  CHECK(r.status().message().find("expected") != std::string::npos);
}

TEST_CASE("Hangul names parse bare, without quotes", "[parser]") {
  auto r = TestParser().Parse("?x partnered_with 오픈AI");
  REQUIRE(r.ok());
  CHECK(parser::Print(*r) == "(match (atom ?x name:partnered_with name:오픈AI))");
}

}  // namespace kg
