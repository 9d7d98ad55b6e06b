// A joint venture its partners announce and then name: the partners established the named
// venture, and where it "will be based" places it. Sentences of our own.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("partners establish the joint venture named after them", "[ingest][english]") {
  std::vector<std::string> later = FactLines(
      "Brakvik Lines and Haverstad Terminals said on Monday they had formed a joint venture to run "
      "electric ferries.\n\nThe venture, named Fjordvolt, will be based in Aarhus and start "
      "service "
      "in May.");
  CHECK(Has(later, "Brakvik Lines established Fjordvolt"));
  CHECK(Has(later, "Haverstad Terminals established Fjordvolt"));
  CHECK(Has(later, "Fjordvolt located_in Aarhus"));
  std::vector<std::string> same = FactLines(
      "Peltar Systems and Ulvila Savings announced a joint venture called Peltar Pay to sell "
      "payment "
      "terminals.");
  CHECK(Has(same, "Peltar Systems established Peltar Pay"));
  CHECK(Has(same, "Ulvila Savings established Peltar Pay"));
}

TEST_CASE("a named venture with no partnership before it has no founders", "[ingest][english]") {
  std::vector<std::string> alone =
      FactLines("The venture, named Fjordvolt, will be based in Aarhus and start service in May.");
  CHECK_FALSE(std::any_of(alone.begin(), alone.end(), [](const std::string& f) {
    return f.find(" established ") != std::string::npos;
  }));
  // A unit called X is no venture of the partners named before.
  std::vector<std::string> unit = FactLines(
      "Brakvik Lines and Haverstad Terminals said they had formed a joint venture.\n\nBrakvik "
      "Lines "
      "also runs a unit called Brakvik Cargo.");
  CHECK_FALSE(Has(unit, "Haverstad Terminals established Brakvik Cargo"));
}

}  // namespace kg::ingest
