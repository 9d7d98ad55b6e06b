// Import -> export -> import gives the same graph; exports in every format work.
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

// A graph with labels in several languages, typed and plain literals, escapes and blank
// nodes (each blank node has a distinct label, which the comparison uses to name it).
const char kFixture[] =
    "<http://ex.org/e/openai> <http://www.w3.org/2000/01/rdf-schema#label> \"OpenAI\"@en .\n"
    "<http://ex.org/e/openai> <http://www.w3.org/2000/01/rdf-schema#label> \"오픈AI\"@ko .\n"
    "<http://ex.org/e/kakao> <http://www.w3.org/2000/01/rdf-schema#label> \"카카오\"@ko .\n"
    "<http://ex.org/e/kakao> <http://ex.org/p/partneredWith> <http://ex.org/e/openai> .\n"
    "<http://ex.org/e/kakao> <http://ex.org/p/founded> \"2010\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n"
    "<http://ex.org/e/kakao> <http://ex.org/p/motto> \"say \\\"hi\\\"\\n\\\\ \\t\" .\n"
    "<http://ex.org/e/kakao> <http://ex.org/p/motto> \"안녕\"@ko-kr .\n"
    "<http://other.org/vocab#partneredWith> <http://ex.org/p/x> <http://ex.org/e/openai> .\n"
    "<http://ex.org/e/openai> <http://other.org/vocab#partneredWith> <http://ex.org/e/kakao> .\n"
    "_:n1 <http://www.w3.org/2000/01/rdf-schema#label> \"node one\" .\n"
    "_:n1 <http://ex.org/p/knows> _:n2 .\n"
    "_:n2 <http://www.w3.org/2000/01/rdf-schema#label> \"node two\" .\n"
    "_:n2 <http://ex.org/p/knows> <http://ex.org/e/kakao> .\n";

// The set of statements, with blank nodes renamed after their label.
std::multiset<std::string> Canonical(const std::string& nt) {
  std::map<std::string, std::string> names;
  std::regex label(R"re(^(_:\S+) <http://www.w3.org/2000/01/rdf-schema#label> "([^"]*)")re");
  std::istringstream in(nt);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::smatch m;
    if (std::regex_search(line, m, label)) names[m[1]] = m[2];
    lines.push_back(line);
  }
  std::multiset<std::string> out;
  std::regex bnode(R"(_:[A-Za-z0-9]+)");
  for (const std::string& l : lines) {
    std::string result;
    auto begin = std::sregex_iterator(l.begin(), l.end(), bnode);
    size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
      result += l.substr(last, it->position() - last);
      result += "_:[" + names[it->str()] + "]";
      last = it->position() + it->length();
    }
    result += l.substr(last);
    out.insert(result);
  }
  return out;
}

}  // namespace

TEST_CASE("import -> export -> import yields the same graph", "[import][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("in.nt"), kFixture);
  REQUIRE(RunKg(tmp.Sub("a.db"), {"import", tmp.Sub("in.nt")}).exit_code == 0);
  auto first = RunKg(tmp.Sub("a.db"), {"export", "--format", "nt"});
  REQUIRE(first.exit_code == 0);
  CHECK(Canonical(first.out) == Canonical(kFixture));

  testing::WriteFile(tmp.Sub("out.nt"), first.out);
  REQUIRE(RunKg(tmp.Sub("b.db"), {"import", tmp.Sub("out.nt")}).exit_code == 0);
  auto second = RunKg(tmp.Sub("b.db"), {"export"});
  REQUIRE(second.exit_code == 0);
  CHECK(Canonical(second.out) == Canonical(first.out));
}

TEST_CASE("importing the same file twice adds nothing", "[import][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("in.nt"),
                     "<http://e/a> <http://e/p> <http://e/b> .\n"
                     "<http://e/a> <http://e/p> <http://e/b> .\n"
                     "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n");
  std::string db = tmp.Sub("g.db");
  REQUIRE(RunKg(db, {"import", tmp.Sub("in.nt")}).exit_code == 0);
  auto stats1 = RunKg(db, {"stats", "--json"});
  REQUIRE(RunKg(db, {"import", tmp.Sub("in.nt")}).exit_code == 0);
  auto stats2 = RunKg(db, {"stats", "--json"});
  CHECK(stats1.out == stats2.out);
  CHECK(stats1.out.find("\"triples\": 1") != std::string::npos);
  auto exported = RunKg(db, {"export"});
  CHECK(Canonical(exported.out).size() == 2);
}

TEST_CASE("import reads stdin with -", "[import][e2e]") {
  testing::TempDir tmp;
  testing::RunOptions o;
  o.stdin_data = "<http://e/a> <http://e/p> <http://e/b> .\n";
  auto r = RunKg(tmp.Sub("g.db"), {"import", "-"}, o);
  REQUIRE(r.exit_code == 0);
  CHECK(RunKg(tmp.Sub("g.db"), {"export"}).out == o.stdin_data);
}

TEST_CASE("export writes N-Quads, CSV and DOT", "[import][e2e]") {
  testing::TempDir tmp;
  testing::WriteFile(tmp.Sub("in.nt"), kFixture);
  std::string db = tmp.Sub("g.db");
  REQUIRE(RunKg(db, {"import", tmp.Sub("in.nt")}).exit_code == 0);
  auto nq = RunKg(db, {"export", "--format", "nq"});
  CHECK(nq.exit_code == 0);
  CHECK(Canonical(nq.out) == Canonical(kFixture));  // imported triples have no document graph

  auto csv = RunKg(db, {"export", "--format", "csv", "--output", tmp.Sub("csv")});
  REQUIRE(csv.exit_code == 0);
  std::string nodes = testing::ReadFile(tmp.Sub("csv/nodes.csv"));
  std::string edges = testing::ReadFile(tmp.Sub("csv/edges.csv"));
  CHECK(nodes.rfind("id:ID,name,type,:LABEL\n", 0) == 0);
  CHECK(nodes.find(",OpenAI,") != std::string::npos);
  CHECK(edges.find(",partneredWith,") != std::string::npos);

  auto dot = RunKg(db, {"export", "--format", "dot", "--entity", "카카오"});
  REQUIRE(dot.exit_code == 0);
  CHECK(dot.out.rfind("digraph kg {", 0) == 0);
  CHECK(dot.out.find("\"OpenAI\"") != std::string::npos);
  CHECK(dot.out.find("partneredWith") != std::string::npos);
}

}  // namespace kg
