// A company's product after a possessive pronoun: "its Velo-3 rocket", "X, whose drug Y": the
// company the pronoun stands for develops the product. Sentences of our own.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a product after 'its' or 'whose' is developed by the company the pronoun stands for",
          "[ingest][english]") {
  const Case cases[] = {
      {"Tessin Motors signed a supply agreement with Brevik Foods last month to provide its "
       "Volta-7 electric trucks for the new fleet.",
       {"Tessin Motors develops Volta-7"}},
      {"Orla Launch, which was founded in 2015 by former engineer Karl Ahlberg, will fly the "
       "probes on its reusable Velo-3 rocket from Andøya.",
       {"Orla Launch develops Velo-3"}},
      {"Brevik competes with Danish drugmaker Kessel Pharma, whose drug Norvexa was approved in "
       "2023.",
       {"Kessel Pharma develops Norvexa"}},
  };
  CheckCases(cases);
  // "its" inside a relative clause stands for the clause's antecedent, not the nearer name.
  std::vector<std::string> facts = FactLines(
      "A Paris court ordered Tessin Motors to pay 5 million euros to French studio "
      "Lumo Games, which sued Tessin Motors in 2021 claiming that its Orbis puzzle "
      "engine had been copied.");
  CHECK(Has(facts, "Lumo Games develops Orbis"));
  CHECK_FALSE(Has(facts, "Tessin Motors develops Orbis"));
}

}  // namespace kg::ingest
