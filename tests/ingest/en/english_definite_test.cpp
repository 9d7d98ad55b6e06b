// "the lab" points to the last thing of that head: a name ending in it ("Orvik Labs"), unless a
// later sentence introduces a new, unnamed one ("plan to open a joint research lab"), which the
// definite phrase then means. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a definite noun points to a name ending in it", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Finnish studio Orvik Labs was set up in 2019. Professor Anna Berg, who heads the "
      "institute's design department, will direct the lab.");
  CHECK(Has(facts, "Professor Anna Berg leads Orvik Labs [status planned]"));
}

TEST_CASE("a new unnamed thing of the same head takes the definite noun", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Finnish studio Orvik Labs was set up in 2019. Velko and the Turku Institute of Design plan "
      "to open a joint research lab for robotics in Espoo next year. Professor Anna Berg, who "
      "heads the institute's design department, will direct the lab.");
  for (const std::string& f : facts) CHECK(f.find("leads Orvik Labs") == std::string::npos);
}

}  // namespace kg::ingest
