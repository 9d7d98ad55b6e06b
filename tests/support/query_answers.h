// The answers a built `kg` gives to one query over a database, as the end-to-end tests read
// them: the first column of every row of its JSON answer.
#pragma once

#include <string>
#include <vector>

namespace kg::testing {

// Runs `kg --db db query --format json QUERY`; requires it to succeed (the query and stderr go
// to the test's failure message) and returns each row's first cell.
std::vector<std::string> QueryAnswers(const std::string& db, const std::string& query);

}  // namespace kg::testing
