// The language reference (`kg help query`, `.help language`): printed by both, and every
// example in it parses; and the parse errors it promises (caret at the end, unterminated
// quote and IRI) as a user sees them.
#include <catch2/catch.hpp>
#include <sstream>

#include "kg/cli/language_help.h"
#include "kg/cli/report.h"
#include "kg/query/question_vocabulary.h"
#include "parser/parse.h"
#include "tests/support/fixture_graph.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

TEST_CASE("every example of the language reference parses", "[help][e2e]") {
  auto vocab = ingest::RelationVocabulary::Default();
  REQUIRE(vocab.ok());
  parser::Parser parser(QuestionVocabulary(*vocab));
  std::istringstream in(cli::LanguageReference());
  std::string line;
  int examples = 0;
  while (std::getline(in, line)) {
    if (line.rfind("    ", 0) != 0) continue;
    ++examples;
    INFO(line);
    auto r = parser.Parse(line.substr(4));
    CHECK(r.ok());
  }
  CHECK(examples >= 20);
}

TEST_CASE("kg help query and .help language print the reference", "[help][e2e]") {
  auto help = RunKg("", {"help", "query"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--format") != std::string::npos);  // the command's options first
  CHECK(help.out.find(cli::LanguageReference()) != std::string::npos);
  testing::TempDir tmp;
  testing::BuildFixtureGraph(tmp.Sub("g.db"));
  testing::RunOptions o;
  o.stdin_data = ".help language\n";
  auto repl = RunKg(tmp.Sub("g.db"), {"repl"}, o);
  CHECK(repl.exit_code == 0);
  CHECK(repl.out.find("partnered_with{1,3}") != std::string::npos);
  auto dot_help = RunKg(tmp.Sub("g.db"), {"repl"}, {".help\n"});
  CHECK(dot_help.out.find(".help [TEXT|language]") != std::string::npos);
}

namespace {

// The error as a person at a terminal sees it (kg query's stderr on a terminal).
std::string AtTerminal(const std::string& query) {
  auto vocab = ingest::RelationVocabulary::Default();
  REQUIRE(vocab.ok());
  parser::Parser parser(QuestionVocabulary(*vocab));
  auto r = parser.Parse(query);
  REQUIRE_FALSE(r.ok());
  std::ostringstream err;
  cli::ErrorContext context;
  context.query = query;
  context.caret = true;
  cli::Report(err, r.status(), context);
  return err.str();
}

}  // namespace

TEST_CASE("syntax errors: a caret at the end, unterminated quotes and IRIs", "[help][e2e]") {
  CHECK(AtTerminal("select ?x where ?x partnered_with") ==
        "error: expected a term (?var, a name, \"quoted name\" or <IRI>) at the end of the query\n"
        "  select ?x where ?x partnered_with\n"
        "                                   ^\n");
  CHECK(AtTerminal("?x partnered_with OpenAI,") ==
        "error: expected a pattern (subject relation object) at the end of the query\n"
        "  ?x partnered_with OpenAI,\n"
        "                           ^\n");
  CHECK(AtTerminal("?x partnered_with \"OpenAI") ==
        "error: unterminated quote: the \" opened here is never closed\n"
        "  ?x partnered_with \"OpenAI\n"
        "                    ^\n");
  CHECK(AtTerminal("?x <http://example.org/p ?y") ==
        "error: unterminated IRI: the < opened here has no closing >\n"
        "  ?x <http://example.org/p ?y\n"
        "     ^\n");
  // In a batch file the place is FILE:LINE:COL.
  testing::TempDir tmp;
  testing::BuildFixtureGraph(tmp.Sub("g.db"));
  testing::WriteFile(tmp.Sub("q.kgq"), "?x partnered_with OpenAI\n?x partnered_with \"Open\n");
  auto batch = RunKg(tmp.Sub("g.db"), {"query", "-f", tmp.Sub("q.kgq")});
  CHECK(batch.exit_code == 1);
  CHECK(batch.err.find("q.kgq:2:19: unterminated quote") != std::string::npos);
}

}  // namespace kg
