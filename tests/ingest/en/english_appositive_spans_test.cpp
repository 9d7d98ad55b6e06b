// A name's closed appositive ("fined Brava Games, the Danish maker of the Nimbus puzzle
// games, 20 million euros") must not take the clause's amount or phrase away from it: the
// amount of the fine is the fact's qualifier. A list item after a comma stays a name.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a name's appositive keeps the clause's amount on the fact", "[ingest][english]") {
  const Case cases[] = {
      {"The European Commission fined Brava Games, the Danish maker of the Nimbus puzzle games, "
       "20 million euros for blocking rival stores.",
       {"European Commission fined Brava Games [amount 20000000 EUR]"}},
      {"Norrby Bank will merge into Selby Trust, the Nordic insurer, in a deal worth $2 billion.",
       {"Norrby Bank merged_into Selby Trust [amount 2000000000 USD] [status planned]"}},
  };
  CHECK(MissingFacts(cases).empty());
}

}  // namespace kg::ingest
