// "backed by A, which ..., and by B, which ...": two phrases of one preposition joined by
// "and" belong to the first clause's verb. Read as a clause of its own ("by B, which owns
// ..."), the second phrase had no verb and B's fact was lost; the parse's MJ links join the
// phrases.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a preposition's phrases joined by 'and' all belong to the verb", "[ingest][english]") {
  const Case cases[] = {
      {"Norda Bio is backed by Hale Capital and by Tessin Pharma.",
       {"Hale Capital invested_in Norda Bio", "Tessin Pharma invested_in Norda Bio"}},
      {"Norda Bio is backed by investment firm Hale Capital, which led its $30 million round in "
       "2021, and by Tessin Pharma, which owns 5% of the company.",
       {"Tessin Pharma invested_in Norda Bio"}},
  };
  CHECK(MissingFacts(cases).empty());
}

}  // namespace kg::ingest
