// Binding of pattern queries: atoms (optional, over a hop range), filters, alternatives joined
// by `or`, aggregates with `group by`, and their ordering.
#include <algorithm>
#include <boost/variant/get.hpp>

#include "kg/base/unicode.h"
#include "kg/query/binder.h"
#include "parser/printer.h"

namespace kg {

namespace ast = parser::ast;

namespace {

bool IsTrue(const std::string& s) {
  std::string l = kg::FoldName(s);
  return l == "true" || l == "yes" || l == "1";
}

BoundFilter::Op OpOf(const std::string& op) {
  if (op == "<") return BoundFilter::Op::kLt;
  if (op == "<=") return BoundFilter::Op::kLe;
  if (op == ">") return BoundFilter::Op::kGt;
  if (op == ">=") return BoundFilter::Op::kGe;
  if (op == "!=" || op == "<>") return BoundFilter::Op::kNe;
  return BoundFilter::Op::kEq;
}

BoundAggregate::Fn FnOf(const std::string& f) {
  std::string l = kg::FoldName(f);
  if (l == "sum") return BoundAggregate::Fn::kSum;
  if (l == "min") return BoundAggregate::Fn::kMin;
  if (l == "max") return BoundAggregate::Fn::kMax;
  if (l == "avg") return BoundAggregate::Fn::kAvg;
  return BoundAggregate::Fn::kCount;
}

int FindVar(const BoundQuery& q, const std::string& name) {
  auto it = std::find(q.var_names.begin(), q.var_names.end(), name);
  return it == q.var_names.end() ? -1 : static_cast<int>(it - q.var_names.begin());
}

}  // namespace

Status Binder::BindAtom(const ast::Atom& a, BoundQuery* out, Branch* branch) {
  BoundAtom atom;
  atom.optional = a.optional;
  atom.source = parser::Print(a.subject) + " " + parser::Print(a.relation) + " " +
                parser::Print(a.object);
  bool label = false, swap = false, symmetric = false;
  Result<Slot> s = EntitySlot(a.subject, out, false);
  if (!s.ok()) return s.status();
  Result<Slot> p = RelationSlot(a.relation, out, &label, &swap, &symmetric);
  if (!p.ok()) return p.status();
  if (a.hops && (label || p->is_var())) {
    return ErrorAt(Status::InvalidArgument("a hop range follows a named relation, not " +
                                           std::string(label ? "rdfs:label" : "a variable")),
                   *a.hops);
  }
  if (label) {
    atom.label = true;
    atom.s = *s;
    if (const auto* l = boost::get<ast::TypedLiteral>(&a.object)) {
      atom.label_text = l->text;
      atom.label_lang = kg::FoldName(l->lang);
    } else if (const auto* n = boost::get<ast::Name>(&a.object)) {
      atom.label_text = n->text;
    } else {
      return ErrorAt(Status::InvalidArgument(
                         "rdfs:label needs a text object (\"name\"@lang): labels are names, "
                         "see them with 'what is X' or .entities"),
                     a);
    }
    branch->atoms.push_back(std::move(atom));
    return Status::OK();
  }
  Result<Slot> o = EntitySlot(a.object, out, true);
  if (!o.ok()) return o.status();
  atom.s = swap ? *o : *s;
  atom.o = swap ? *s : *o;
  if (const auto* l = boost::get<ast::TypedLiteral>(&a.object); l && !swap && l->datatype.empty()) {
    atom.object_literal = Literal{l->text, "", kg::FoldName(l->lang)};
  }
  atom.p = *p;
  atom.symmetric = symmetric;
  if (a.hops) {
    int max = a.hops->max ? *a.hops->max : a.hops->min;
    if (a.hops->min < 1 || max < a.hops->min || max > 8) {
      return ErrorAt(Status::InvalidArgument(
                         "a hop range is {MIN,MAX} with 1 <= MIN <= MAX <= 8, as in {1,3}"),
                     *a.hops);
    }
    if (!a.qualifiers.empty()) {
      return ErrorAt(Status::InvalidArgument("qualifiers do not apply over a hop range"),
                     a.qualifiers.front());
    }
    atom.hops = true;
    atom.min_hops = a.hops->min;
    atom.max_hops = max;
  }
  for (const ast::Qualifier& qual : a.qualifiers) {
    if (qual.key == "negated" || qual.key == "polarity") {
      std::string v;
      if (const auto* n = boost::get<ast::Name>(&qual.value)) v = n->text;
      if (v == "any") {
        atom.polarity = Polarity::kAny;
      } else {
        atom.polarity = IsTrue(v) || v == "negative" ? Polarity::kNegated : Polarity::kPositive;
      }
      continue;
    }
    Result<Slot> v = QualifierSlot(qual.key, qual.value, out);
    if (!v.ok()) return ErrorAt(v.status(), qual);
    atom.qualifiers.push_back({qual.key, *v});
  }
  branch->atoms.push_back(std::move(atom));
  return Status::OK();
}

Status Binder::BindFilter(const ast::Comparison& c, BoundQuery* out, Branch* branch) {
  BoundFilter f;
  f.var = Var(out, c.left.name);
  f.op = OpOf(c.op);
  f.source = "?" + c.left.name + " " + c.op + " " + parser::Print(c.right) +
             (c.unit.empty() ? "" : " " + c.unit);
  const bool number = boost::get<ast::Number>(&c.right) != nullptr;
  if (!c.unit.empty() && !number) {
    return ErrorAt(Status::InvalidArgument("a unit (" + c.unit + ") follows a number"), c);
  }
  if (const auto* v = boost::get<ast::Variable>(&c.right)) {
    f.other_var = Var(out, v->name);
  } else if (const auto* n = boost::get<ast::Number>(&c.right)) {
    f.text = n->text;
    for (char ch : c.unit) f.unit.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  } else if (const auto* n = boost::get<ast::Name>(&c.right)) {
    f.text = n->text;
    f.quoted = n->quoted;
  } else if (const auto* l = boost::get<ast::TypedLiteral>(&c.right)) {
    f.text = l->text;
    f.quoted = l->datatype.empty();
  } else {
    return ErrorAt(Status::InvalidArgument(
                       "a filter compares with a number, a date, a \"text\" or a variable"),
                   c);
  }
  branch->filters.push_back(std::move(f));
  return Status::OK();
}

// Select items, group by and order by of a grouped query (one with aggregates or group by).
Status Binder::BindGrouping(const ast::PatternQuery& q, BoundQuery* out) {
  for (const ast::Variable& v : q.group_by) {
    int var = FindVar(*out, v.name);
    if (var < 0) {
      return ErrorAt(Status::InvalidArgument("?" + v.name + " does not appear in the pattern"), v);
    }
    out->group_by.push_back(var);
  }
  for (const ast::SelectItem& item : q.projection) {
    OutputColumn col;
    if (const auto* v = boost::get<ast::Variable>(&item)) {
      col.var = FindVar(*out, v->name);
      if (std::find(out->group_by.begin(), out->group_by.end(), col.var) == out->group_by.end()) {
        return ErrorAt(Status::InvalidArgument("?" + v->name + " is shown beside aggregates: "
                                               "add it to 'group by ?" + v->name + "'"),
                       *v);
      }
    } else {
      const auto& a = boost::get<ast::Aggregate>(item);
      BoundAggregate agg;
      agg.fn = FnOf(a.function);
      agg.distinct = a.distinct;
      if (a.variable) {
        agg.var = FindVar(*out, a.variable->name);
        if (agg.var < 0) {
          return ErrorAt(Status::InvalidArgument("?" + a.variable->name +
                                                 " does not appear in the pattern"),
                         *a.variable);
        }
      } else if (agg.fn != BoundAggregate::Fn::kCount) {
        return ErrorAt(Status::InvalidArgument(a.function + " needs a variable: (" + a.function +
                                               " ?x)"),
                       a);
      }
      col.aggregate = static_cast<int>(out->aggregates.size());
      out->aggregates.push_back(agg);
    }
    out->outputs.push_back(col);
  }
  if (out->outputs.empty()) {
    for (int v : out->group_by) out->outputs.push_back(OutputColumn{v, -1});
  }
  // Column names: the variable, or the function (with its variable when two share it).
  for (size_t i = 0; i < out->outputs.size(); ++i) {
    const OutputColumn& col = out->outputs[i];
    if (col.var >= 0) {
      out->columns.push_back(out->var_names[col.var]);
      continue;
    }
    const auto& a = boost::get<ast::Aggregate>(q.projection[i]);
    int same = 0;
    for (const BoundAggregate& other : out->aggregates) same += other.fn == FnOf(a.function);
    std::string name = kg::FoldName(a.function);
    if (same > 1) name += "_" + (a.variable ? a.variable->name : std::string("all"));
    out->columns.push_back(name);
  }
  if (q.order) {
    const ast::OrderBy& o = *q.order;
    out->descending = o.descending;
    if (o.function.empty()) {
      int var = FindVar(*out, o.variable->name);
      if (std::find(out->group_by.begin(), out->group_by.end(), var) == out->group_by.end()) {
        return ErrorAt(Status::InvalidArgument("order by ?" + o.variable->name +
                                               ": a grouped answer is ordered by a group "
                                               "variable or an aggregate"),
                       o);
      }
      out->order_var = var;
    } else {
      for (size_t i = 0; i < out->aggregates.size() && !out->order_aggregate; ++i) {
        const BoundAggregate& agg = out->aggregates[i];
        bool var_matches = !o.variable || (agg.var >= 0 && out->var_names[agg.var] == o.variable->name);
        if (agg.fn == FnOf(o.function) && var_matches) out->order_aggregate = static_cast<int>(i);
      }
      if (!out->order_aggregate) {
        return ErrorAt(Status::InvalidArgument("order by " + o.function + ": select (" +
                                               o.function + " ...) to order by it"),
                       o);
      }
    }
  }
  if (q.limit) out->limit = *q.limit;
  // `select ?p (count *) where ?s ?p ?o group by ?p`: the counters answer it.
  const BoundAtom* only = out->branches.size() == 1 && out->branches[0].atoms.size() == 1 &&
                                  out->branches[0].filters.empty()
                              ? &out->branches[0].atoms[0]
                              : nullptr;
  if (only && only->s.is_var() && only->p.is_var() && only->o.is_var() &&
      only->s.var != only->p.var && only->s.var != only->o.var && only->p.var != only->o.var &&
      only->qualifiers.empty() && only->polarity == Polarity::kPositive && !only->label &&
      !only->hops && !only->optional && out->group_by == std::vector<int>{only->p.var}) {
    bool counts_only = std::all_of(out->aggregates.begin(), out->aggregates.end(),
                                   [](const BoundAggregate& a) {
                                     return a.fn == BoundAggregate::Fn::kCount && !a.distinct;
                                   });
    out->group_count_from_stats = counts_only && !out->aggregates.empty();
  }
  return Status::OK();
}

Status Binder::BindPattern(const ast::PatternQuery& q, BoundQuery* out) {
  out->kind = q.head == "count" ? BoundQuery::Kind::kCount : BoundQuery::Kind::kSelect;
  for (const std::vector<ast::Element>& elements : q.branches) {
    Branch branch;
    for (const ast::Element& e : elements) {
      if (const auto* a = boost::get<ast::Atom>(&e)) {
        KG_RETURN_IF_ERROR(BindAtom(*a, out, &branch));
      } else {
        KG_RETURN_IF_ERROR(BindFilter(boost::get<ast::Comparison>(e), out, &branch));
      }
    }
    bool required = std::any_of(branch.atoms.begin(), branch.atoms.end(),
                                [](const BoundAtom& a) { return !a.optional; });
    if (!required) {
      return ErrorAt(Status::InvalidArgument("a pattern needs an atom that is not optional"), q);
    }
    out->branches.push_back(std::move(branch));
  }
  // A filter's variables must come from the pattern.
  for (const Branch& b : out->branches) {
    for (const BoundFilter& f : b.filters) {
      for (int v : {f.var, f.other_var}) {
        bool used = v < 0;
        for (const BoundAtom& a : b.atoms) {
          for (const Slot* s : {&a.s, &a.p, &a.o}) used = used || (s->is_var() && s->var == v);
          for (const QualifierMatch& qm : a.qualifiers) {
            used = used || (qm.value.is_var() && qm.value.var == v);
          }
        }
        if (!used) {
          return ErrorAt(Status::InvalidArgument("?" + out->var_names[v] + " in filter '" +
                                                 f.source + "' does not appear in its pattern"),
                         q);
        }
      }
    }
  }
  bool has_aggregate = std::any_of(q.projection.begin(), q.projection.end(), [](const auto& i) {
    return boost::get<ast::Aggregate>(&i) != nullptr;
  });
  if (has_aggregate || !q.group_by.empty()) {
    if (out->kind == BoundQuery::Kind::kCount) {
      return ErrorAt(Status::InvalidArgument(
                         "count with group by: write select ?g (count ?x) where ... group by ?g"),
                     q);
    }
    return BindGrouping(q, out);
  }
  return BindPlainProjection(q, out);
}

Status Binder::BindPlainProjection(const ast::PatternQuery& q, BoundQuery* out) {
  // No variable at all: the pattern asks whether the fact holds (yes, with the fact; or no).
  if (out->var_names.empty() && out->kind == BoundQuery::Kind::kSelect) {
    out->kind = BoundQuery::Kind::kAsk;
    out->columns = {"answer"};
    return Status::OK();
  }
  if (q.projection.empty()) {
    for (size_t i = 0; i < out->var_names.size(); ++i) out->projection.push_back(static_cast<int>(i));
  } else {
    for (const ast::SelectItem& item : q.projection) {
      const auto& v = boost::get<ast::Variable>(item);
      int var = FindVar(*out, v.name);
      if (var < 0) {
        return ErrorAt(Status::InvalidArgument("?" + v.name + " does not appear in the pattern"), v);
      }
      out->projection.push_back(var);
    }
  }
  for (int v : out->projection) out->columns.push_back(out->var_names[v]);
  if (q.order) {
    if (!q.order->function.empty()) {
      return ErrorAt(Status::InvalidArgument("order by " + q.order->function +
                                             ": select (" + q.order->function +
                                             " ...) with group by to order by an aggregate"),
                     *q.order);
    }
    int var = FindVar(*out, q.order->variable->name);
    if (var < 0) {
      return ErrorAt(Status::InvalidArgument("?" + q.order->variable->name +
                                             " does not appear in the pattern"),
                     *q.order->variable);
    }
    out->order_var = var;
    out->descending = q.order->descending;
  }
  if (q.limit) out->limit = *q.limit;

  // `count ?a REL ?b` with nothing else: the per-relation counter answers it.
  const Branch& b = out->branches.front();
  if (out->kind == BoundQuery::Kind::kCount && out->branches.size() == 1 &&
      b.atoms.size() == 1 && b.filters.empty()) {
    const BoundAtom& a = b.atoms.front();
    bool whole_relation = a.s.is_var() && a.o.is_var() && a.s.var != a.o.var &&
                          !a.p.is_var() && a.p.ids.size() == 1 && a.qualifiers.empty() &&
                          a.polarity == Polarity::kPositive && !a.symmetric && !a.label &&
                          !a.hops && out->projection.size() == out->var_names.size();
    if (whole_relation) {
      out->count_from_stats = true;
      out->stats_relation = a.p.ids.front();
    }
  }
  return Status::OK();
}

}  // namespace kg
