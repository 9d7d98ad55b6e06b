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

TEST_CASE("a name after 'and' and a descriptor is a second party, not a title holder",
          "[ingest][english]") {
  // "A and Japanese shipper B": the words after "and" describe B; B holds no position at A,
  // and the two signed together.
  std::vector<std::string> facts = FactLines(
      "Halvard Maritime and Japanese shipper Kento Lines signed an agreement to share port "
      "terminals.");
  CHECK_FALSE(Has(facts, "Kento Lines position_held Halvard Maritime"));
  CHECK(Has(facts, "Halvard Maritime partnered_with Kento Lines"));
  CHECK(Has(facts, "Kento Lines located_in Japan"));
  // A title right after the company still is one.
  CHECK(Has(FactLines("Brekke Group chairman Sigrid Lund and Kento Lines signed a deal."),
            "Sigrid Lund position_held Brekke Group"));
}

}  // namespace kg::ingest
