// A relation noun between a possessive and a name ("its Swiss partner X", "the company's Mexican
// unit, X"): the possessor and the name stand in the noun's relation. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("its partner after the only organisation named before it", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "The new line will fill vials for Orsola Pharma and for other drugmakers, including its "
      "Swiss partner Velden Biotech.");
  for (const std::string& f : facts) INFO(f);
  CHECK((Has(facts, "Orsola Pharma partnered_with Velden Biotech") ||
         Has(facts, "Velden Biotech partnered_with Orsola Pharma")));
  CHECK(Has(facts, "Velden Biotech located_in Switzerland"));
}

TEST_CASE("the company's unit set off by commas belongs to the opening organisation",
          "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Marlin Energy said its chairman, Tomas Berg, would be replaced by Rosa Lind, who now runs "
      "the company's Mexican unit, Sol Norte.");
  CHECK(Has(facts, "Marlin Energy owner_of Sol Norte"));
  CHECK(Has(facts, "Sol Norte located_in Mexico"));
}

TEST_CASE("a named possessor's rival before a name", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Arden Retail's biggest rival Kestrel Stores opened 40 shops in May.");
  CHECK((Has(facts, "Kestrel Stores competes_with Arden Retail") ||
         Has(facts, "Arden Retail competes_with Kestrel Stores")));
}

TEST_CASE("a relation noun with no name after it states nothing", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Arden Retail blocked its rival app stores from selling game coins in Europe.");
  CHECK_FALSE(HasRelation(facts, "competes_with"));
}

TEST_CASE("the company's unit with no organisation opening the sentence states nothing",
          "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Sales rose 9% last year at the company's Mexican unit, Sol Norte.");
  CHECK_FALSE(HasRelation(facts, "owner_of"));
}

TEST_CASE("its partner with two organisations before it states nothing", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "The new line will fill vials for Orsola Pharma and Brenna Labs, including its partner "
      "Velden Biotech.");
  CHECK_FALSE(HasRelation(facts, "partnered_with"));
}

TEST_CASE("a person's unit or partner is no organisation's", "[ingest][english]") {
  // The title before the name makes her a person.
  std::vector<std::string> facts = FactLines(
      "Marlin Energy chief executive Rosa Lind said on Monday that Rosa Lind's partner Tomas "
      "Berg would sell Rosa Lind's unit, Sol Norte.");
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  CHECK_FALSE(HasRelation(facts, "partnered_with"));
  CHECK_FALSE(HasRelation(facts, "owner_of"));
}

TEST_CASE("a person's partner is no organisation's partner", "[ingest][english]") {
  // Both names untyped; the possessor has the shape of a given name and a family name.
  std::vector<std::string> person =
      FactLines("Nora Velt's business partner Emil Strom said the shop would reopen in May.");
  CHECK_FALSE(HasRelation(person, "partnered_with"));
  // An organisation's name in the same place keeps the relation.
  std::vector<std::string> company =
      FactLines("Orvane Foods's business partner Kessel Dairy said the plant would reopen in May.");
  CHECK((Has(company, "Orvane Foods partnered_with Kessel Dairy") ||
         Has(company, "Kessel Dairy partnered_with Orvane Foods")));
}

}  // namespace kg::ingest
