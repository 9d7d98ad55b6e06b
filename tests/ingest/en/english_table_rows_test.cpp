// An English table row whose second cell is a verb phrase ("| Orla Turbines | Supply turbines
// to Solberg |") is a clause with the row's key for its subject; the capitalised verb is no
// name. Tables of our own.
#include <catch2/catch.hpp>
#include <string>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
const char* kTable =
    "# Solberg wind farm\n\n"
    "Brevik Energy will build the Solberg wind farm off Norway.\n\n"
    "| Company | What it will do | Amount |\n|---|---|---|\n"
    "| Brevik Energy | Own 60% of Solberg and operate it | €1.1 billion |\n"
    "| Orla Turbines | Supply turbines to Solberg | not disclosed |\n"
    "| Kessel Cables | Supply export cables to Solberg | not disclosed |\n";
}  // namespace

TEST_CASE("an English table row with a verb-phrase cell is a clause about the row's key",
          "[ingest][english][tables]") {
  CHECK(HasFact(kTable, "Orla Turbines supplies Solberg {status=planned}", "markdown"));
  CHECK(HasFact(kTable, "Kessel Cables supplies Solberg {status=planned}", "markdown"));
  CHECK(HasFact(kTable, "Brevik Energy owner_of Solberg {status=planned}", "markdown"));
  // Without "will" in the header the row states what is, not a plan.
  std::string present = kTable;
  present.replace(present.find("What it will do"), 15, "What it does");
  CHECK(HasFact(present, "Orla Turbines supplies Solberg", "markdown"));
}

TEST_CASE("a capitalised verb opening a table cell is no name", "[ingest][english][tables]") {
  std::vector<std::string> entities;
  for (const std::string& f : FactsOfDocument(kTable, "markdown")) {
    UNSCOPED_INFO(f);
    CHECK(f.find("Supply") == std::string::npos);
    CHECK(f.find("Own ") == std::string::npos);
  }
  // A row whose second cell is no verb phrase is read as before.
  for (const std::string& f :
       FactsOfDocument("| Partner | Stake |\n|---|---|\n| Orla Turbines | 50% |\n", "markdown")) {
    CHECK(f.find("supplies") == std::string::npos);
  }
}

}  // namespace kg::testing
