// The first column of a JSON answer, for end-to-end tests (query_answers.h).
#include "tests/support/query_answers.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/run_kg.h"

namespace kg::testing {

std::vector<std::string> QueryAnswers(const std::string& db, const std::string& query) {
  RunResult r = RunKg(db, {"query", "--format", "json", query});
  INFO(query << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> out;
  const nlohmann::json result = nlohmann::json::parse(r.out);
  for (const auto& row : result["rows"]) out.push_back(row.begin().value().get<std::string>());
  return out;
}

}  // namespace kg::testing
