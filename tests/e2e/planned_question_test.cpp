// A question about what happened never answers with a plan as if it were done; a question
// about plans, and [status planned], find it.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

namespace {

nlohmann::json Ask(const std::string& db, const std::string& query, std::string* notes = nullptr) {
  auto r = testing::RunKg(db, {"query", "--format", "json", query});
  INFO(query << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  if (notes) *notes = r.err;  // notes go to stderr
  return nlohmann::json::parse(r.out);
}

std::string First(const nlohmann::json& j) {
  if (j["rows"].empty()) return "";
  return j["rows"][0].begin().value().get<std::string>();
}

}  // namespace

TEST_CASE("a planned fact is never answered as done", "[query][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  std::string doc = tmp.Sub("deal.en.txt");
  testing::WriteFile(doc,
                     "Novartis Plans a Purchase\n\nJune 2, 2025\n\n"
                     "Novartis agreed to acquire Corvid Biosciences for $6.5 billion.\n"
                     "Walmart acquired Brightwell Stores in 2023.\n");
  auto in = testing::RunKg(db, {"ingest", doc});
  REQUIRE(in.exit_code == 0);

  // Stored as a plan.
  nlohmann::json planned = Ask(db, "?x acquired \"Corvid Biosciences\" [status planned]");
  CHECK(First(planned) == "Novartis");
  // Asked as done: "no", and the answer says why.
  std::string notes;
  nlohmann::json did = Ask(db, "Did Novartis acquire Corvid Biosciences?", &notes);
  CHECK(First(did) == "no");
  CHECK(notes.find("planned, not done") != std::string::npos);
  // Asked as a plan: "yes".
  CHECK(First(Ask(db, "Will Novartis acquire Corvid Biosciences?")) == "yes");
  // A done deal stays "yes".
  CHECK(First(Ask(db, "Did Walmart acquire Brightwell Stores?")) == "yes");
  // A list answer keeps the planned row but marks it.
  nlohmann::json who = Ask(db, "who acquired Corvid Biosciences?", &notes);
  CHECK(First(who) == "Novartis");
  CHECK(notes.find("Novartis: planned, not done") != std::string::npos);
}

}  // namespace kg
