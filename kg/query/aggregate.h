// Grouped answers: solutions grouped by the `group by` variables, one row per group with its
// aggregates (count, sum, min, max, avg), sorted by an aggregate or a group variable; and
// the count of triples per predicate read from the maintained counters instead.
#pragma once

#include "kg/base/status.h"
#include "kg/io/term_text.h"
#include "kg/query/bound_query.h"
#include "kg/query/result_builder.h"
#include "kg/query/solver.h"
#include "kg/storage/store.h"

namespace kg {

// REQUIRES: q.grouped(); `solver` solved with its projection set to every variable.
Status FillGroupedRows(const BoundQuery& q, const Solver& solver, TermText& text,
                       ResultBuilder& builder);

// REQUIRES: q.group_count_from_stats. One row per relation with triples, and one for
// rdfs:label when the graph has labels.
Status FillGroupCountsFromStats(const BoundQuery& q, const ReadView& view, TermText& text,
                                ResultBuilder& builder);

}  // namespace kg
