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
  std::string source;  // the text this atom came from, for .explain
};

struct Branch {
  std::vector<BoundAtom> atoms;
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
  bool descending = false;
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

  // Things the user should know about how the query was read ("read 'the X' as 'X'").
  std::vector<std::string> notes;
};

}  // namespace kg
