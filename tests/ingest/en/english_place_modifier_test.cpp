// A place's name before a name's descriptor words ("Hamburg shipping group X", "Ohio grocery
// chain X") places that name, as a nationality adjective does; a title or a verb after the
// place keeps it from describing the name. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a city or state before a descriptor places the name after it", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "The complaint came from Harbo Freight, which is owned by Hamburg shipping group Elbtor "
      "Lines.");
  CHECK(Has(facts, "Elbtor Lines located_in Hamburg"));
  CHECK_FALSE(Has(facts, "Harbo Freight located_in Hamburg"));
  facts = FactLines(
      "Retailer Corvane and Ohio grocery chain Milbrook Markets said on Monday that they would "
      "merge.");
  CHECK(Has(facts, "Milbrook Markets located_in Ohio"));
}

TEST_CASE("a place before a title, a verb or a common name places nothing", "[ingest][english]") {
  CHECK_FALSE(
      HasRelation(FactLines("Lisbon chief executive Rosa Duarte said sales rose."), "located_in"));
  CHECK_FALSE(
      HasRelation(FactLines("Lisbon officials criticised Harbo Freight on Monday."), "located_in"));
}

}  // namespace kg::ingest
