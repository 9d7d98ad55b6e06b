// Passive relatives about a name inside a possessed phrase (en_passive_relatives.h): "X's
// assistant, Y, which was rolled out" (the possessor released Y) and "X, whose drug Y was approved
// by Z" (Z approved Y). Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a possessed product's passive relative without an agent: the possessor did it",
          "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Portugal's largest carrier Brisa Networks said on Monday it had hired 200 engineers.\n\n"
      "Brisa CEO Ana Lopes said the chips would first run the carrier's booking assistant, Brisa "
      "Pal, which was rolled out to 3 million users last year.");
  CHECK(Has(facts, "Brisa Networks released Brisa Pal"));
  facts = FactLines(
      "Analysts praised Ardent Mobile's booking assistant, Ardent Pal, which was launched in "
      "2022.");
  CHECK(Has(facts, "Ardent Mobile released Ardent Pal"));
}

TEST_CASE("a whose-relative's passive with an agent: the agent did it", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Torvik competes with Halvorsen Therapeutics, whose drug Zentrava was approved by the U.S. "
      "Food and Drug Administration in 2023.");
  CHECK(Has(facts, "U.S. Food and Drug Administration approved Zentrava"));
}

TEST_CASE("no vocabulary verb, or a whose-relative with no agent, states nothing",
          "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Analysts praised Ardent Mobile's booking assistant, Ardent Pal, which was criticised in "
      "2022.");
  CHECK_FALSE(HasRelation(facts, "released"));
  facts = FactLines(
      "Torvik competes with Halvorsen Therapeutics, whose drug Zentrava was approved in 2023.");
  CHECK_FALSE(HasRelation(facts, "approved"));
  // An agent read short as a country ("by the U.S. ...") is no agent.
  facts = FactLines(
      "Torvik competes with Halvorsen Therapeutics, whose drug Zentrava was approved "
      "by the U.S. regulator in 2023.");
  CHECK_FALSE(HasRelation(facts, "approved"));
}

}  // namespace kg::ingest
