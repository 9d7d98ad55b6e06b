// A query after binding: names resolved to term ids, relation phrases to relation ids,
// questions turned into conjunctive branches of triple patterns. The planner orders the
// atoms of each branch; the executor runs them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kg/base/model.h"

namespace kg {

// One position of an atom: a variable, or any of a set of constants (a name can denote
// several entities; a question's verb can denote several relations).
struct Slot {
  enum class Kind { kVar, kConst };
  Kind kind = Kind::kConst;
  int var = -1;
  std::vector<TermId> ids;

  static Slot Var(int v) {
    Slot s;
    s.kind = Kind::kVar;
    s.var = v;
    return s;
  }
  static Slot Const(std::vector<TermId> ids) {
    Slot s;
    s.ids = std::move(ids);
    return s;
  }
  bool is_var() const { return kind == Kind::kVar; }
};

enum class Polarity { kPositive, kNegated, kAny };

struct QualifierMatch {
  std::string key;  // amount, date, rank, status, place, ...
  Slot value;
};

struct BoundAtom {
  Slot s, p, o;
  std::vector<QualifierMatch> qualifiers;
  Polarity polarity = Polarity::kPositive;
  // Match with subject and object swapped too (symmetric relations).
  bool symmetric = false;
  // rdfs:label: s must have the alias `label` (with `label_lang` when not empty).
  bool label = false;
  std::string label_text, label_lang;
  // An RDF literal written as the object (`?s ?p "OpenAI"@en`), kept as text: a label is an
  // alias, not a stored literal term, so o's ids may not hold it.
  std::optional<Literal> object_literal;
  std::string source;  // the text this atom came from, for .explain
  // `optional ATOM`: a solution without a match is kept, its new variables left unbound.
  bool optional = false;
  // `REL{min,max}`: the end nodes of walks of min..max steps along p (distinct), so s and o
  // are the walk's two ends. hops = false: one step, an ordinary atom.
  bool hops = false;
  int min_hops = 1, max_hops = 1;
};

// `filter ?v OP value`: the value is read once, at bind time (filter.h evaluates it).
struct BoundFilter {
  enum class Op { kLt, kLe, kGt, kGe, kEq, kNe };
  int var = -1;
  Op op = Op::kEq;
  int other_var = -1;       // `?a < ?b`: compare with this variable's value
  std::string text;         // the constant as written (a number, a date, a string)
  std::string unit;         // after a number: a currency or unit ("USD"), upper-cased
  bool quoted = false;      // a quoted string: compared as text, never as a number or date
  std::string source;       // for .explain
};

struct Branch {
  std::vector<BoundAtom> atoms;
  std::vector<BoundFilter> filters;
};

// `(count ?x)`, `(sum ?a)`, ... over the distinct solutions of a group.
struct BoundAggregate {
  enum class Fn { kCount, kSum, kMin, kMax, kAvg };
  Fn fn = Fn::kCount;
  int var = -1;  // -1: `*`, every solution
  bool distinct = false;
};

// One output column of a grouped query: a group variable or an aggregate.
struct OutputColumn {
  int var = -1;
  int aggregate = -1;
};

struct TypeFilter {
  int var = -1;
  std::vector<std::string> types;  // keep entities of one of these types, or of no known type
};

struct BoundQuery {
  enum class Kind {
    kSelect,  // rows of variable bindings
    kCount,   // one row: the number of distinct solutions
    kAsk,     // yes / no, with the facts behind the answer
    kPath,    // how two entities are connected
    kAbout,   // every fact about an entity
  };
  Kind kind = Kind::kSelect;
  std::string text;
  std::vector<std::string> var_names;
  std::vector<int> projection;       // variables shown, in column order
  std::vector<std::string> columns;  // column headers, one per projected variable
  std::vector<Branch> branches;      // solutions are the union of the branches'
  std::vector<TypeFilter> type_filters;
  std::optional<int> order_var;
  std::optional<int> order_aggregate;  // grouped queries: sort by this aggregate
  bool descending = false;

  // Grouped queries (aggregates in the projection, or `group by`): solutions are grouped by
  // group_by and each output column is a group variable or an aggregate.
  std::vector<BoundAggregate> aggregates;
  std::vector<int> group_by;
  std::vector<OutputColumn> outputs;
  bool grouped() const { return !aggregates.empty() || !group_by.empty(); }
  // `select ?p (count *) where ?s ?p ?o group by ?p`: answered from the per-relation counters
  // (and the label counter) without a scan.
  bool group_count_from_stats = false;
  int64_t limit = -1;  // -1: none (the executor's row limit still applies)

  // kCount answered from the per-relation counter (one unqualified `?a REL ?b` atom).
  bool count_from_stats = false;
  TermId stats_relation;

  // kPath
  std::vector<TermId> path_from, path_to;
  int max_hops = 4;

  // kAbout
  std::vector<TermId> about;

  // A natural question (not a pattern), and whether it asks about plans ("will", "plans to",
  // "agreed to"): a question about what happened never takes a planned fact as done.
  bool question = false;
  bool asks_plans = false;
  // A question that asks where something is ("where", or every reading asks for the object of
  // a where relation): a place that holds another answer is said by the finer one
  // (finest_answers.h).
  bool answers_places = false;
  // A question about plans that asks for things ("what will X release", "which company is X
  // acquiring"): `branches` again, each relation atom of the main clause also requiring status
  // planned. When they find anything they answer alone -- what X will release is not what it
  // already released; when the graph holds no plan, `branches` answer.
  std::vector<Branch> plan_branches;

  // Things the user should know about how the query was read ("read 'the X' as 'X'").
  std::vector<std::string> notes;
};

}  // namespace kg
