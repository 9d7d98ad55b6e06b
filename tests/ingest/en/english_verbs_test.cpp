// English verbs of advising, fining, awarding and reviewing (advised, fined, awarded_to,
// investigates), the passive agent behind the values of a passive verb ("was fined 40 million
// euros by X"), verbs stated in the passive ("X is based in Y"), a headline's verb between two
// names, and titles of several words before a name. Sentences of our own.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a bank that advises a company on a deal: advised, active and passive", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Morrow Partners advised Tarrow Bank on the deal, and Helm Works was advised by Lowe Capital.");
  CHECK(Has(facts, "Morrow Partners advised Tarrow Bank"));
  CHECK(Has(facts, "Lowe Capital advised Helm Works"));
  CHECK_FALSE(Has(facts, "Helm Works advised Lowe Capital"));
}

TEST_CASE("an authority that fines a company, with the amount between the passive verb and its agent",
          "[ingest][english]") {
  std::vector<std::string> plain =
      FactLines("Tarrow Bank was fined 40 million euros by the Banking Authority in 2021.");
  CHECK(Has(plain, "Banking Authority fined Tarrow Bank [amount 40000000 EUR] [date 2021]"));
  // An appositive between the name and its passive verb: the name, not the appositive's place.
  std::vector<std::string> apposed = FactLines(
      "Helm Works, Tarrow Bank's largest rival in Spain, was fined 12 million euros by the Banking Authority.");
  CHECK(Has(apposed, "Banking Authority fined Helm Works [amount 12000000 EUR]"));
  for (const std::string& f : apposed) CHECK(f.find("Spain fined") == std::string::npos);
  CHECK_FALSE(Has(apposed, "Spain fined Banking Authority"));
  // A relative clause between them, and a hyphenated word after the agent.
  std::vector<std::string> relative = FactLines(
      "Orla Bank, which is headquartered in Lisbon and runs 80 branches, was fined 20 million euros by the "
      "Banking Authority in 2022 over weak anti-fraud controls.");
  CHECK(Has(relative, "Banking Authority fined Orla Bank [amount 20000000 EUR] [date 2022]"));
  // No agent: nobody is said to have fined the company.
  std::vector<std::string> bare = FactLines("Tarrow Bank was fined 40 million euros in 2021.");
  CHECK_FALSE(HasRelation(bare, "fined"));
}

TEST_CASE("an agency that awards a contract or licence to a company: awarded_to", "[ingest][english]") {
  const Case cases[] = {
      {"The Transport Ministry awarded Vesta Rail a $300 million contract to build the line.",
       {"Transport Ministry awarded_to Vesta Rail [amount 300000000 USD]"}},
      {"The licence was awarded to Orvo Labs by the Energy Agency in 2024.",
       {"Energy Agency awarded_to Orvo Labs [date 2024]"}},
  };
  CheckCases(cases);
}

TEST_CASE("a vocabulary title of several words before a name states its relation, not a position",
          "[ingest][english]") {
  std::vector<std::string> facts = FactLines("Tarrow Bank chief executive Mara Quinn said the bank would grow.");
  CHECK(Has(facts, "Mara Quinn ceo_of Tarrow Bank"));
  CHECK_FALSE(HasRelation(facts, "position_held"));
  // A title outside the vocabulary stays a position with its role.
  std::vector<std::string> other = FactLines("Tarrow Bank chief economist Mara Quinn said the bank would grow.");
  CHECK(Has(other, "Mara Quinn position_held Tarrow Bank [role chief economist]"));
}

TEST_CASE("a Baltic nationality before a descriptor places the name, and is no name itself",
          "[ingest][english]") {
  std::vector<std::string> facts = FactLines("Helm Works agreed to buy Estonian studio Vesta Games.");
  CHECK(Has(facts, "Vesta Games located_in Estonia"));
  for (const std::string& f : facts) CHECK(f.find("Estonian") == std::string::npos);
}

TEST_CASE("a verb stated in the passive has its relation's subject for its subject: 'X is based in Y'",
          "[ingest][english]") {
  CHECK(Has(FactLines("Talvo is based in Norway."), "Talvo located_in Norway"));
  CHECK(Has(FactLines("The regulator said Orla, which is based in Lisbon, had blocked Vesta Games from selling coins."),
            "Orla located_in Lisbon"));
  // A subject known to be an organisation is no object the place's type must fit.
  CHECK(Has(FactLines("Tarrow Bank is based in Berlin."), "Tarrow Bank located_in Berlin"));
  CHECK(Has(FactLines("Orla Bank, which is headquartered in Lisbon and runs 80 branches, was fined by the regulator."),
            "Orla Bank located_in Lisbon"));
  // A passive with an agent keeps the agent as the subject.
  std::vector<std::string> agent = FactLines("Tarrow Bank was acquired by Helm Works in 2021.");
  CHECK(Has(agent, "Helm Works acquired Tarrow Bank [date 2021]"));
}

TEST_CASE("a headline's verb between two names makes a clause, not a title before a person", "[ingest][english]") {
  std::vector<std::string> facts = FactLines("Vesta fines game publisher Orla Studios 20 million euros over coin sales");
  CHECK_FALSE(HasRelation(facts, "position_held"));
  CHECK(Has(facts, "Vesta fined Orla Studios [amount 20000000 EUR]"));
}

TEST_CASE("a regulator that reviews a company or its venture investigates it",
          "[ingest][english]") {
  CHECK(Has(FactLines("The Nordic Competition Board is reviewing Vesta Logistics."),
            "Nordic Competition Board investigates Vesta Logistics"));
  CHECK(Has(
      FactLines("The Federal Cartel Office is expected to review Vesta Logistics, a spokesperson "
                "said."),
      "Federal Cartel Office investigates Vesta Logistics [status planned]"));
  // A review of no named thing states no investigation.
  for (const std::string& f : FactLines("Vesta Logistics reviewed its options after the vote."))
    CHECK(f.find(" investigates ") == std::string::npos);
}

}  // namespace kg::ingest
