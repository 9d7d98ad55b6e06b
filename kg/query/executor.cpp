// Runs each kind of query and builds its ResultSet (rows, facts, evidence): the joins are the
// solver's, groups the aggregator's, paths and "about" the graph walks'.
#include "kg/query/executor.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "kg/base/unicode.h"
#include "kg/query/aggregate.h"
#include "kg/query/graph_walk.h"
#include "kg/query/result_builder.h"
#include "kg/query/solver.h"

namespace kg {

namespace {

// Leading number of a value ("1200000000 EUR" -> 1.2e9), for ordering.
bool NumericValue(const std::string& s, double* v) {
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return end != s.c_str();
}

// One atom whose rows cannot repeat except back to back (one triple under several fact ids):
// every variable it binds is shown, each constant is one term, and it matches one way round.
bool DistinctByConstruction(const BoundQuery& q) {
  if (q.branches.size() != 1 || q.branches[0].atoms.size() != 1) return false;
  const BoundAtom& a = q.branches[0].atoms[0];
  if (a.symmetric || a.label || a.optional) return false;
  std::vector<int> vars;
  for (const Slot* s : {&a.s, &a.p, &a.o}) {
    if (s->is_var()) {
      vars.push_back(s->var);
    } else if (s->ids.size() > 1) {
      return false;
    }
  }
  for (const QualifierMatch& qm : a.qualifiers) {
    if (qm.value.is_var()) vars.push_back(qm.value.var);
  }
  for (int v : vars) {
    if (std::find(q.projection.begin(), q.projection.end(), v) == q.projection.end()) return false;
  }
  return true;
}

// Flips positive atoms to negated ones: "is A a member of B?" answered "no" shows the
// negated fact when there is one.
std::vector<Branch> Negated(const std::vector<Branch>& branches) {
  std::vector<Branch> out = branches;
  for (Branch& b : out) {
    for (BoundAtom& a : b.atoms) {
      a.polarity = a.polarity == Polarity::kPositive ? Polarity::kNegated : Polarity::kPositive;
    }
  }
  return out;
}

Status FillRows(const BoundQuery& q, const Solver& runner, TermText& text,
                ResultBuilder& builder, bool with_facts) {
  const size_t width = runner.projection().size();
  // Every shown term's name in one ordered pass, rather than one read per cell.
  KG_RETURN_IF_ERROR(text.Prefetch(runner.flat()));
  std::vector<size_t> order(runner.solutions());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (q.order_var) {
    auto col_it = std::find(q.projection.begin(), q.projection.end(), *q.order_var);
    if (col_it != q.projection.end()) {
      size_t col = static_cast<size_t>(col_it - q.projection.begin());
      std::vector<std::string> keys(order.size());
      for (size_t i = 0; i < order.size(); ++i) {
        TermId v = runner.value(i, col);
        if (!v.valid()) continue;
        Result<std::string> d = text.Display(v);
        if (!d.ok()) return d.status();
        keys[i] = std::move(*d);
      }
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const std::string& x = keys[a];
        const std::string& y = keys[b];
        double nx, ny;
        bool numbers = NumericValue(x, &nx) && NumericValue(y, &ny);
        bool less = numbers ? nx < ny : x < y;
        bool greater = numbers ? nx > ny : x > y;
        return q.descending ? greater : less;
      });
    }
  }
  size_t n = order.size();
  if (q.limit >= 0) n = std::min<size_t>(n, static_cast<size_t>(q.limit));
  builder.out()->rows.reserve(n);
  static const std::vector<Triple> kNone;
  for (size_t k = 0; k < n; ++k) {
    size_t i = order[k];
    std::vector<Cell> cells;
    cells.reserve(width);
    for (size_t c = 0; c < width; ++c) {
      TermId v = runner.value(i, c);
      if (!v.valid()) {
        cells.push_back(builder.TextCell(""));
        continue;
      }
      Result<Cell> cell = builder.CellFor(v);
      if (!cell.ok()) return cell.status();
      cells.push_back(std::move(*cell));
    }
    KG_RETURN_IF_ERROR(builder.AddRow(std::move(cells), with_facts ? runner.triples(i) : kNone));
  }
  return Status::OK();
}

// A yes/no answer, typed as a boolean for front ends that type values.
Cell BooleanCell(ResultBuilder& builder, const char* answer) {
  Cell cell = builder.TextCell(answer);
  cell.datatype = std::string(kXsd) + "boolean";
  return cell;
}

}  // namespace

// True when row `r` rests only on facts whose status is planned.
static bool OnlyPlanned(const ResultSet& out, size_t r) {
  if (r >= out.row_facts.size() || out.row_facts[r].empty()) return false;
  for (size_t i : out.row_facts[r]) {
    auto it = out.facts[i].qualifiers.find("status");
    if (it == out.facts[i].qualifiers.end() || it->second != "planned") return false;
  }
  return true;
}

Result<ResultSet> Execute(const BoundQuery& q, const Plan& plan, const ReadView& view,
                          TermText& text, const ExecOptions& options) {
  ResultSet out;
  out.query = q.text;
  out.columns = q.columns;
  out.notes = q.notes;
  QueryLimits limits(options);
  ResultBuilder builder(view, text, &out);
  builder.set_with_facts(options.with_facts);

  switch (q.kind) {
    case BoundQuery::Kind::kPath:
    case BoundQuery::Kind::kAbout: {
      WalkLimits walk{[&]() { return limits.ShouldStop(); },
                      [&](const std::string& why) { limits.Stop(why); }};
      if (q.kind == BoundQuery::Kind::kPath) {
        KG_RETURN_IF_ERROR(FindPaths(q, view, text, builder, options.row_limit, walk));
      } else {
        KG_RETURN_IF_ERROR(DescribeEntities(q, view, builder, options.row_limit, walk));
      }
      break;
    }
    case BoundQuery::Kind::kCount: {
      uint64_t count = 0;
      if (q.count_from_stats) {
        Result<uint64_t> c = view.GetRelationCount(q.stats_relation);
        if (!c.ok()) return c.status();
        count = *c;
      } else {
        Solver runner(q, view, text, limits);
        runner.set_keep_facts(false);
        runner.set_row_cap(std::max<int64_t>(options.row_limit, 0) * 100 + 1000000, false);
        KG_RETURN_IF_ERROR(runner.Solve(q.branches, plan));
        count = runner.solutions();
      }
      out.columns = {"count"};
      // A count cut short by a limit is a lower bound, and says so.
      std::string shown = limits.stopped() ? "at least " + std::to_string(count) : std::to_string(count);
      Cell cell = builder.TextCell(shown);
      cell.datatype = std::string(kXsd) + "integer";
      KG_RETURN_IF_ERROR(builder.AddRow({std::move(cell)}, {}));
      break;
    }
    case BoundQuery::Kind::kAsk: {
      Solver yes(q, view, text, limits);
      yes.set_row_cap(100, true);
      KG_RETURN_IF_ERROR(yes.Solve(q.branches, plan));
      if (yes.solutions() > 0) {
        std::vector<Triple> facts;
        for (size_t r = 0; r < yes.solutions(); ++r) {
          facts.insert(facts.end(), yes.triples(r).begin(), yes.triples(r).end());
        }
        KG_RETURN_IF_ERROR(builder.AddRow({BooleanCell(builder, "yes")}, facts));
        // "Did X buy Y?" when X only agreed to: not done, and the answer says so.
        if (q.question && !q.asks_plans && OnlyPlanned(out, out.rows.size() - 1)) {
          out.rows.back()[0].text = "no";
          out.notes.push_back("planned, not done: the facts behind the answer are plans");
        }
      } else {
        std::vector<Branch> flipped = Negated(q.branches);
        Solver no(q, view, text, limits);
        no.set_row_cap(100, true);
        KG_RETURN_IF_ERROR(no.Solve(flipped, plan));
        std::vector<Triple> facts;
        for (size_t r = 0; r < no.solutions(); ++r) {
          facts.insert(facts.end(), no.triples(r).begin(), no.triples(r).end());
        }
        KG_RETURN_IF_ERROR(builder.AddRow({BooleanCell(builder, "no")}, facts));
      }
      break;
    }
    case BoundQuery::Kind::kSelect: {
      if (q.group_count_from_stats) {
        KG_RETURN_IF_ERROR(FillGroupCountsFromStats(q, view, text, builder));
        break;
      }
      Solver runner(q, view, text, limits);
      if (q.grouped()) {
        // Groups aggregate distinct solutions of every variable, as many as `count` takes.
        std::vector<int> all(q.var_names.size());
        for (size_t v = 0; v < all.size(); ++v) all[v] = static_cast<int>(v);
        runner.set_projection(std::move(all));
        runner.set_keep_facts(false);
        runner.set_row_cap(std::max<int64_t>(options.row_limit, 0) * 100 + 1000000, false);
        KG_RETURN_IF_ERROR(runner.Solve(q.branches, plan));
        KG_RETURN_IF_ERROR(FillGroupedRows(q, runner, text, builder));
        break;
      }
      auto configure = [&](Solver& s) {
        s.set_keep_facts(options.with_facts);
        s.set_distinct_by_construction(DistinctByConstruction(q));
        if (q.limit >= 0 && !q.order_var && q.limit <= options.row_limit) {
          s.set_row_cap(q.limit, true);
        } else {
          s.set_row_cap(options.row_limit, false);
        }
      };
      configure(runner);
      // The plan branches have the shape of the branches (one more qualifier per atom), so
      // the same plan orders them.
      Solver plans(q, view, text, limits);
      configure(plans);
      if (!q.plan_branches.empty()) KG_RETURN_IF_ERROR(plans.Solve(q.plan_branches, plan));
      bool from_plans = plans.solutions() > 0;
      if (!from_plans) KG_RETURN_IF_ERROR(runner.Solve(q.branches, plan));
      KG_RETURN_IF_ERROR(FillRows(q, from_plans ? plans : runner, text, builder, options.with_facts));
      if (q.question && !q.asks_plans) {
        for (size_t r = 0; r < out.rows.size(); ++r) {
          if (OnlyPlanned(out, r) && !out.rows[r].empty()) {
            out.notes.push_back(out.rows[r][0].text + ": planned, not done");
          }
        }
      }
      break;
    }
  }
  if (limits.cancelled()) return Status::Cancelled("query cancelled");
  if (limits.stopped() && !limits.reason().empty()) {
    out.truncated = true;
    out.stopped_because = limits.reason();
  }
  out.seconds = limits.elapsed();
  return out;
}

}  // namespace kg
