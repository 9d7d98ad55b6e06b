// Stakes written other than "X owns 72% of Y": a percentage passive ("Y is 35% owned by X"),
// the whole ("X will own all of Y"), a shareholder apposition with its stake, and a table
// that gives each row's stake. Sentences and tables of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"
#include "tests/support/extract.h"

namespace kg::ingest {

TEST_CASE("an English stake is read from a passive, the whole and a shareholder apposition",
          "[ingest][english]") {
  const Case cases[] = {
      {"Brava Foods is 35% owned by Danish investment group Olsen Holdings, which bought in during "
       "2022.",
       {"Olsen Holdings owner_of Brava Foods [percent 35]"}},
      {"Miro Bank is 60 percent owned by Castell Finance.",
       {"Castell Finance owner_of Miro Bank [percent 60]"}},
      {"Castell Finance will own all of Miro Bank once the deal closes, the companies said.",
       {"Castell Finance owner_of Miro Bank [status planned]"}},
      {"Danish pension fund Norrland Pension, Miro Bank's largest shareholder with a 12% stake, "
       "backed the deal.",
       {"Norrland Pension owner_of Miro Bank [percent 12]"}},
  };
  CHECK(MissingFacts(cases).empty());
}

TEST_CASE("a passive without a percentage and a sale are no stake readings", "[ingest][english]") {
  // The plain passive stays the verb's own reading, without a percentage.
  CHECK(Has(FactLines("Miro Bank is owned by Castell Finance."),
            "Castell Finance owner_of Miro Bank"));
  // A percentage elsewhere in the clause is no part held.
  for (const std::string& f :
       FactLines("Miro Bank was bought by Castell Finance, whose shares rose 5% on the news.")) {
    UNSCOPED_INFO(f);
    CHECK(f.find("percent") == std::string::npos);
  }
}

TEST_CASE("a table column or cell of stakes gives each row's key a part of the company",
          "[ingest][english][tables]") {
  const char* table =
      "# Kessel Data\n\n"
      "Brevik Energy and Orla Telecom will set up Kessel Data, a data-centre venture.\n\n"
      "| Partner | Stake in Kessel Data | Contribution |\n|---|---|---|\n"
      "| Brevik Energy | 60% | Power from its wind farms |\n"
      "| Orla Telecom | 40% | Fibre links to the site |\n\n"
      "| Party | Role |\n|---|---|\n"
      "| Norrland Pension | Seller of its 15% stake in Brevik Energy |\n";
  CHECK(kg::testing::HasFact(table, "Brevik Energy owner_of Kessel Data", "markdown"));
  CHECK(kg::testing::HasFact(table, "Orla Telecom owner_of Kessel Data", "markdown"));
  CHECK(kg::testing::HasFact(table, "Norrland Pension owner_of Brevik Energy", "markdown"));
  // A stake column's percentage under a header naming no company states nothing.
  for (const std::string& f : kg::testing::FactsOfDocument(
           "| Partner | Stake |\n|---|---|\n| Orla Telecom | 50% |\n", "markdown")) {
    UNSCOPED_INFO(f);
    CHECK(f.find("owner_of") == std::string::npos);
  }
}

}  // namespace kg::ingest
