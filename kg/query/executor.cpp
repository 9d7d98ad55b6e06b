// Depth-first index nested-loop joins over the planned atoms; distinct rows; limits; then the
// ResultSet with evidence. Paths and "about" are in graph_walk.cpp.
#include "kg/query/executor.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "kg/base/unicode.h"
#include "kg/query/graph_walk.h"
#include "kg/query/result_builder.h"

namespace kg {

namespace {

using Clock = std::chrono::steady_clock;

// Shared stop logic: row limit, time limit, cancellation.
class Limits {
 public:
  explicit Limits(const ExecOptions& o) : o_(o), start_(Clock::now()) {}
  // Called often; cheap most of the time.
  bool ShouldStop() {
    if (stopped_) return true;
    if ((++ticks_ & 0x3FF) != 0) return false;
    if (o_.cancel && o_.cancel->load()) {
      cancelled_ = stopped_ = true;
      return true;
    }
    if (o_.timeout_seconds > 0 &&
        std::chrono::duration<double>(Clock::now() - start_).count() > o_.timeout_seconds) {
      Stop("stopped after the time limit of " + Format(o_.timeout_seconds) +
           " s (change it with .timeout or --timeout)");
    }
    return stopped_;
  }
  void Stop(std::string why) {
    if (!stopped_) reason_ = std::move(why);
    stopped_ = true;
  }
  bool stopped() const { return stopped_; }
  bool cancelled() const { return cancelled_; }
  const std::string& reason() const { return reason_; }
  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
  static std::string Format(double v) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%g", v);
    return buf;
  }

 private:
  const ExecOptions& o_;
  Clock::time_point start_;
  uint64_t ticks_ = 0;
  bool stopped_ = false, cancelled_ = false;
  std::string reason_;
};

std::string KeyOf(const std::vector<TermId>& values) {
  std::string k;
  for (TermId v : values) PutBigEndian64(&k, v.value);
  return k;
}

// Leading number of a value ("1200000000 EUR" -> 1.2e9), for ordering.
bool NumericValue(const std::string& s, double* v) {
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return end != s.c_str();
}

class Runner {
 public:
  Runner(const BoundQuery& q, const ReadView& view, TermText& text, Limits& limits)
      : q_(q), view_(view), text_(text), limits_(limits) {}

  // Finds the distinct solutions of every branch (union).
  Status Solve(const std::vector<Branch>& branches, const Plan& plan) {
    for (size_t b = 0; b < branches.size() && !limits_.stopped(); ++b) {
      binding_.assign(q_.var_names.size(), TermId());
      used_.clear();
      KG_RETURN_IF_ERROR(Step(branches[b], plan.branches[b], 0));
    }
    return Status::OK();
  }

  size_t solutions() const { return keys_.size(); }
  const std::vector<std::vector<TermId>>& rows() const { return row_values_; }
  const std::vector<std::vector<Triple>>& row_triples() const { return row_triples_; }
  void set_row_cap(int64_t cap, bool cap_is_query_limit) {
    row_cap_ = cap;
    cap_is_query_limit_ = cap_is_query_limit;
  }
  void set_keep_facts(bool keep) { keep_facts_ = keep; }

 private:
  Status Step(const Branch& branch, const BranchPlan& bp, size_t step) {
    if (limits_.stopped()) return Status::OK();
    if (step == bp.steps.size()) return Emit();
    const BoundAtom& a = branch.atoms[bp.steps[step].atom];
    return Match(a, [&]() { return Step(branch, bp, step + 1); });
  }

  // Candidate ids for a slot: the bound value, the constants, or {invalid} = any.
  std::vector<TermId> Candidates(const Slot& s) const {
    if (!s.is_var()) return s.ids;
    return {binding_[s.var]};
  }

  bool Bind(const Slot& s, TermId value, std::vector<int>* newly) {
    if (!s.is_var()) return true;
    TermId& b = binding_[s.var];
    if (b.valid()) return b == value;
    b = value;
    newly->push_back(s.var);
    return true;
  }

  Status LoadFact(FactId id, const Fact** fact) {
    auto it = fact_cache_.find(id);
    if (it == fact_cache_.end()) {
      if (fact_cache_.size() > 100000) fact_cache_.clear();
      Fact f;
      KG_RETURN_IF_ERROR(view_.GetFact(id, &f));
      it = fact_cache_.emplace(id, std::move(f)).first;
    }
    *fact = &it->second;
    return Status::OK();
  }

  Status Match(const BoundAtom& a, const std::function<Status()>& next) {
    if (a.label) return MatchLabel(a, next);
    for (int direction = 0; direction < (a.symmetric ? 2 : 1); ++direction) {
      const Slot& ss = direction == 0 ? a.s : a.o;  // slot matched against the stored subject
      const Slot& os = direction == 0 ? a.o : a.s;
      for (TermId s : Candidates(ss)) {
        for (TermId p : Candidates(a.p)) {
          for (TermId o : Candidates(os)) {
            KG_RETURN_IF_ERROR(Scan(a, ss, os, s, p, o, next));
            if (limits_.stopped()) return Status::OK();
          }
        }
      }
    }
    return Status::OK();
  }

  Status Scan(const BoundAtom& a, const Slot& ss, const Slot& os, TermId s, TermId p, TermId o,
              const std::function<Status()>& next) {
    TermId prefix[3];
    int n = 0;
    IndexOrder order;
    if (s.valid() && p.valid()) {
      order = IndexOrder::kSpo;
      prefix[n++] = s, prefix[n++] = p;
      if (o.valid()) prefix[n++] = o;
    } else if (s.valid() && o.valid()) {
      order = IndexOrder::kOsp;
      prefix[n++] = o, prefix[n++] = s;
    } else if (s.valid()) {
      order = IndexOrder::kSpo;
      prefix[n++] = s;
    } else if (p.valid()) {
      order = IndexOrder::kPos;
      prefix[n++] = p;
      if (o.valid()) prefix[n++] = o;
    } else if (o.valid()) {
      order = IndexOrder::kOsp;
      prefix[n++] = o;
    } else {
      order = IndexOrder::kSpo;
    }
    auto scan = view_.Scan(order, prefix, n);
    Triple t;
    while (scan->Next(&t)) {
      if (limits_.ShouldStop()) return Status::OK();
      if ((s.valid() && t.s != s) || (p.valid() && t.p != p) || (o.valid() && t.o != o)) continue;
      if (a.polarity == Polarity::kPositive && t.negated()) continue;
      if (a.polarity == Polarity::kNegated && !t.negated()) continue;
      std::vector<int> newly;
      bool ok = Bind(ss, t.s, &newly) && Bind(a.p, t.p, &newly) && Bind(os, t.o, &newly);
      if (ok && !a.qualifiers.empty()) {
        if (!(t.flags & kFlagHasRecord)) {
          ok = false;
        } else {
          const Fact* fact = nullptr;
          KG_RETURN_IF_ERROR(LoadFact(t.fact, &fact));
          for (const QualifierMatch& qm : a.qualifiers) {
            auto it = fact->qualifiers.find(qm.key);
            if (it == fact->qualifiers.end()) {
              ok = false;
              break;
            }
            if (qm.value.is_var()) {
              ok = Bind(qm.value, it->second, &newly);
            } else {
              ok = std::find(qm.value.ids.begin(), qm.value.ids.end(), it->second) !=
                   qm.value.ids.end();
            }
            if (!ok) break;
          }
        }
      }
      if (ok) {
        used_.push_back(t);
        Status st = next();
        used_.pop_back();
        KG_RETURN_IF_ERROR(st);
      }
      for (int v : newly) binding_[v] = TermId();
      if (limits_.stopped()) return Status::OK();
    }
    return scan->status();
  }

  Status MatchLabel(const BoundAtom& a, const std::function<Status()>& next) {
    std::string want = kg::FoldName(a.label_text);
    std::vector<TermId> candidates = Candidates(a.s);
    if (candidates.size() == 1 && !candidates[0].valid()) {
      candidates.clear();
      KG_RETURN_IF_ERROR(view_.FindByFoldedName(want, &candidates));
    }
    for (TermId id : candidates) {
      Result<const Term*> term = text_.Get(id);
      if (!term.ok()) continue;
      bool match = a.label_lang.empty() && kg::FoldName((*term)->name) == want;
      std::vector<Alias> aliases;
      KG_RETURN_IF_ERROR(view_.GetAliases(id, &aliases));
      for (const Alias& al : aliases) {
        if (kg::FoldName(al.text) == want && (a.label_lang.empty() || al.lang == a.label_lang)) {
          match = true;
        }
      }
      if (!match) continue;
      std::vector<int> newly;
      if (!Bind(a.s, id, &newly)) continue;
      KG_RETURN_IF_ERROR(next());
      for (int v : newly) binding_[v] = TermId();
      if (limits_.stopped()) break;
    }
    return Status::OK();
  }

  bool PassesTypeFilters() {
    for (const TypeFilter& f : q_.type_filters) {
      TermId v = binding_[f.var];
      if (!v.valid()) continue;
      Result<const Term*> t = text_.Get(v);
      if (!t.ok()) continue;
      const Term& term = **t;
      if (term.kind != TermKind::kEntity || term.type.empty()) continue;
      if (std::find(f.types.begin(), f.types.end(), term.type) == f.types.end()) return false;
    }
    return true;
  }

  Status Emit() {
    if (!PassesTypeFilters()) return Status::OK();
    std::vector<TermId> values;
    for (int v : q_.projection) values.push_back(binding_[v]);
    std::string key = KeyOf(values);
    auto it = keys_.find(key);
    if (it == keys_.end()) {
      if (row_cap_ >= 0 && static_cast<int64_t>(keys_.size()) >= row_cap_) {
        limits_.Stop(cap_is_query_limit_ ? "" :
                     "stopped at the row limit of " + std::to_string(row_cap_) +
                         " rows (change it with .limit or --max-rows)");
        return Status::OK();
      }
      it = keys_.emplace(key, row_values_.size()).first;
      row_values_.push_back(values);
      row_triples_.emplace_back();
    }
    if (keep_facts_) {
      auto& facts = row_triples_[it->second];
      for (const Triple& t : used_) {
        bool seen = std::any_of(facts.begin(), facts.end(), [&](const Triple& f) {
          return f.s == t.s && f.p == t.p && f.o == t.o && f.fact == t.fact;
        });
        if (!seen) facts.push_back(t);
      }
    }
    return Status::OK();
  }

  const BoundQuery& q_;
  const ReadView& view_;
  TermText& text_;
  Limits& limits_;
  std::vector<TermId> binding_;
  std::vector<Triple> used_;
  std::unordered_map<std::string, size_t> keys_;
  std::vector<std::vector<TermId>> row_values_;
  std::vector<std::vector<Triple>> row_triples_;
  std::unordered_map<FactId, Fact> fact_cache_;
  int64_t row_cap_ = -1;
  bool cap_is_query_limit_ = false;
  bool keep_facts_ = true;
};

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

Status FillRows(const BoundQuery& q, const Runner& runner, ResultBuilder& builder,
                ResultSet* out) {
  std::vector<size_t> order(runner.rows().size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::vector<Cell>> cells(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    for (TermId v : runner.rows()[i]) {
      if (!v.valid()) {
        cells[i].push_back(builder.TextCell(""));
        continue;
      }
      Result<Cell> c = builder.CellFor(v);
      if (!c.ok()) return c.status();
      cells[i].push_back(*c);
    }
  }
  if (q.order_var) {
    auto col_it = std::find(q.projection.begin(), q.projection.end(), *q.order_var);
    if (col_it != q.projection.end()) {
      size_t col = static_cast<size_t>(col_it - q.projection.begin());
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const std::string& x = cells[a][col].text;
        const std::string& y = cells[b][col].text;
        double nx, ny;
        bool less = NumericValue(x, &nx) && NumericValue(y, &ny) ? nx < ny : x < y;
        bool greater = NumericValue(x, &nx) && NumericValue(y, &ny) ? nx > ny : x > y;
        return q.descending ? greater : less;
      });
    }
  }
  size_t n = order.size();
  if (q.limit >= 0) n = std::min<size_t>(n, static_cast<size_t>(q.limit));
  for (size_t k = 0; k < n; ++k) {
    size_t i = order[k];
    KG_RETURN_IF_ERROR(builder.AddRow(std::move(cells[i]), runner.row_triples()[i]));
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
  Limits limits(options);
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
        Runner runner(q, view, text, limits);
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
      Runner yes(q, view, text, limits);
      yes.set_row_cap(100, true);
      KG_RETURN_IF_ERROR(yes.Solve(q.branches, plan));
      if (yes.solutions() > 0) {
        std::vector<Triple> facts;
        for (const auto& f : yes.row_triples()) facts.insert(facts.end(), f.begin(), f.end());
        KG_RETURN_IF_ERROR(builder.AddRow({BooleanCell(builder, "yes")}, facts));
        // "Did X buy Y?" when X only agreed to: not done, and the answer says so.
        if (q.question && !q.asks_plans && OnlyPlanned(out, out.rows.size() - 1)) {
          out.rows.back()[0].text = "no";
          out.notes.push_back("planned, not done: the facts behind the answer are plans");
        }
      } else {
        std::vector<Branch> flipped = Negated(q.branches);
        Runner no(q, view, text, limits);
        no.set_row_cap(100, true);
        KG_RETURN_IF_ERROR(no.Solve(flipped, plan));
        std::vector<Triple> facts;
        for (const auto& f : no.row_triples()) facts.insert(facts.end(), f.begin(), f.end());
        KG_RETURN_IF_ERROR(builder.AddRow({BooleanCell(builder, "no")}, facts));
      }
      break;
    }
    case BoundQuery::Kind::kSelect: {
      Runner runner(q, view, text, limits);
      if (q.limit >= 0 && !q.order_var && q.limit <= options.row_limit) {
        runner.set_row_cap(q.limit, true);
      } else {
        runner.set_row_cap(options.row_limit, false);
      }
      KG_RETURN_IF_ERROR(runner.Solve(q.branches, plan));
      KG_RETURN_IF_ERROR(FillRows(q, runner, builder, &out));
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
