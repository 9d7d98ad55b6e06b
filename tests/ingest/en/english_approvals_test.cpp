// English verbs of approving (relation approved): a regulator that approves a product, in the
// active and in the passive with its agent. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a regulator that approves a drug: approved, active and passive",
          "[ingest][english][approvals]") {
  const Case cases[] = {
      {"The Medicines Agency approved Veronil, a cancer drug made by Tarrow Pharma, in 2023.",
       {"Medicines Agency approved Veronil"}},
      {"Veronil was approved by the Medicines Agency in 2023.",
       {"Medicines Agency approved Veronil [date 2023]"}},
  };
  CheckCases(cases);
  // Without an agent nobody is said to have approved it, and the drug approves nothing.
  std::vector<std::string> bare = FactLines("Veronil was approved in 2023.");
  CHECK_FALSE(HasRelation(bare, "approved"));
}

}  // namespace kg::ingest
