// Sites a company builds without naming them ("is building a $2 billion cell plant in X"): the
// site becomes an entity named after its place, with the bare phrase for an alias, and is
// located in that place; and a sentence ending in an object relative clause parses without it;
// a pronoun after "the <Place> <noun>" is that noun, not the place.
// Sentences of our own.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a company builds an unnamed site in a city and its state", "[ingest][english]") {
  Extraction x;
  std::vector<std::string> facts = FactLines(
      "Tarrow Biologics said on Monday it plans to build a $300 million packaging plant in Dayton, Ohio.", &x);
  CHECK(Has(facts, "Tarrow Biologics builds Dayton packaging plant [amount 300000000 USD] [status planned]"));
  CHECK(Has(facts, "Dayton packaging plant located_in Dayton, Ohio"));
  // The bare phrase is the site's alias: a reader may call it "the packaging plant".
  bool aliased = false;
  for (const ExtractedEntity& e : x.entities) {
    if (e.name != "Dayton packaging plant") continue;
    for (const Alias& a : e.aliases) aliased |= a.text == "packaging plant";
  }
  CHECK(aliased);
}

TEST_CASE("a site at a named place, after an object relative clause is left out", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Velko Drinks flies from Marsden Yard. Velko Drinks won 20 million euros from the Transit Fund's grant scheme "
      "this year and is building a second bottling plant at Marsden Yard, which it hopes to finish in 2027 at a "
      "cost of 90 million euros.");
  CHECK(Has(facts, "Velko Drinks builds Marsden Yard second bottling plant"));
  CHECK(Has(facts, "Marsden Yard second bottling plant located_in Marsden Yard"));
}

TEST_CASE("a site without a modifier, or a name that is no place, makes no site", "[ingest][english]") {
  // "a plant": too bare to be one site of its own.
  CHECK_FALSE(HasRelation(FactLines("Tarrow Biologics is building a plant in Dayton."), "builds"));
  // "in Texas, Acme said": the name after the comma is no state of the place.
  std::vector<std::string> facts =
      FactLines("Orla Foods will build a new bottling plant in Austin, Kemper Foods said on Monday.");
  for (const std::string& f : facts) CHECK(f.find("Austin, Kemper") == std::string::npos);
}

TEST_CASE("a pronoun after a name that modifies a noun is that noun's, not the name's", "[ingest][english]") {
  // "it" is the campus; the campus's place is no object of the verb.
  std::vector<std::string> facts = FactLines(
      "Orla Power will supply processors for the Porto campus, and Spanish builder Corvera Obras will build it.");
  CHECK_FALSE(Has(facts, "Corvera Obras builds Porto"));
  // A name the pronoun does point to still is the object.
  CHECK(Has(FactLines("Halvard Group studied Brio Cafe for a year, and Tessa Capital will acquire it."),
            "Tessa Capital acquired Brio Cafe [status planned]"));
}

}  // namespace kg::ingest
