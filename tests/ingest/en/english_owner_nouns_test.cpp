// A company named as another's unit, arm or subsidiary ("X, the research arm of Y", "X is a
// unit of Y") is owned by it. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a unit, arm or subsidiary of a company is owned by it", "[ingest][english]") {
  const Case cases[] = {
      {"Korvel Labs, the robotics arm of Tessin Group, will supply the software.",
       {"Tessin Group owner_of Korvel Labs"}},
      {"Brava Foods is a unit of Olsen Holdings, the conglomerate run by Per Olsen.",
       {"Olsen Holdings owner_of Brava Foods"}},
      {"Miro Bank, a subsidiary of Castell Finance, said profit rose.",
       {"Castell Finance owner_of Miro Bank"}},
  };
  CHECK(MissingFacts(cases).empty());
}

}  // namespace kg::ingest
