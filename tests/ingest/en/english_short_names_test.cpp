// A company's short name written after its full name in the same sentence ("Oslo-based Orla
// Pharma ..., and Orla made an investment") stands for the full name, as it does in later
// sentences: a question about "Orla Pharma" must find the fact.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a short name after its full name in the same sentence is the same company",
          "[ingest][english]") {
  const Case cases[] = {
      {"Brevik Foods teamed up with Oslo-based Orla Pharma in May 2024, and Orla made an "
       "investment of $40 million in Brevik.",
       {"Orla Pharma invested_in Brevik Foods [amount 40000000 USD]"}},
      {"Tessin Motors signed a deal with Bergen-based Kessel Robotics, and Kessel will supply "
       "welding robots to Tessin Motors from 2026.",
       {"Kessel Robotics supplies Tessin Motors [date 2026] [status planned]"}},
  };
  CheckCases(cases);
  for (const std::string& f :
       FactLines("Brevik Foods teamed up with Oslo-based Orla Pharma in May 2024, and Orla made "
                 "an investment of $40 million in Brevik.")) {
    CHECK(f.rfind("Orla invested_in", 0) == std::string::npos);
  }
}

}  // namespace kg::ingest
