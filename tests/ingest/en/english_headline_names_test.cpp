// A title-case headline's run of capitals ("Merge Into Selby Trust") is no name of the
// running text: "will merge into Selby Trust" must still name Selby Trust, or every fact
// about the company in the article is lost.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a headline's capitalised words do not swallow a name of the running text",
          "[ingest][english]") {
  std::vector<std::string> got = FactLines(
      "Norrby Bank to Merge Into Selby Trust in $2 Billion Deal\n\n"
      "Regional lender Norrby Bank will merge into Selby Trust, the insurer, the two companies "
      "said.\n\n"
      "Selby Trust was founded in 1931 by shipowner Erik Dahl.\n");
  INFO(::Catch::Detail::stringify(got));
  CHECK(std::find(got.begin(), got.end(), "Norrby Bank merged_into Selby Trust [status planned]") !=
        got.end());
  CHECK(std::find(got.begin(), got.end(), "Selby Trust founded_by Erik Dahl [date 1931]") !=
        got.end());
}

}  // namespace kg::ingest
