// Grouping and aggregates over solved rows, then the order and the limit.
#include "kg/query/aggregate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "kg/query/filter.h"

namespace kg {

namespace {

struct Accumulator {
  int64_t count = 0;
  double sum = 0;
  int64_t numbers = 0;
  std::string unit;
  bool mixed_units = false;
  TermId best;  // min / max
  Comparable best_value;
  std::unordered_set<TermId> distinct;
};

std::string FormatNumber(double v) {
  char buf[64];
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    std::snprintf(buf, sizeof(buf), "%.0f", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.6g", v);
  }
  return buf;
}

Cell NumberCell(ResultBuilder& builder, double v, const std::string& unit, bool integer) {
  Cell c = builder.TextCell(FormatNumber(v) + (unit.empty() ? "" : " " + unit));
  c.datatype = unit.empty() ? std::string(kXsd) + (integer ? "integer" : "decimal") : kKgAmount;
  return c;
}

class Grouper {
 public:
  Grouper(const BoundQuery& q, const Solver& solver, TermText& text)
      : q_(q), solver_(solver), text_(text) {}

  Status Run() {
    const size_t width = solver_.projection().size();
    std::string key;
    for (size_t r = 0; r < solver_.solutions(); ++r) {
      key.clear();
      for (int v : q_.group_by) {
        uint64_t id = solver_.value(r, static_cast<size_t>(v)).value;
        key.append(reinterpret_cast<const char*>(&id), sizeof(id));
      }
      auto [it, fresh] = index_.try_emplace(key, groups_.size());
      if (fresh) {
        groups_.push_back(r);
        acc_.emplace_back(q_.aggregates.size());
      }
      std::vector<Accumulator>& accs = acc_[it->second];
      for (size_t a = 0; a < q_.aggregates.size(); ++a) {
        KG_RETURN_IF_ERROR(Add(q_.aggregates[a], r, width, &accs[a]));
      }
    }
    // No solution and no group variable: one row of zero counts (as SQL and SPARQL answer).
    if (groups_.empty() && q_.group_by.empty()) {
      groups_.push_back(SIZE_MAX);
      acc_.emplace_back(q_.aggregates.size());
    }
    return Status::OK();
  }

  size_t groups() const { return groups_.size(); }
  // The row that opened group g (SIZE_MAX: the empty group).
  size_t first_row(size_t g) const { return groups_[g]; }
  const Accumulator& acc(size_t g, size_t a) const { return acc_[g][a]; }

 private:
  Status Add(const BoundAggregate& agg, size_t r, size_t width, Accumulator* acc) {
    (void)width;
    if (agg.var < 0) {
      ++acc->count;
      return Status::OK();
    }
    TermId id = solver_.value(r, static_cast<size_t>(agg.var));
    if (!id.valid()) return Status::OK();
    if (agg.distinct && !acc->distinct.insert(id).second) return Status::OK();
    ++acc->count;
    if (agg.fn == BoundAggregate::Fn::kCount) return Status::OK();
    Result<Comparable> c = ValueOf(id);
    if (!c.ok()) return c.status();
    if (agg.fn == BoundAggregate::Fn::kSum || agg.fn == BoundAggregate::Fn::kAvg) {
      if (c->kind != Comparable::Kind::kNumber) return Status::OK();
      if (acc->numbers > 0 && c->unit != acc->unit) acc->mixed_units = true;
      acc->unit = c->unit;
      acc->sum += c->number;
      ++acc->numbers;
      return Status::OK();
    }
    BoundFilter::Op op = agg.fn == BoundAggregate::Fn::kMin ? BoundFilter::Op::kLt
                                                            : BoundFilter::Op::kGt;
    if (!acc->best.valid() || Compare(*c, op, acc->best_value)) {
      acc->best = id;
      acc->best_value = *c;
    }
    return Status::OK();
  }

  Result<Comparable> ValueOf(TermId id) {
    Result<const Term*> t = text_.Get(id);
    if (!t.ok()) return t.status();
    if ((*t)->kind == TermKind::kLiteral) return ReadComparable((*t)->literal.lexical);
    Result<std::string> d = text_.Display(id);
    if (!d.ok()) return d.status();
    return ReadComparable(*d, true);
  }

  const BoundQuery& q_;
  const Solver& solver_;
  TermText& text_;
  std::unordered_map<std::string, size_t> index_;
  std::vector<size_t> groups_;
  std::vector<std::vector<Accumulator>> acc_;
};

// The value a group's aggregate shows, and the number it sorts by.
Result<Cell> AggregateCell(const BoundAggregate& agg, const Accumulator& acc,
                           ResultBuilder& builder, double* sort_key) {
  *sort_key = 0;
  switch (agg.fn) {
    case BoundAggregate::Fn::kCount:
      *sort_key = static_cast<double>(acc.count);
      return NumberCell(builder, *sort_key, "", true);
    case BoundAggregate::Fn::kSum:
    case BoundAggregate::Fn::kAvg: {
      if (acc.numbers == 0) return builder.TextCell("");
      double v = agg.fn == BoundAggregate::Fn::kSum ? acc.sum : acc.sum / acc.numbers;
      *sort_key = v;
      return NumberCell(builder, v, acc.mixed_units ? "" : acc.unit,
                        agg.fn == BoundAggregate::Fn::kSum && v == std::floor(v));
    }
    case BoundAggregate::Fn::kMin:
    case BoundAggregate::Fn::kMax:
      if (!acc.best.valid()) return builder.TextCell("");
      *sort_key = acc.best_value.kind == Comparable::Kind::kNumber ? acc.best_value.number : 0;
      return builder.CellFor(acc.best);
  }
  return builder.TextCell("");
}

// Sorts rows by the order key (numbers as numbers, else text) and applies the limit.
Status EmitSorted(const BoundQuery& q, std::vector<std::vector<Cell>> rows,
                  const std::vector<double>& keys, int order_col, ResultBuilder& builder) {
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (q.order_aggregate) {
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return q.descending ? keys[a] > keys[b] : keys[a] < keys[b];
    });
  } else if (order_col >= 0) {
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      Comparable x = ReadComparable(rows[a][order_col].text);
      Comparable y = ReadComparable(rows[b][order_col].text);
      bool numbers = x.kind == Comparable::Kind::kNumber && y.kind == Comparable::Kind::kNumber;
      if (numbers) return q.descending ? x.number > y.number : x.number < y.number;
      return q.descending ? x.text > y.text : x.text < y.text;
    });
  }
  size_t n = order.size();
  if (q.limit >= 0) n = std::min<size_t>(n, static_cast<size_t>(q.limit));
  for (size_t k = 0; k < n; ++k) KG_RETURN_IF_ERROR(builder.AddRow(std::move(rows[order[k]]), {}));
  return Status::OK();
}

int OrderColumn(const BoundQuery& q) {
  for (size_t c = 0; c < q.outputs.size(); ++c) {
    if (q.order_var && q.outputs[c].var == *q.order_var) return static_cast<int>(c);
  }
  return -1;
}

}  // namespace

Status FillGroupedRows(const BoundQuery& q, const Solver& solver, TermText& text,
                       ResultBuilder& builder) {
  Grouper grouper(q, solver, text);
  KG_RETURN_IF_ERROR(grouper.Run());
  std::vector<TermId> shown;
  for (size_t g = 0; g < grouper.groups() && grouper.first_row(g) != SIZE_MAX; ++g) {
    for (int v : q.group_by) shown.push_back(solver.value(grouper.first_row(g), static_cast<size_t>(v)));
  }
  KG_RETURN_IF_ERROR(text.Prefetch(std::move(shown)));
  std::vector<std::vector<Cell>> rows(grouper.groups());
  std::vector<double> keys(grouper.groups(), 0);
  for (size_t g = 0; g < grouper.groups(); ++g) {
    for (const OutputColumn& col : q.outputs) {
      if (col.var >= 0) {
        TermId id = grouper.first_row(g) == SIZE_MAX
                        ? TermId()
                        : solver.value(grouper.first_row(g), static_cast<size_t>(col.var));
        if (!id.valid()) {
          rows[g].push_back(builder.TextCell(""));
          continue;
        }
        Result<Cell> c = builder.CellFor(id);
        if (!c.ok()) return c.status();
        rows[g].push_back(std::move(*c));
        continue;
      }
      double key = 0;
      Result<Cell> c = AggregateCell(q.aggregates[col.aggregate], grouper.acc(g, col.aggregate),
                                     builder, &key);
      if (!c.ok()) return c.status();
      if (q.order_aggregate && *q.order_aggregate == col.aggregate) keys[g] = key;
      rows[g].push_back(std::move(*c));
    }
  }
  return EmitSorted(q, std::move(rows), keys, OrderColumn(q), builder);
}

Status FillGroupCountsFromStats(const BoundQuery& q, const ReadView& view, TermText& text,
                                ResultBuilder& builder) {
  std::vector<std::pair<TermId, uint64_t>> counts;
  KG_RETURN_IF_ERROR(view.ForEach(Cf::kMeta, "rc/", [&](std::string_view k, std::string_view v) {
    if (k.size() != 3 + kIdSize) return true;
    uint64_t n = DecodeCounter(v);
    if (n > 0) counts.emplace_back(TermId(GetBigEndian64(k.data() + 3)), n);
    return true;
  }));
  Result<uint64_t> labels = view.CountAliases();
  if (!labels.ok()) return labels.status();
  if (*labels > 0) counts.emplace_back(kLabelRelationId, *labels);
  std::vector<TermId> ids;
  for (const auto& [id, n] : counts) ids.push_back(id);
  KG_RETURN_IF_ERROR(text.Prefetch(std::move(ids)));
  std::vector<std::vector<Cell>> rows;
  std::vector<double> keys;
  for (const auto& [id, n] : counts) {
    std::vector<Cell> row;
    for (const OutputColumn& col : q.outputs) {
      if (col.var >= 0) {
        Result<Cell> c = builder.CellFor(id);
        if (!c.ok()) return c.status();
        row.push_back(std::move(*c));
      } else {
        row.push_back(NumberCell(builder, static_cast<double>(n), "", true));
      }
    }
    rows.push_back(std::move(row));
    keys.push_back(static_cast<double>(n));
  }
  return EmitSorted(q, std::move(rows), keys, OrderColumn(q), builder);
}

}  // namespace kg
