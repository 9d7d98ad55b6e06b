// A person who heads or runs an organisation's unit ("X, who runs the company's retail arm,
// Y") holds a position at the organisation and, when the unit is named, heads it. Sentences of
// our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("who heads or runs a possessed unit", "[ingest][english]") {
  CHECK(
      MissingFacts(
          {
              {"Corvane said its chairman, Tom Ruud, would step down and be replaced by Amira "
               "Stone, "
               "who currently runs the company's Danish unit, Corvane Nordic.",
               {"Amira Stone ceo_of Corvane Nordic",
                "Amira Stone position_held Corvane [role head of Danish unit]"}},
              {"Halvard and the Western Leeds Institute of Science plan to open a robotics lab in "
               "May. "
               "Professor Dana Holt, who heads the institute's physics department, will run the "
               "lab.",
               {"Dana Holt position_held Western Leeds Institute of Science [role head of physics "
                "department]"}},
          })
          .empty());
}

TEST_CASE("no headed unit without a possessor or after a base verb", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Brenvo hired Ola Nygaard, who will run a new trading desk in Oslo.");
  for (const std::string& f : facts)
    CHECK(f.find("Ola Nygaard position_held") == std::string::npos);
}

}  // namespace kg::ingest
