// A clause's object written as a name inside a product noun phrase ("unveiled its Vega-3
// weather satellite"): the parse heads the phrase with the noun, and the fact must still
// reach the name; a company's name after "the" ("the Nordwind Group satellite") may be its
// maker, not the product.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a name modifying a product noun after a possessive is the clause's object",
          "[ingest][english]") {
  const Case cases[] = {
      {"Polaris Orbit unveiled its Vega-3 weather satellite in Lisbon.",
       {"Polaris Orbit released Vega-3"}},
      {"Tarn Motors will use Halvard's Quill routing software.",
       {"Tarn Motors uses Quill [status planned]"}},
  };
  CheckCases(cases);
  for (const std::string& f :
       FactLines("Tarn Motors unveiled the Nordwind Group weather satellite.")) {
    CHECK(f.find("released Nordwind") == std::string::npos);
  }
}

}  // namespace kg::ingest
