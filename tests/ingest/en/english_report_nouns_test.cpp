// "X denied reports that Y would buy a stake in Z": the clause after the report noun is read,
// and denied. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a clause denied behind a report noun is read denied", "[ingest][english]") {
  const Case cases[] = {
      {"Ola Brenner, speaking after the meeting, denied reports that Tessaro Group would buy a "
       "stake in Brightline Robotics.",
       {"Tessaro Group invested_in Brightline Robotics [status planned] [negated]"}},
      {"Tessaro Group denies claims that Halvard Capital will invest in Brightline Robotics.",
       {"Halvard Capital invested_in Brightline Robotics [status planned] [negated]"}},
      {"Halvard Capital denied rumours that it plans to acquire Brightline Robotics.",
       {"Halvard Capital acquired Brightline Robotics [status planned] [negated]"}},
  };
  CHECK(MissingFacts(cases).empty());
}

TEST_CASE("a report noun after no negating verb stays a report", "[ingest][english]") {
  // Only a negating verb drops the noun; nothing here states the purchase, denied or not.
  std::vector<std::string> facts = FactLines(
      "Ola Brenner read reports that Tessaro Group would buy a stake in Brightline Robotics.");
  CHECK_FALSE(
      Has(facts, "Tessaro Group invested_in Brightline Robotics [status planned] [negated]"));
}

}  // namespace kg::ingest
