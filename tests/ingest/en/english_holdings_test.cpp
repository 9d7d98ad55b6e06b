// Stakes written other than "X owns 72% of Y": a percentage passive ("Y is 35% owned by X"),
// the whole ("X will own all of Y"), a shareholder apposition with its stake. Sentences of
// our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

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

}  // namespace kg::ingest
