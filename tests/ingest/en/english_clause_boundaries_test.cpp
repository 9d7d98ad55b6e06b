// Where a phrase's names stop: ", and" before a second name opens a new clause, not a list
// ("chief executive of A, and B, its CFO, will ..."), and a place after a noun phrase of the
// same preposition says where that thing is ("invest in the X project in P"). Sentences of our
// own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a comma before 'and' ends the organisations of a title", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Brisk Mills named Hanna Oberg chief executive of Tarlow Bakeries, and Jonas Wyke, its "
      "finance chief, will chair the board.");
  CHECK(Has(facts, "Hanna Oberg ceo_of Tarlow Bakeries"));
  CHECK_FALSE(Has(facts, "Hanna Oberg ceo_of Jonas Wyke"));
  // Without the comma the two names are one list.
  std::vector<std::string> list =
      FactLines("Hanna Oberg is a member of Tarlow Bakeries and Brisk Mills.");
  CHECK(Has(list, "Hanna Oberg member_of Tarlow Bakeries"));
  CHECK(Has(list, "Hanna Oberg member_of Brisk Mills"));
}

TEST_CASE("the place of an invested project is not invested in", "[ingest][english]") {
  std::vector<std::string> project = FactLines(
      "Harrow Capital plans to invest up to $3 billion in the Belmond data center project in "
      "Portugal.");
  for (const std::string& f : project) CHECK(f.find("invested_in Portugal") == std::string::npos);
  // A place invested in directly still is.
  std::vector<std::string> country =
      FactLines("Harrow Capital has invested $3 billion in Portugal.");
  CHECK(Has(country, "Harrow Capital invested_in Portugal [amount 3000000000 USD]"));
}

}  // namespace kg::ingest
