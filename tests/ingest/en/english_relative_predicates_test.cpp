// "X, which is based in Y and was founded in 1962 by Z, will ...": a relative clause with two
// coordinated predicates is read as two clauses about X; the parse of the whole reads the
// second passive as an adjective and the founder was lost.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("coordinated predicates of a relative clause each describe the name",
          "[ingest][english]") {
  const Case cases[] = {
      {"Selby Trust, which is based in Bergen and was founded in 1931 by shipowner Erik Dahl, "
       "will own all of Norrby Bank once the deal closes, which is expected in the second "
       "quarter of 2026.",
       {"Selby Trust founded_by Erik Dahl [date 1931]", "Selby Trust located_in Bergen"}},
  };
  CHECK(MissingFacts(cases).empty());
}

}  // namespace kg::ingest
