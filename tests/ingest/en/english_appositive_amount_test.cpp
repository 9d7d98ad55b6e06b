// The price after a name's appositive ("acquire X, a maker of Y, for $N") is the amount of
// the fact about the name, so a "how much" question finds it. Sentences of our own.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a price after the object's appositive is the fact's amount", "[ingest][english]") {
  const Case cases[] = {
      {"Tessin Motors agreed to acquire Brevik Foods, an Oslo-based maker of frozen meals for "
       "schools, for $2.4 billion in cash, the companies said on Monday.",
       {"Tessin Motors acquired Brevik Foods [amount 2400000000 USD] [status planned]"}},
      {"Orla Bank took over Kessel Pay, a Bergen-based developer of payment apps, for $300 "
       "million, the bank said.",
       {"Orla Bank acquired Kessel Pay [amount 300000000 USD]"}},
  };
  CheckCases(cases);
  // A price set off by a full stop belongs to another sentence's deal.
  for (const std::string& f :
       FactLines("Tessin Motors agreed to acquire Brevik Foods, an Oslo-based maker of frozen "
                 "meals. Orla Bank paid $2 billion for Kessel Pay.")) {
    if (f.rfind("Tessin Motors acquired", 0) == 0) CHECK(f.find("amount") == std::string::npos);
  }
}

}  // namespace kg::ingest
