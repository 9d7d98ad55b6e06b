// Titles coordinated in an apposition before "of": "X, chairman and chief executive of Y" states
// each title at Y, ceo_of for the chief executive and a position with its role for the chairman.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("each title coordinated before 'of' in an apposition counts", "[ingest][english]") {
  const Case cases[] = {
      {"Ingrid Solberg, chairman and chief executive of Harstad Shipping, opened the new terminal.",
       {"Ingrid Solberg ceo_of Harstad Shipping",
        "Ingrid Solberg position_held Harstad Shipping [role chairman]"}},
      {"The deal was signed by Tomas Brandt, president and chief executive of Kolvik Paper.",
       {"Tomas Brandt ceo_of Kolvik Paper",
        "Tomas Brandt position_held Kolvik Paper [role president]"}},
      {"Orla Bank hired Marit Dahl, chairman and chief executive of insurance company Fjell Liv, "
       "as its new head of risk.",
       {"Marit Dahl ceo_of Fjell Liv", "Marit Dahl position_held Fjell Liv [role chairman]"}},
  };
  CheckCases(cases);
}

TEST_CASE("a single title before 'of' is only that title", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Ingrid Solberg, chairman of Harstad Shipping, opened the new terminal.");
  CHECK(Has(facts, "Ingrid Solberg position_held Harstad Shipping"));
  CHECK_FALSE(Has(facts, "Ingrid Solberg ceo_of Harstad Shipping"));
}

}  // namespace kg::ingest
