// A site's name before "in <Place>" ("from Brekke Spaceport in northern Sweden", "at the
// group's Nordholm Works factory in Ohio") places the site; a company's name before a site
// noun ("the Tesla plant") does not. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a named site in a place is located there", "[ingest][english]") {
  CheckCases({
      {"Velko Space will launch the probe from Brekke Spaceport in northern Sweden.",
       {"Brekke Spaceport located_in Sweden"}},
      {"The engines will be built at the group's Nordholm Works factory in Ohio from 2027.",
       {"Nordholm Works located_in Ohio"}},
  });
}

TEST_CASE("a company before a site noun is not placed by the site's place", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Velko Space will test the engines at the Orvane plant in Ohio next year.");
  CHECK_FALSE(Has(facts, "Orvane located_in Ohio"));
}

}  // namespace kg::ingest
