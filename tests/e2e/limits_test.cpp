// Resource limits through the binary: a query that would give a huge result or run long is
// stopped by the row limit or the time limit with a clear note, exits normally, and a count
// cut short says it is a lower bound.
#include <catch2/catch.hpp>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {
// A ring of 300 entities with two relations: cycles everywhere, 600 triples.
std::string Ring() {
  std::string out;
  for (int i = 0; i < 300; ++i) {
    out += "<http://r/e" + std::to_string(i) + "> <http://r/next> <http://r/e" + std::to_string((i + 1) % 300) + "> .\n";
    out += "<http://r/e" + std::to_string(i) + "> <http://r/skip> <http://r/e" + std::to_string((i + 7) % 300) + "> .\n";
  }
  return out;
}
}  // namespace

TEST_CASE("huge results stop at the row limit, long queries at the time limit", "[limits][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("ring.nt"), Ring());
  REQUIRE(RunKg(db, {"import", tmp.Sub("ring.nt")}).exit_code == 0);

  // 600 x 600 rows: stopped at the default 10000.
  auto rows = RunKg(db, {"query", "--format", "tsv", "?a ?b ?c, ?d ?e ?f"});
  CHECK(rows.exit_code == 0);
  CHECK(std::count(rows.out.begin(), rows.out.end(), '\n') == 10001);  // header + rows
  CHECK(rows.err == "note: stopped at the row limit of 10000 rows (change it with .limit or --max-rows)\n");

  // 600^3 rows, no useful row limit: the time limit ends it.
  auto slow = RunKg(db, {"query", "--format", "tsv", "--max-rows", "1000000000", "--timeout", "0.3",
                         "?a ?b ?c, ?d ?e ?f, ?g ?h ?i"});
  CHECK(slow.exit_code == 0);
  CHECK(slow.err.find("note: stopped after the time limit of 0.3 s") != std::string::npos);

  auto count = RunKg(db, {"query", "--timeout", "0.3", "count ?a ?b ?c, ?d ?e ?f, ?g ?h ?i"});
  CHECK(count.out.find("at least ") != std::string::npos);
  auto exact = RunKg(db, {"query", "count ?a ?b ?c, ?d ?e ?f"});
  CHECK(exact.out == "count\n------\n360000\n");

  // Paths on a graph full of cycles end, within their hop limit.
  auto path = RunKg(db, {"query", "path <http://r/e0> -> <http://r/e56> max 8"});
  CHECK(path.exit_code == 0);
  CHECK(path.out.find("\n8     http://r/e0 -skip-> http://r/e7") != std::string::npos);
  auto far = RunKg(db, {"query", "path <http://r/e0> -> <http://r/e150> max 8"});  // 22 hops away
  CHECK(far.exit_code == 0);
  CHECK(far.out == "(no answers)\n");

  // The REPL's .limit and .timeout do the same inside a session.
  testing::RunOptions in;
  in.stdin_data = ".limit 5\n?a ?b ?c\n.timeout 0.2\n.limit 1000000000\ncount ?a ?b ?c, ?d ?e ?f, ?g ?h ?i\n";
  auto repl = RunKg(db, {"repl"}, in);
  CHECK(repl.exit_code == 0);
  CHECK(repl.err.find("row limit of 5 rows") != std::string::npos);
  CHECK(repl.err.find("time limit of 0.2 s") != std::string::npos);
}

}  // namespace kg
