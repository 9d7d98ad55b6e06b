// A company that sells a unit it names in an apposition ("sold its unit, Y, to Z") hands Y to
// the buyer: Z acquired Y, with the price and the plan; a company sold ("X, which Y sold to Z")
// is no supply to the buyer. Sentences of our own.
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

TEST_CASE("a company sold to a buyer is no supply to it", "[ingest][english]") {
  // The object of "sold" is the company Brenvo (the relative clause's antecedent): nothing is
  // supplied to the bank.
  CHECK_FALSE(HasRelation(FactLines("Dana Holt will leave Brenvo, which Castell Group sold to "
                                    "Dutch lender Varsa Bank in 2023, at the end of May."),
                          "supplies"));
  // Goods sold to a buyer still are.
  CHECK(Has(FactLines("Castell Group sells turbines to Varsa Bank."),
            "Castell Group supplies Varsa Bank"));
}

TEST_CASE("a company sold by name goes to the buyer", "[ingest][english]") {
  // A name right after the sale verb, untyped: the company itself is sold, not goods supplied.
  std::vector<std::string> facts =
      FactLines("Merrow Logistics sold Pelka Freight to Ostra Shipping.");
  CHECK(Has(facts, "Ostra Shipping acquired Pelka Freight"));
  CHECK_FALSE(HasRelation(facts, "supplies"));
  CHECK(
      Has(FactLines("Merrow Logistics will sell Pelka Freight to Ostra Shipping for $80 million."),
          "Ostra Shipping acquired Pelka Freight [amount 80000000 USD] [status planned]"));
  // Common-noun goods sold to the same buyer stay a supply, and nothing is acquired.
  std::vector<std::string> goods = FactLines("Merrow Logistics sold trucks to Ostra Shipping.");
  CHECK(Has(goods, "Merrow Logistics supplies Ostra Shipping"));
  CHECK_FALSE(HasRelation(goods, "acquired"));
}

}  // namespace kg::ingest
