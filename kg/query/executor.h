// Executor: runs a planned BoundQuery against one consistent ReadView and builds the
// ResultSet -- rows, the facts behind them and their evidence. Index nested-loop joins in the
// planned order; symmetric relations match both ways; a negated fact only matches an atom that
// asks for one. Stops at the row limit, the time limit or a cancellation request.
#pragma once

#include <atomic>
#include <cstdint>

#include "kg/query/bound_query.h"
#include "kg/query/planner.h"
#include "kg/query/result_set.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"
#include "kg/io/term_text.h"

namespace kg {

struct ExecOptions {
  int64_t row_limit = 10000;     // rows kept (distinct); more stops the query, with a message
  double timeout_seconds = 30;   // wall time; <= 0 means none
  const std::atomic<bool>* cancel = nullptr;  // set (e.g. by Ctrl-C) to stop
  bool with_facts = true;  // build the facts (and evidence) behind each row
};

// Errors: Cancelled when `cancel` was set; storage errors. Hitting a limit is not an error:
// the partial result comes back with truncated = true and the reason.
Result<ResultSet> Execute(const BoundQuery& query, const Plan& plan, const ReadView& view,
                          TermText& text, const ExecOptions& options);

}  // namespace kg
