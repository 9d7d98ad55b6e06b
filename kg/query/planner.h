// Planner: orders each branch's atoms so that the most selective go first and every later
// atom joins on variables already bound (estimates come from capped prefix counts and the
// per-relation counters), and says which index each step scans. Plan::ToString is `.explain`.
#pragma once

#include <string>
#include <vector>

#include "kg/query/bound_query.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"
#include "kg/io/term_text.h"

namespace kg {

struct PlanStep {
  size_t atom = 0;          // index into the branch's atoms
  double estimate = 0;      // expected matches for one binding of the bound variables
  std::vector<int> binds;   // variables this step binds
  std::string index;        // "spo(s,p)", "pos(p,o)", ...
};

struct BranchPlan {
  std::vector<PlanStep> steps;
  // checks[k]: the branch's filters tested once the first k steps have bound their variables
  // (size steps + 1; a filter on a variable only an optional atom binds waits for the end).
  std::vector<std::vector<size_t>> checks;
};

struct Plan {
  std::vector<BranchPlan> branches;
  // Human-readable, one line per step.
  std::string ToString(const BoundQuery& q, TermText& text) const;
};

// `estimate_alone`: estimate the matches of a branch of one atom too (only .explain shows them;
// a lone atom has no order to choose, and counting its matches can cost as much as reading
// them).
Result<Plan> MakePlan(const BoundQuery& query, const ReadView& view, bool estimate_alone = true);

}  // namespace kg
