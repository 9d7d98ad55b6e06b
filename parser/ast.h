// The query language's syntax tree: one Query for every form -- patterns, paths and
// natural-language questions (a leading `.` is a shell command, seen by kg/cli, not here). Syntax only: names and relation phrases stay text;
// the binder resolves them. Every node derives from position_tagged, whose two ints hold the
// node's byte offsets [id_first, id_last) in the query text (set by the error handler).
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <string>
#include <vector>

namespace kg::parser::ast {

namespace x3 = boost::spirit::x3;

// ---------------------------------------------------------------- pattern terms

struct Variable : x3::position_tagged {
  std::string name;  // without '?'
};

struct Iri : x3::position_tagged {
  std::string value;  // without angle brackets
};

struct PrefixedName : x3::position_tagged {
  std::string prefix;  // "rdfs"
  std::string local;   // "label"
};

// "text"@lang or "text"^^<datatype>: an RDF literal.
struct TypedLiteral : x3::position_tagged {
  std::string text;
  std::string lang;      // empty unless @lang
  std::string datatype;  // IRI or prefixed name text; empty unless ^^
};

// A name: bare (Naver, 네이버, Mistral-7B) or quoted ("Big Tech").
struct Name : x3::position_tagged {
  std::string text;
  bool quoted = false;
};

struct Number : x3::position_tagged {
  std::string text;  // as written: 3, -2, 1.5
};

struct Term : x3::variant<Variable, Iri, PrefixedName, TypedLiteral, Name, Number> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Qualifier : x3::position_tagged {
  std::string key;  // amount, date, period, place, role, rank, status, negated, ...
  Term value;
};

// `{1,3}` after a relation: follow it 1 to 3 times (`{2}`: exactly twice).
struct Hops : x3::position_tagged {
  int min = 1;
  boost::optional<int> max;
};

// `[optional] SUBJECT RELATION[{m,n}] OBJECT [qualifiers]`
struct Atom : x3::position_tagged {
  bool optional = false;  // `optional ATOM`: keep the solution when it does not match
  Term subject;
  Term relation;
  boost::optional<Hops> hops;
  Term object;
  std::vector<Qualifier> qualifiers;
};

// `filter ?a > 1000000000 USD`, `?d >= 2024-06`, `?n != "OpenAI"`: the right side is a term
// (a number, a date or name written bare, a quoted string, a variable) and, after a number,
// an optional unit (a currency).
struct Comparison : x3::position_tagged {
  Variable left;
  std::string op;  // < <= > >= = !=
  Term right;
  std::string unit;
};

// One element of a conjunction: a (possibly optional) atom or a filter comparison.
struct Element : x3::variant<Atom, Comparison> {
  using base_type::base_type;
  using base_type::operator=;
};

// `(count ?x)`, `(sum ?a)`, `(count distinct ?x)`, `(count *)`.
struct Aggregate : x3::position_tagged {
  std::string function;  // count, sum, min, max, avg
  bool distinct = false;
  boost::optional<Variable> variable;  // none: `*`
};

struct SelectItem : x3::variant<Variable, Aggregate> {
  using base_type::base_type;
  using base_type::operator=;
};

// `order by ?v`, `order by count`, `order by (sum ?a)`, then `asc` (default) or `desc`.
struct OrderBy : x3::position_tagged {
  std::string function;                // an aggregate's function, or empty for a variable
  boost::optional<Variable> variable;  // the variable (or the aggregate's argument)
  bool descending = false;
};

// `select ITEMS where BRANCHES`, `count [?x] [where] BRANCHES`, or just `BRANCHES`; then
// optional `group by ?v...`, `order by KEY [asc|desc]` and `limit N`. BRANCHES are
// conjunctions of elements (joined by `,` or `and`) separated by `or`: a union.
struct PatternQuery : x3::position_tagged {
  std::string head;                     // "select", "count" or "" (plain atoms)
  std::vector<SelectItem> projection;   // empty = every variable (or `*`)
  std::vector<std::vector<Element>> branches;
  std::vector<Variable> group_by;
  boost::optional<OrderBy> order;
  boost::optional<long long> limit;
};

// `path A -> B [max N]`
struct PathQuery : x3::position_tagged {
  Term from;
  Term to;
  boost::optional<int> max_hops;
};

// ---------------------------------------------------------------- questions
// A question in natural language is kept as its words: what they mean depends on the graph's
// names and the relation vocabulary, which the binder (kg/query/understand_*.cpp) knows.

// One or more entity names as written ("Amazon and Microsoft", "the Six Little Tigers").
struct Names : x3::position_tagged {
  std::string text;
};

// Any question or request in English or Korean: its words (runs of non-space characters,
// punctuation kept; a quoted name is one word with `quoted` set).
//   "who's OpenAI's chief executive", "누리랩스와 협력한 회사의 대표는 누구야?"
struct NaturalQuestion : x3::position_tagged {
  std::vector<Name> words;
};

// tell me about NAMES / about NAMES / describe NAMES
struct About : x3::position_tagged {
  std::string lead;  // the words before the name, as written ("tell me about")
  Names names;
};

// how is NAMES connected to NAMES
struct Connect : x3::position_tagged {
  Names from;
  Names to;
};

struct Question : x3::variant<About, Connect, NaturalQuestion> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Query : x3::variant<PathQuery, Question, PatternQuery> {
  using base_type::base_type;
  using base_type::operator=;
};

}  // namespace kg::parser::ast
