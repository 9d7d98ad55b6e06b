// Greedy join ordering by estimated cardinality: start from the atom with the fewest matches
// for its constants, then always take the cheapest atom that joins on a bound variable.
#include "kg/query/planner.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace kg {

namespace {

constexpr uint64_t kCountCap = 100000;

bool IsBound(const Slot& s, const std::set<int>& bound) {
  return !s.is_var() || bound.count(s.var) > 0;
}

// Matches of the pattern (subject, relation, object) with its variables free, summed over the
// constant choices of each position.
Result<double> DirectedEstimate(const Slot& subject, const Slot& relation, const Slot& object,
                                const ReadView& view, double total) {
  auto ids_or_none = [](const Slot& s) {
    return s.is_var() ? std::vector<TermId>{TermId()} : s.ids;
  };
  double sum = 0;
  for (TermId s : ids_or_none(subject)) {
    for (TermId p : ids_or_none(relation)) {
      for (TermId o : ids_or_none(object)) {
        TermId prefix[3];
        IndexOrder order;
        int n = 0;
        if (s.valid()) {
          if (p.valid()) {
            order = IndexOrder::kSpo;
            prefix[n++] = s, prefix[n++] = p;
            if (o.valid()) prefix[n++] = o;
          } else if (o.valid()) {
            order = IndexOrder::kOsp;
            prefix[n++] = o, prefix[n++] = s;
          } else {
            order = IndexOrder::kSpo;
            prefix[n++] = s;
          }
        } else if (p.valid()) {
          order = IndexOrder::kPos;
          prefix[n++] = p;
          if (o.valid()) prefix[n++] = o;
          if (!o.valid()) {
            Result<uint64_t> c = view.GetRelationCount(p);
            if (!c.ok()) return c.status();
            sum += static_cast<double>(*c);
            continue;
          }
        } else if (o.valid()) {
          order = IndexOrder::kOsp;
          prefix[n++] = o;
        } else {
          sum += total;
          continue;
        }
        Result<uint64_t> c = view.CountPrefix(order, prefix, n, kCountCap);
        if (!c.ok()) return c.status();
        sum += static_cast<double>(*c);
      }
    }
  }
  return sum;
}

// Matches of the atom's constants alone. A symmetric atom matches its facts stored either way
// round, so both directions are counted (doubling one would say ~0 for `?x partnered_with
// OpenAI` when every such fact is stored as `OpenAI partnered_with ?x`).
Result<double> ConstantEstimate(const BoundAtom& a, const ReadView& view, double total) {
  if (a.label) return 1.0;
  if (a.hops) {
    // A walk from a bound end: its first step's fan-out, compounded per further step.
    BoundAtom one = a;
    one.hops = false;
    Result<double> first = ConstantEstimate(one, view, total);
    if (!first.ok()) return first;
    return std::min(total, *first * std::pow(std::max(1.0, std::sqrt(*first)), a.max_hops - 1));
  }
  Result<double> forward = DirectedEstimate(a.s, a.p, a.o, view, total);
  if (!forward.ok() || !a.symmetric) return forward;
  Result<double> backward = DirectedEstimate(a.o, a.p, a.s, view, total);
  if (!backward.ok()) return backward;
  return *forward + *backward;
}

}  // namespace

Result<Plan> MakePlan(const BoundQuery& query, const ReadView& view, bool estimate_alone) {
  Plan plan;
  Result<uint64_t> total = view.GetCounter(kMetaTriples);
  if (!total.ok()) return total.status();
  for (const Branch& branch : query.branches) {
    BranchPlan bp;
    std::vector<double> base(branch.atoms.size());
    const bool alone = branch.atoms.size() == 1 && !estimate_alone;
    for (size_t i = 0; i < branch.atoms.size() && !alone; ++i) {
      Result<double> e = ConstantEstimate(branch.atoms[i], view, static_cast<double>(*total));
      if (!e.ok()) return e.status();
      base[i] = *e;
    }
    std::set<int> bound;
    std::vector<bool> done(branch.atoms.size(), false);
    size_t required = 0;
    for (size_t i = 0; i < branch.atoms.size(); ++i) {
      // Optional atoms join last, in the order written (a left join keeps every solution).
      done[i] = branch.atoms[i].optional;
      required += !done[i];
    }
    for (size_t step = 0; step < branch.atoms.size(); ++step) {
      if (step == required) {
        for (size_t i = 0; i < branch.atoms.size(); ++i) {
          if (!branch.atoms[i].optional) continue;
          PlanStep ps;
          ps.atom = i;
          ps.estimate = std::max(1.0, std::sqrt(base[i]));
          const BoundAtom& a = branch.atoms[i];
          ps.index = DescribeScan(IsBound(a.s, bound), IsBound(a.p, bound), IsBound(a.o, bound));
          bp.steps.push_back(std::move(ps));
        }
        break;
      }
      size_t best = branch.atoms.size();
      double best_cost = 0;
      bool best_joins = false;
      for (size_t i = 0; i < branch.atoms.size(); ++i) {
        if (done[i]) continue;
        const BoundAtom& a = branch.atoms[i];
        bool joins = false;
        for (const Slot* s : {&a.s, &a.p, &a.o}) {
          if (s->is_var() && bound.count(s->var)) joins = true;
        }
        for (const QualifierMatch& q : a.qualifiers) {
          if (q.value.is_var() && bound.count(q.value.var)) joins = true;
        }
        // A bound join variable cuts the matches roughly to one key's fan-out.
        double cost = joins ? std::max(1.0, std::sqrt(base[i])) : base[i];
        bool better = best == branch.atoms.size() || (joins && !best_joins && !bound.empty()) ||
                      ((joins == best_joins || bound.empty()) && cost < best_cost);
        if (better) {
          best = i;
          best_cost = cost;
          best_joins = joins;
        }
      }
      const BoundAtom& a = branch.atoms[best];
      PlanStep ps;
      ps.atom = best;
      ps.estimate = best_cost;
      ps.index = a.label ? "names(label)"
                         : DescribeScan(IsBound(a.s, bound), IsBound(a.p, bound), IsBound(a.o, bound));
      for (const Slot* s : {&a.s, &a.p, &a.o}) {
        if (s->is_var() && !bound.count(s->var)) {
          ps.binds.push_back(s->var);
          bound.insert(s->var);
        }
      }
      for (const QualifierMatch& q : a.qualifiers) {
        if (q.value.is_var() && !bound.count(q.value.var)) {
          ps.binds.push_back(q.value.var);
          bound.insert(q.value.var);
        }
      }
      done[best] = true;
      bp.steps.push_back(std::move(ps));
    }
    // Each filter right after the last required step that binds one of its variables.
    bp.checks.assign(bp.steps.size() + 1, {});
    for (size_t f = 0; f < branch.filters.size(); ++f) {
      const BoundFilter& filter = branch.filters[f];
      size_t at = bp.steps.size();
      std::set<int> seen;
      for (size_t k = 0; k < required; ++k) {
        const BoundAtom& a = branch.atoms[bp.steps[k].atom];
        for (const Slot* sl : {&a.s, &a.p, &a.o}) {
          if (sl->is_var()) seen.insert(sl->var);
        }
        for (const QualifierMatch& q : a.qualifiers) {
          if (q.value.is_var()) seen.insert(q.value.var);
        }
        if (seen.count(filter.var) && (filter.other_var < 0 || seen.count(filter.other_var))) {
          at = k + 1;
          break;
        }
      }
      bp.checks[at].push_back(f);
    }
    plan.branches.push_back(std::move(bp));
  }
  return plan;
}

std::string Plan::ToString(const BoundQuery& q, TermText& text) const {
  std::ostringstream out;
  auto slot_text = [&](const Slot& s) {
    if (s.is_var()) return "?" + q.var_names[s.var];
    if (s.ids.empty()) return std::string("(nothing)");
    std::string t;
    for (size_t i = 0; i < s.ids.size(); ++i) {
      Result<std::string> d = text.Display(s.ids[i]);
      t += (i ? "|" : "") + (d.ok() ? *d : "#" + std::to_string(s.ids[i].value));
    }
    return t.find(' ') != std::string::npos ? "\"" + t + "\"" : t;
  };
  switch (q.kind) {
    case BoundQuery::Kind::kPath:
      out << "path: bidirectional breadth-first search over spo and osp, at most " << q.max_hops
          << " hops\n";
      return out.str();
    case BoundQuery::Kind::kAbout:
      out << "about: scan spo(s) and osp(o) of each entity\n";
      return out.str();
    default:
      break;
  }
  if (q.group_count_from_stats) {
    out << "group count: read the maintained counter of every relation and of labels (no "
           "scan)\n";
    return out.str();
  }
  if (q.count_from_stats) {
    out << "count: read the maintained counter of relation " << slot_text(q.branches[0].atoms[0].p)
        << " (no scan)\n";
    return out.str();
  }
  for (size_t b = 0; b < branches.size(); ++b) {
    if (branches.size() > 1) out << "branch " << (b + 1) << " of " << branches.size() << " (union):\n";
    const Branch& branch = q.branches[b];
    for (size_t i = 0; i < branches[b].steps.size(); ++i) {
      const PlanStep& st = branches[b].steps[i];
      const BoundAtom& a = branch.atoms[st.atom];
      out << "  " << (i + 1) << ". ";
      if (a.optional) out << "optional ";
      if (a.label) {
        out << slot_text(a.s) << " rdfs:label \"" << a.label_text << "\"";
      } else {
        out << slot_text(a.s) << " " << slot_text(a.p);
        if (a.hops) out << "{" << a.min_hops << "," << a.max_hops << "}";
        out << " " << slot_text(a.o);
      }
      for (const QualifierMatch& qm : a.qualifiers) out << " [" << qm.key << " " << slot_text(qm.value) << "]";
      if (a.polarity == Polarity::kNegated) out << " [negated]";
      if (a.symmetric) out << " (either direction)";
      out << "  -- " << (a.hops ? "walk " : "") << st.index << ", ~"
          << static_cast<long long>(st.estimate) << " rows";
      out << "\n";
      for (size_t f : branches[b].checks.size() > i + 1 ? branches[b].checks[i + 1]
                                                        : std::vector<size_t>{}) {
        out << "     filter " << branch.filters[f].source << "\n";
      }
    }
  }
  return out.str();
}

}  // namespace kg
