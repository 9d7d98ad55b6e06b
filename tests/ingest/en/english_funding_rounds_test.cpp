// Who led a company's funding round invested in it: "in a round led by Y", "Y, which led its
// round", "Y led X's round". Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("the leader of a funding round invested in the company", "[ingest][english]") {
  const Case cases[] = {
      {"Brightline Robotics, founded in 2017 by former Siemens engineer Karin Olsen, was valued at "
       "$900 million last year in a funding round led by Tessaro's Growth Fund.",
       {"Growth Fund invested_in Brightline Robotics [date 2024]"}},
      {"Brightline Robotics raised $40 million in a seed round co-led by Northpeak Ventures and "
       "Halvard Capital.",
       {"Northpeak Ventures invested_in Brightline Robotics",
        "Halvard Capital invested_in Brightline Robotics"}},
      {"Northpeak Ventures led Brightline Robotics's $40 million financing round in 2023.",
       {"Northpeak Ventures invested_in Brightline Robotics [date 2023]"}},
  };
  CHECK(MissingFacts(cases).empty());
}

TEST_CASE("a round whose company the sentence does not name has no investor", "[ingest][english]") {
  // The person who opens the sentence is no company; a round with no company names nobody.
  std::vector<std::string> person =
      FactLines("Karin Olsen said the seed round had been led by Northpeak Ventures.");
  CHECK_FALSE(HasRelation(person, "invested_in"));
  std::vector<std::string> alone =
      FactLines("Northpeak Ventures, which led the funding round, declined to comment.");
  CHECK_FALSE(HasRelation(alone, "invested_in"));
  // The name that reports the round is not its company; the name it reports about is.
  std::vector<std::string> said = FactLines(
      "Tessaro said Brightline Robotics had raised $40 million in a seed round led by Northpeak "
      "Ventures.");
  CHECK_FALSE(Has(said, "Northpeak Ventures invested_in Tessaro"));
  CHECK(Has(said, "Northpeak Ventures invested_in Brightline Robotics"));
  // "led" of something else than a round is no investment.
  std::vector<std::string> other =
      FactLines("Brightline Robotics was founded by a team led by Karin Olsen in 2017.");
  CHECK_FALSE(HasRelation(other, "invested_in"));
}

}  // namespace kg::ingest
