// The two query kinds that walk the graph instead of joining patterns: how two entities are
// connected (shortest paths, both edge directions) and every fact about an entity.
#pragma once

#include <functional>
#include <string>

#include "kg/query/bound_query.h"
#include "kg/query/result_builder.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"
#include "kg/io/term_text.h"

namespace kg {

struct WalkLimits {
  std::function<bool()> should_stop;             // polled while walking
  std::function<void(const std::string&)> stop;  // record why the walk stopped early
};

// Shortest paths (up to query.max_hops, at most `row_limit` of them) between any of
// query.path_from and any of query.path_to, over positive facts in either direction and
// never through a literal value. Rows: hops, path text; facts: the edges.
Status FindPaths(const BoundQuery& query, const ReadView& view, TermText& text,
                 ResultBuilder& builder, int64_t row_limit, const WalkLimits& limits);

// Every fact with one of query.about as subject or object (negated ones marked).
Status DescribeEntities(const BoundQuery& query, const ReadView& view, ResultBuilder& builder,
                        int64_t row_limit, const WalkLimits& limits);

}  // namespace kg
