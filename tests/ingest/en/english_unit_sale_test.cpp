// A company that sells a unit it names in an apposition ("sold its unit, Y, to Z") hands Y to
// the buyer: Z acquired Y, with the price and the plan. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("the buyer of a unit sold by name acquired it", "[ingest][english]") {
  std::vector<std::string> done = FactLines(
      "Orvane Foods said it had sold its frozen-meals unit, Polar Kitchen, to Dutch group Kessel "
      "Dairy for $40 million.");
  CHECK(Has(done, "Kessel Dairy acquired Polar Kitchen [amount 40000000 USD]"));
  std::vector<std::string> plan = FactLines(
      "Tarrow Farms will sell Orvane Foods's seed-breeding division, Greenrow Seeds, to investment "
      "firm Halvard Capital.");
  CHECK(Has(plan, "Halvard Capital acquired Greenrow Seeds [status planned]"));
}

TEST_CASE("no acquisition from a denied sale or without a unit noun", "[ingest][english]") {
  CHECK_FALSE(HasRelation(FactLines("Orvane Foods refused to sell its frozen-meals unit, Polar "
                                    "Kitchen, to Dutch group Kessel Dairy."),
                          "acquired"));
  // The name after the comma is a customer, not a unit.
  CHECK_FALSE(HasRelation(FactLines("Orvane Foods sells frozen meals in Europe, Polar Kitchen, to "
                                    "Kessel Dairy."),
                          "acquired"));
}

}  // namespace kg::ingest
