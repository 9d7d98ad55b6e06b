// "X was set up by A and B": Link Grammar misreads the phrasal participle after "was", so the
// founders were lost or turned around; the parse now reads "founded" in its place. Sentences of
// our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a company set up by two people, with a place and a year between", "[ingest][english]") {
  CheckCases({
      Case{"Velmora Studio was set up in Riga in 2020 by siblings Anna Berzina and Karlis Berzins, "
           "who still run it.",
           {"Velmora Studio founded_by Anna Berzina [date 2020]",
            "Velmora Studio founded_by Karlis Berzins [date 2020]"}},
      Case{"Orvik Labs was set up by Tessa Lund and Jonas Ek.",
           {"Orvik Labs founded_by Tessa Lund", "Orvik Labs founded_by Jonas Ek"}},
  });
}

TEST_CASE("the founders are never made the founded company's object", "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Velmora Studio was set up in 2020 by siblings Anna Berzina and Karlis Berzins, who will "
      "both "
      "stay with the studio after the deal.");
  CHECK(Has(facts, "Velmora Studio founded_by Anna Berzina [date 2020]"));
  for (const std::string& f : facts) CHECK(f.rfind("Anna Berzina founded_by", 0) != 0);
}

TEST_CASE("set up without a passive agent is left as it was", "[ingest][english]") {
  // Active: the founder is the subject already.
  CHECK(Has(FactLines("Tessa Lund set up Orvik Labs in 2019."),
            "Orvik Labs founded_by Tessa Lund [date 2019]"));
  // No name after "by": nothing to read.
  CHECK_FALSE(
      HasRelation(FactLines("Orvik Labs was set up in 2019 by two brothers."), "founded_by"));
}

}  // namespace kg::ingest
