// The W3C RDF 1.1 N-Triples syntax suite, run through the real binary: every positive test
// imports, every negative test is refused with one FILE:LINE:COL line and no database.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

namespace {
struct ConformanceTest {
  std::string name;
  bool positive;
  std::string file;
};

std::vector<ConformanceTest> ReadManifest(const std::string& dir) {
  std::string ttl = testing::ReadFile(dir + "/manifest.ttl");
  std::vector<ConformanceTest> tests;
  // Each entry: <#name> rdf:type rdft:TestNTriples(Positive|Negative)Syntax ; ... mf:action <file> ;
  std::regex entry(R"(<#([^>]+)>\s+rdf:type\s+rdft:TestNTriples(Positive|Negative)Syntax[\s\S]*?mf:action\s+<([^>]+)>)");
  for (auto it = std::sregex_iterator(ttl.begin(), ttl.end(), entry); it != std::sregex_iterator();
       ++it) {
    tests.push_back({(*it)[1], (*it)[2] == "Positive", (*it)[3]});
  }
  return tests;
}
}  // namespace

TEST_CASE("W3C N-Triples conformance: 100% of the manifest", "[conformance][e2e]") {
  std::string dir = testing::SourceDir() + "/tests/conformance/rdf-n-triples";
  std::vector<ConformanceTest> tests = ReadManifest(dir);
  REQUIRE(tests.size() == 70);  // 41 positive + 29 negative in the suite
  int passed = 0;
  for (const ConformanceTest& t : tests) {
    testing::TempDir tmp;
    std::string db = tmp.Sub("g.db");
    auto r = testing::RunKg(db, {"import", dir + "/" + t.file});
    INFO(t.name << " (" << (t.positive ? "positive" : "negative") << "): exit " << r.exit_code
                << "\nstderr: " << r.err);
    if (t.positive) {
      CHECK(r.exit_code == 0);
      if (r.exit_code == 0) ++passed;
    } else {
      CHECK(r.exit_code == 1);
      auto lines = r.ErrLines();
      CHECK(lines.size() == 1);
      // FILE:LINE:COL: message
      bool located = !lines.empty() &&
                     std::regex_search(lines[0], std::regex(R"(\.nt:\d+:\d+: \S)"));
      CHECK(located);
      CHECK_FALSE(std::filesystem::exists(db));
      if (r.exit_code == 1 && located) ++passed;
    }
  }
  CHECK(passed == static_cast<int>(tests.size()));
}

}  // namespace kg
