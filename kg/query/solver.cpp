// Depth-first index nested-loop joins; optional atoms, filters, hop ranges and label triples.
#include "kg/query/solver.h"

#include <algorithm>
#include <cstdio>

#include "kg/base/unicode.h"
#include "kg/query/executor.h"

namespace kg {

using Clock = std::chrono::steady_clock;

QueryLimits::QueryLimits(const ExecOptions& o) : o_(o), start_(Clock::now()) {}

bool QueryLimits::ShouldStop() {
  if (stopped_) return true;
  if ((++ticks_ & 0x3FF) != 0) return false;
  if (o_.cancel && o_.cancel->load()) {
    cancelled_ = stopped_ = true;
    return true;
  }
  if (o_.timeout_seconds > 0 &&
      std::chrono::duration<double>(Clock::now() - start_).count() > o_.timeout_seconds) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%g", o_.timeout_seconds);
    Stop(std::string("stopped after the time limit of ") + buf +
         " s (change it with .timeout or --timeout)");
  }
  return stopped_;
}

void QueryLimits::Stop(std::string why) {
  if (!stopped_) reason_ = std::move(why);
  stopped_ = true;
}

double QueryLimits::elapsed() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

size_t Solver::RowHash::operator()(size_t r) const {
  size_t h = 0;
  const size_t w = s->projection_.size();
  for (size_t c = 0; c < w; ++c) h = h * 0x9E3779B97F4A7C15ull + s->flat_[r * w + c].value;
  return h ^ (h >> 29);
}

bool Solver::RowEq::operator()(size_t a, size_t b) const {
  const size_t w = s->projection_.size();
  return std::equal(s->flat_.begin() + a * w, s->flat_.begin() + (a + 1) * w,
                    s->flat_.begin() + b * w);
}

Solver::Solver(const BoundQuery& q, const ReadView& view, TermText& text, QueryLimits& limits)
    : q_(q), view_(view), text_(text), limits_(limits), projection_(q.projection),
      seen_(64, RowHash{this}, RowEq{this}) {}

Status Solver::Solve(const std::vector<Branch>& branches, const Plan& plan) {
  for (size_t b = 0; b < branches.size() && !limits_.stopped(); ++b) {
    binding_.assign(q_.var_names.size(), TermId());
    used_.clear();
    KG_RETURN_IF_ERROR(Step(branches[b], plan.branches[b], 0));
  }
  return Status::OK();
}

Status Solver::Step(const Branch& branch, const BranchPlan& bp, size_t step) {
  if (limits_.stopped()) return Status::OK();
  if (step < bp.checks.size()) {
    for (size_t f : bp.checks[step]) {
      Result<bool> pass = Passes(branch.filters[f]);
      if (!pass.ok()) return pass.status();
      if (!*pass) return Status::OK();
    }
  }
  if (step == bp.steps.size()) return Emit();
  const BoundAtom& a = branch.atoms[bp.steps[step].atom];
  if (!a.optional) return Match(a, [&]() { return Step(branch, bp, step + 1); });
  bool matched = false;
  KG_RETURN_IF_ERROR(Match(a, [&]() {
    matched = true;
    return Step(branch, bp, step + 1);
  }));
  return matched ? Status::OK() : Step(branch, bp, step + 1);
}

std::vector<TermId> Solver::Candidates(const Slot& s) const {
  if (!s.is_var()) return s.ids;
  return {binding_[s.var]};
}

bool Solver::Bind(const Slot& s, TermId value, std::vector<int>* newly) {
  if (!s.is_var()) return true;
  TermId& b = binding_[s.var];
  if (b.valid()) return b == value;
  b = value;
  newly->push_back(s.var);
  return true;
}

void Solver::Unbind(const std::vector<int>& newly) {
  for (int v : newly) binding_[v] = TermId();
}

Status Solver::Match(const BoundAtom& a, const Next& next) {
  if (a.label) return MatchLabel(a, next);
  if (a.hops) return MatchHops(a, next);
  for (int direction = 0; direction < (a.symmetric ? 2 : 1); ++direction) {
    const Slot& ss = direction == 0 ? a.s : a.o;  // slot matched against the stored subject
    const Slot& os = direction == 0 ? a.o : a.s;
    for (TermId s : Candidates(ss)) {
      for (TermId p : Candidates(a.p)) {
        if (IsVirtualId(p)) continue;  // the label relation: its triples come below
        for (TermId o : Candidates(os)) {
          KG_RETURN_IF_ERROR(Scan(a, ss, os, s, p, o, next));
          if (limits_.stopped()) return Status::OK();
        }
      }
    }
  }
  if (a.p.is_var()) return MatchLabelTriples(a, next);
  return Status::OK();
}

Status Solver::Scan(const BoundAtom& a, const Slot& ss, const Slot& os, TermId s, TermId p,
                    TermId o, const Next& next) {
  IndexOrder order = IndexForBound(s.valid(), p.valid(), o.valid());
  TermId prefix[3];
  int n = BoundPrefix(order, s, p, o, prefix);
  auto scan = view_.Scan(order, prefix, n);
  Triple t;
  std::vector<int> newly;
  while (scan->Next(&t)) {
    if (limits_.ShouldStop()) return Status::OK();
    if ((s.valid() && t.s != s) || (p.valid() && t.p != p) || (o.valid() && t.o != o)) continue;
    if (a.polarity == Polarity::kPositive && t.negated()) continue;
    if (a.polarity == Polarity::kNegated && !t.negated()) continue;
    newly.clear();
    bool ok = Bind(ss, t.s, &newly) && Bind(a.p, t.p, &newly) && Bind(os, t.o, &newly);
    if (ok && !a.qualifiers.empty()) KG_RETURN_IF_ERROR(Qualifiers(a, t, &newly, &ok));
    if (ok) {
      used_.push_back(t);
      Status st = next();
      used_.pop_back();
      KG_RETURN_IF_ERROR(st);
    }
    Unbind(newly);
    if (limits_.stopped()) return Status::OK();
  }
  return scan->status();
}

Status Solver::Qualifiers(const BoundAtom& a, const Triple& t, std::vector<int>* newly, bool* ok) {
  *ok = false;
  if (!(t.flags & kFlagHasRecord)) return Status::OK();
  auto it = fact_cache_.find(t.fact);
  if (it == fact_cache_.end()) {
    if (fact_cache_.size() > 100000) fact_cache_.clear();
    Fact f;
    KG_RETURN_IF_ERROR(view_.GetFact(t.fact, &f));
    it = fact_cache_.emplace(t.fact, std::move(f)).first;
  }
  const Fact& fact = it->second;
  for (const QualifierMatch& qm : a.qualifiers) {
    auto q = fact.qualifiers.find(qm.key);
    if (q == fact.qualifiers.end()) return Status::OK();
    if (qm.value.is_var()) {
      if (!Bind(qm.value, q->second, newly)) return Status::OK();
    } else if (std::find(qm.value.ids.begin(), qm.value.ids.end(), q->second) ==
               qm.value.ids.end()) {
      return Status::OK();
    }
  }
  *ok = true;
  return Status::OK();
}

// `?s rdfs:label "text"@lang`: entities with that alias (or name).
Status Solver::MatchLabel(const BoundAtom& a, const Next& next) {
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
    Unbind(newly);
    if (limits_.stopped()) break;
  }
  return Status::OK();
}

// A variable predicate also meets the subject's labels, which the store keeps as aliases.
Status Solver::MatchLabelTriples(const BoundAtom& a, const Next& next) {
  if (!a.qualifiers.empty() || a.polarity == Polarity::kNegated) return Status::OK();
  TermId p = binding_[a.p.var];
  if (p.valid() && p != kLabelRelationId) return Status::OK();
  std::vector<TermId> subjects = Candidates(a.s);
  std::vector<TermId> objects = Candidates(a.o);
  bool any_subject = subjects.size() == 1 && !subjects[0].valid();
  bool any_object = objects.size() == 1 && !objects[0].valid();
  if (a.object_literal) {
    objects = {TermId()};
    any_object = false;
  }
  if (any_subject && !any_object) {
    // `?s ?p "OpenAI"@en`: entities with that name, then their matching aliases.
    subjects.clear();
    std::vector<std::string> texts;
    if (a.object_literal) texts.push_back(a.object_literal->lexical);
    for (TermId o : a.object_literal ? std::vector<TermId>{} : objects) {
      Result<const Term*> t = text_.Get(o);
      if (t.ok() && (*t)->kind == TermKind::kLiteral) texts.push_back((*t)->literal.lexical);
    }
    for (const std::string& text : texts) {
      std::vector<TermId> ids;
      KG_RETURN_IF_ERROR(view_.FindByFoldedName(kg::FoldName(text), &ids));
      subjects.insert(subjects.end(), ids.begin(), ids.end());
    }
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    if (subjects.empty()) return Status::OK();
  }
  Status inner;
  auto each = [&](TermId s, uint64_t seq, Alias&& alias) {
    inner = LabelTriple(a, s, seq, std::move(alias), next);
    return inner.ok() && !limits_.stopped();
  };
  if (any_subject && any_object) {
    KG_RETURN_IF_ERROR(view_.ForEachAlias(TermId(), each));
    return inner;
  }
  for (TermId s : subjects) {
    if (IsVirtualId(s)) continue;
    KG_RETURN_IF_ERROR(view_.ForEachAlias(s, each));
    KG_RETURN_IF_ERROR(inner);
    if (limits_.stopped()) break;
  }
  return Status::OK();
}

Status Solver::LabelTriple(const BoundAtom& a, TermId s, uint64_t seq, Alias&& alias,
                           const Next& next) {
  if (limits_.ShouldStop()) return Status::OK();
  // The object to bind: the label's own (virtual) literal, unless the object is already known
  // (written, or bound), which then has to be the same text in the same language.
  TermId literal = LabelLiteralId(seq);
  std::vector<TermId> objects = Candidates(a.o);
  bool object_free = objects.size() == 1 && !objects[0].valid();
  if (a.object_literal) {
    if (a.object_literal->lexical != alias.text ||
        a.object_literal->lang != kg::FoldName(alias.lang)) {
      return Status::OK();
    }
  } else if (!object_free) {
    TermId same;
    for (TermId o : objects) {
      Result<const Term*> t = text_.Get(o);
      if (!t.ok() || (*t)->kind != TermKind::kLiteral) continue;
      if ((*t)->literal.lexical == alias.text && (*t)->literal.lang == alias.lang) same = o;
    }
    if (!same.valid()) return Status::OK();
    literal = same;
  }
  if (IsVirtualId(literal)) {
    Term t;
    t.id = literal;
    t.kind = TermKind::kLiteral;
    t.literal = Literal{std::move(alias.text), alias.lang.empty() ? "" : kRdfLangString,
                        std::move(alias.lang)};
    text_.AddVirtual(literal, std::move(t));
  }
  std::vector<int> newly;
  if (Bind(a.s, s, &newly) && Bind(a.p, kLabelRelationId, &newly) &&
      (a.object_literal || Bind(a.o, literal, &newly))) {
    used_.push_back(Triple{s, kLabelRelationId, literal, FactId(), 0});
    Status st = next();
    used_.pop_back();
    KG_RETURN_IF_ERROR(st);
  }
  Unbind(newly);
  return Status::OK();
}

// `s REL{min,max} o`: the distinct nodes at the end of walks of min..max steps from the bound
// end (both ends free: from every subject of REL). Level k holds the nodes k steps away by
// some walk; a node's successors are read once however many levels it is on.
Status Solver::MatchHops(const BoundAtom& a, const Next& next) {
  std::vector<TermId> rels = a.p.ids;
  std::vector<TermId> from_s = Candidates(a.s), from_o = Candidates(a.o);
  bool s_free = from_s.size() == 1 && !from_s[0].valid();
  bool o_free = from_o.size() == 1 && !from_o[0].valid();
  bool forward = !s_free || o_free;
  const Slot& start_slot = forward ? a.s : a.o;
  const Slot& end_slot = forward ? a.o : a.s;
  std::vector<TermId> starts = forward ? from_s : from_o;
  if (s_free && o_free) {
    starts.clear();
    std::unordered_set<TermId> seen;
    for (TermId p : rels) {
      auto scan = view_.Scan(IndexOrder::kPos, &p, 1);
      Triple t;
      while (scan->Next(&t)) {
        if (!t.negated() && seen.insert(t.s).second) starts.push_back(t.s);
        if (a.symmetric && !t.negated() && seen.insert(t.o).second) starts.push_back(t.o);
      }
      KG_RETURN_IF_ERROR(scan->status());
    }
  }
  std::vector<TermId> level, next_level, reached;
  std::unordered_set<TermId> in_level, in_reached;
  for (TermId start : starts) {
    if (limits_.stopped()) break;
    std::vector<int> start_bound;
    if (!Bind(start_slot, start, &start_bound)) continue;
    level.assign(1, start);
    reached.clear();
    in_reached.clear();
    for (int depth = 1; depth <= a.max_hops && !level.empty(); ++depth) {
      next_level.clear();
      in_level.clear();
      for (TermId node : level) {
        if (limits_.ShouldStop()) break;
        std::vector<TermId> succ;
        KG_RETURN_IF_ERROR(Successors(node, a, forward, rels, &succ));
        for (TermId n : succ) {
          if (in_level.insert(n).second) next_level.push_back(n);
        }
      }
      if (depth >= a.min_hops) {
        for (TermId n : next_level) {
          if (in_reached.insert(n).second) reached.push_back(n);
        }
      }
      level.swap(next_level);
    }
    for (TermId n : reached) {
      std::vector<int> newly;
      if (Bind(end_slot, n, &newly)) KG_RETURN_IF_ERROR(next());
      Unbind(newly);
      if (limits_.stopped()) break;
    }
    Unbind(start_bound);
  }
  return Status::OK();
}

Status Solver::Successors(TermId node, const BoundAtom& a, bool forward,
                          const std::vector<TermId>& rels, std::vector<TermId>* out) {
  auto& cache = forward ? forward_ : backward_;
  auto it = cache.find(node);
  if (it != cache.end()) {
    *out = it->second;
    return Status::OK();
  }
  out->clear();
  for (TermId p : rels) {
    for (int direction = 0; direction < (a.symmetric ? 2 : 1); ++direction) {
      bool out_edges = forward == (direction == 0);
      TermId prefix[2] = {out_edges ? node : p, out_edges ? p : node};
      auto scan = view_.Scan(out_edges ? IndexOrder::kSpo : IndexOrder::kPos, prefix, 2);
      Triple t;
      while (scan->Next(&t)) {
        if (t.negated()) continue;
        out->push_back(out_edges ? t.o : t.s);
      }
      KG_RETURN_IF_ERROR(scan->status());
    }
  }
  if (cache.size() < 1000000) cache.emplace(node, *out);
  return Status::OK();
}

Result<Comparable> Solver::ComparableOf(TermId id) {
  auto it = comparables_.find(id);
  if (it != comparables_.end()) return it->second;
  Result<const Term*> t = text_.Get(id);
  if (!t.ok()) return t.status();
  Comparable c;
  if ((*t)->kind == TermKind::kLiteral) {
    const Literal& l = (*t)->literal;
    bool text = !l.lang.empty() || l.datatype.empty() || l.datatype == kXsdString;
    // A plain string that reads as a date or a number still compares as one ("2025-01").
    c = ReadComparable(l.lexical, text && ReadComparable(l.lexical).kind == Comparable::Kind::kText);
  } else {
    Result<std::string> d = text_.Display(id);
    if (!d.ok()) return d.status();
    c = ReadComparable(*d, true);
  }
  if (comparables_.size() < 100000) comparables_.emplace(id, c);
  return c;
}

Result<bool> Solver::Passes(const BoundFilter& f) {
  TermId v = binding_[f.var];
  if (!v.valid()) return false;  // unbound (an optional that did not match): no comparison
  Result<Comparable> left = ComparableOf(v);
  if (!left.ok()) return left.status();
  if (f.other_var >= 0) {
    TermId w = binding_[f.other_var];
    if (!w.valid()) return false;
    Result<Comparable> right = ComparableOf(w);
    if (!right.ok()) return right.status();
    return Compare(*left, f.op, *right);
  }
  Comparable constant = ReadComparable(f.text, f.quoted);
  if (constant.kind == Comparable::Kind::kNumber && !f.unit.empty()) constant.unit = f.unit;
  return Compare(*left, f.op, constant);
}

bool Solver::PassesTypeFilters() {
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

Status Solver::Emit() {
  if (!q_.type_filters.empty() && !PassesTypeFilters()) return Status::OK();
  const size_t w = projection_.size();
  for (int v : projection_) flat_.push_back(binding_[v]);
  size_t found = rows_;
  if (by_construction_) {
    if (rows_ > 0 && std::equal(flat_.end() - w, flat_.end(), flat_.end() - 2 * w)) found = rows_ - 1;
  } else {
    auto [it, fresh] = seen_.insert(rows_);
    if (!fresh) found = *it;
  }
  if (found == rows_) {
    if (row_cap_ >= 0 && static_cast<int64_t>(rows_) >= row_cap_) {
      if (!by_construction_) seen_.erase(rows_);
      flat_.resize(flat_.size() - w);
      limits_.Stop(cap_is_query_limit_ ? ""
                                       : "stopped at the row limit of " + std::to_string(row_cap_) +
                                             " rows (change it with .limit or --max-rows)");
      return Status::OK();
    }
    ++rows_;
    if (keep_facts_) row_triples_.emplace_back();
  } else {
    flat_.resize(flat_.size() - w);
  }
  if (keep_facts_) {
    auto& facts = row_triples_[found];
    for (const Triple& t : used_) {
      bool seen = std::any_of(facts.begin(), facts.end(), [&](const Triple& f) {
        return f.s == t.s && f.p == t.p && f.o == t.o && f.fact == t.fact;
      });
      if (!seen) facts.push_back(t);
    }
  }
  return Status::OK();
}

}  // namespace kg
