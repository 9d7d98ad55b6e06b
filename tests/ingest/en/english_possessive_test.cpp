// A possessive before a title or a unit noun and a name set off by a comma: "Orla's chief
// financial officer, Ada Brandt," (or "Ada Brandt, Orla's chief financial officer,") holds
// that office; "its imaging unit, Claro Scan," is owned.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a possessive title before a name after a comma states the person's position",
          "[ingest][english]") {
  const Case cases[] = {
      {"Orla Bank's chief financial officer, Ada Brandt, said the lender expected lower costs next "
       "year.",
       {"Ada Brandt position_held Orla Bank [role chief financial officer]"}},
      {"Tessin Motors said its former chairman, Karl Ahlberg, had left the board in May.",
       {"Karl Ahlberg position_held Tessin Motors [role former chairman]"}},
      {"Brevik Foods' chief executive, Nora Lund, said the plant would open in 2027.",
       {"Nora Lund ceo_of Brevik Foods"}},
      {"Merano Telecom said on Friday its chairman, Paolo Greco, would retire in June.",
       {"Paolo Greco position_held Merano Telecom [role chairman]"}},
  };
  CheckCases(cases);
  // A unit or a product behind the possessive is no person's office.
  for (const std::string& f :
       FactLines("Merano Telecom said the carrier's shopping assistant, Merano Helper, "
                 "would answer calls.")) {
    CHECK(f.find("position_held") == std::string::npos);
  }
  for (const std::string& f :
       FactLines("Tessin Motors said its truck unit, Volta Haul, would be sold.")) {
    CHECK(f.find("position_held") == std::string::npos);
    CHECK(f.find("ceo_of") == std::string::npos);
  }
}

TEST_CASE("a name before a possessive title after a comma states the person's position",
          "[ingest][english]") {
  const Case cases[] = {
      {"Ada Brandt, Orla Bank's chief technology officer, will chair the new venture's board.",
       {"Ada Brandt position_held Orla Bank [role chief technology officer]"}},
      {"The plan was presented by Nora Lund, Brevik Foods' chief executive.",
       {"Nora Lund ceo_of Brevik Foods"}},
  };
  CHECK(MissingFacts(cases).empty());
  // A rival or a supplier behind the possessive holds no office.
  for (const std::string& f :
       FactLines("Kessel Group, Orla Bank's biggest rival in Norway, cut its fees in May.")) {
    CHECK(f.find("position_held") == std::string::npos);
  }
}

TEST_CASE(
    "a possessive before a unit noun and a name after a comma states that the possessor owns it",
    "[ingest][english]") {
  const Case cases[] = {
      {"Tessin Motors also said it had closed its truck unit, Volta Haul, in March.",
       {"Tessin Motors owner_of Volta Haul"}},
      {"Orla Bank will move Kessel Group's payments unit, Fennic Pay, to a new platform.",
       {"Kessel Group owner_of Fennic Pay"}},
  };
  CheckCases(cases);
}

}  // namespace kg::ingest
