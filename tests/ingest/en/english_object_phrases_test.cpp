// The object a verb reaches through a phrase around its name: a product's name before the common
// noun that heads the object ("unveiled its X-7 drone"), a preposition after an adverb
// ("competes mainly with X"). Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a preposition after an adverb belongs to the verb", "[ingest][english]") {
  CHECK(Has(FactLines("Veltro Robotics competes mainly with Danish rival Orvane Drones."),
            "Veltro Robotics competes_with Orvane Drones"));
  CHECK(Has(FactLines("Halvard Capital invested heavily in Veltro Robotics."),
            "Halvard Capital invested_in Veltro Robotics"));
}

}  // namespace kg::ingest
