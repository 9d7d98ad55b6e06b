// A small graph with everything the query engine must handle: aliases in two languages,
// symmetric relations, qualifiers (amount, date, status), a negated fact beside positive
// ones, evidence sentences, and an imported triple. Written through GraphWriter.
#pragma once

#include <string>

namespace kg::testing {

// Creates the fixture database at `db` (which must not exist).
void BuildFixtureGraph(const std::string& db);

// A second graph, of made-up companies, for the question reader's grammar (tests/kg/
// understand_forms_test.cpp): plans beside deeds, events with places and dates, shares,
// locations. Created at `db` (which must not exist).
void BuildQuestionGraph(const std::string& db);

}  // namespace kg::testing
