// A passive verb whose relation turns its object into the fact's subject ("X was founded by Y":
// X founded_by Y) checks the grammatical subject against the relation's subject type: a name
// the mention layer types as an organisation keeps its founder. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("an organisation founded by a person, in the passive", "[ingest][english]") {
  CHECK(Has(FactLines("Dunmore Systems was founded by Elena Marsh."),
            "Dunmore Systems founded_by Elena Marsh"));
  CHECK(Has(FactLines("Veltro Robotics, which was founded in 2015 by Aino Lehto, makes drones."),
            "Veltro Robotics founded_by Aino Lehto [date 2015]"));
}

}  // namespace kg::ingest
