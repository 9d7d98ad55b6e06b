// The join engine of pattern queries: index nested-loop joins in the planned order, optional
// atoms as left joins, filters as soon as their variables are bound, relations followed over
// a range of hops, and the rdfs:label triples (the store's aliases) a variable predicate also
// matches. Solutions are kept distinct, by a set of row indexes or, when the plan makes them
// distinct by construction, by comparing each with the one before.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/base/status.h"
#include "kg/io/term_text.h"
#include "kg/query/bound_query.h"
#include "kg/query/filter.h"
#include "kg/query/planner.h"
#include "kg/storage/store.h"

namespace kg {

struct ExecOptions;

// Row limit, time limit and cancellation, shared by every kind of query.
class QueryLimits {
 public:
  explicit QueryLimits(const ExecOptions& o);
  // Called often; cheap most of the time.
  bool ShouldStop();
  void Stop(std::string why);
  bool stopped() const { return stopped_; }
  bool cancelled() const { return cancelled_; }
  const std::string& reason() const { return reason_; }
  double elapsed() const;

 private:
  const ExecOptions& o_;
  std::chrono::steady_clock::time_point start_;
  uint64_t ticks_ = 0;
  bool stopped_ = false, cancelled_ = false;
  std::string reason_;
};

class Solver {
 public:
  // All references must outlive the solver.
  Solver(const BoundQuery& q, const ReadView& view, TermText& text, QueryLimits& limits);

  // Finds the distinct solutions of every branch (union), projected on projection().
  Status Solve(const std::vector<Branch>& branches, const Plan& plan);

  // The variables a row holds (default: the query's projection).
  void set_projection(std::vector<int> vars) { projection_ = std::move(vars); }
  const std::vector<int>& projection() const { return projection_; }
  void set_row_cap(int64_t cap, bool cap_is_query_limit) {
    row_cap_ = cap;
    cap_is_query_limit_ = cap_is_query_limit;
  }
  void set_keep_facts(bool keep) { keep_facts_ = keep; }
  // The plan yields each solution once, or repeats one only right after itself (the same
  // triple under several fact ids): no set of rows is kept.
  void set_distinct_by_construction(bool yes) { by_construction_ = yes; }

  size_t solutions() const { return rows_; }
  // Row r's value of projection()[c]: an invalid id when unbound (an optional's variable).
  TermId value(size_t r, size_t c) const { return flat_[r * projection_.size() + c]; }
  const std::vector<TermId>& flat() const { return flat_; }
  // The triples behind row r (kept only with set_keep_facts(true)).
  const std::vector<Triple>& triples(size_t r) const { return row_triples_[r]; }

 private:
  struct RowHash {
    const Solver* s;
    size_t operator()(size_t r) const;
  };
  struct RowEq {
    const Solver* s;
    bool operator()(size_t a, size_t b) const;
  };
  using Next = std::function<Status()>;

  Status Step(const Branch& branch, const BranchPlan& bp, size_t step);
  std::vector<TermId> Candidates(const Slot& s) const;
  bool Bind(const Slot& s, TermId value, std::vector<int>* newly);
  void Unbind(const std::vector<int>& newly);
  Status Match(const BoundAtom& a, const Next& next);
  Status Scan(const BoundAtom& a, const Slot& ss, const Slot& os, TermId s, TermId p, TermId o,
              const Next& next);
  Status Qualifiers(const BoundAtom& a, const Triple& t, std::vector<int>* newly, bool* ok);
  Status MatchLabel(const BoundAtom& a, const Next& next);
  Status MatchLabelTriples(const BoundAtom& a, const Next& next);
  Status LabelTriple(const BoundAtom& a, TermId s, uint64_t seq, Alias&& alias, const Next& next);
  Status MatchHops(const BoundAtom& a, const Next& next);
  Status Successors(TermId node, const BoundAtom& a, bool forward, const std::vector<TermId>& rels,
                    std::vector<TermId>* out);
  Result<bool> Passes(const BoundFilter& f);
  Result<Comparable> ComparableOf(TermId id);
  bool PassesTypeFilters();
  Status Emit();

  const BoundQuery& q_;
  const ReadView& view_;
  TermText& text_;
  QueryLimits& limits_;
  std::vector<int> projection_;
  std::vector<TermId> binding_;
  std::vector<Triple> used_;
  std::vector<TermId> flat_;
  size_t rows_ = 0;
  std::unordered_set<size_t, RowHash, RowEq> seen_;
  std::vector<std::vector<Triple>> row_triples_;
  std::unordered_map<FactId, Fact> fact_cache_;
  // Successor lists of walked nodes, per direction (hop ranges revisit nodes level by level).
  std::unordered_map<TermId, std::vector<TermId>> forward_, backward_;
  std::unordered_map<TermId, Comparable> comparables_;
  int64_t row_cap_ = -1;
  bool cap_is_query_limit_ = false;
  bool keep_facts_ = true;
  bool by_construction_ = false;
};

}  // namespace kg
