// "The venture, called X, ..." then "examine the venture": the definite noun points back to the
// name the naming word gave it. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("the venture points back to the name it was called", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Brakvik Lines and Haverstad Terminals said on Monday they would form a joint venture to "
      "run electric ferries.\n\nThe venture, called Fjordvolt, will be based in Aarhus.\n\nThe "
      "Danish Competition Authority is expected to examine the venture, a Brakvik spokesperson "
      "said.");
  // "is expected to": a planned review.
  CHECK(Has(facts, "Danish Competition Authority investigates Fjordvolt [status planned]"));
}

TEST_CASE("a venture never named is no earlier name", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Brakvik Lines and Haverstad Terminals said on Monday they would form a joint venture to "
      "run electric ferries.\n\nThe Danish Competition Authority is expected to examine the "
      "venture, a Brakvik spokesperson said.");
  for (const std::string& f : facts) CHECK(f.find(" investigates ") == std::string::npos);
}

}  // namespace kg::ingest
