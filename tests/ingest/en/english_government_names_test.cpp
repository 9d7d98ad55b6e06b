// "The government of <Country>" and "<Country>'s government" name the country's government,
// an entity of its own ("Government of <Country>"), which the clause's reading takes as its
// actor instead of dropping the sentence. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a country's government is the actor of its clause", "[ingest][english]") {
  CHECK(Has(FactLines("The government of Norway invested 40 million euros in Kessel Data in "
                      "2023."),
            "Government of Norway invested_in Kessel Data [amount 40000000 EUR] [date 2023]"));
  CHECK(Has(FactLines("Norway's government invested 40 million euros in Kessel Data in 2023."),
            "Government of Norway invested_in Kessel Data [amount 40000000 EUR] [date 2023]"));
}

TEST_CASE("government of a word that is no country names no government", "[ingest][english]") {
  for (const std::string& f :
       FactLines("The government of Kessel Data invested 5 million euros in Brava Foods.")) {
    UNSCOPED_INFO(f);
    CHECK(f.find("Government of") == std::string::npos);
  }
}

}  // namespace kg::ingest
