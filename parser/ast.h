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
// Relation phrases are matched against the vocabulary's symbol tables; the attribute is the
// phrase's base form ("partner", "release", "CEO"), so the binder knows which word was meant.

struct Verb : x3::position_tagged {
  std::string base;
};

struct Noun : x3::position_tagged {
  std::string base;
};

// One or more entity names as written ("Amazon and Microsoft", "the Six Little Tigers").
struct Names : x3::position_tagged {
  std::string text;
};

// who|what|which [TYPE] [did not] VERB [ORDINAL] [PREP] NAMES
//   "who partnered with OpenAI", "which countries rank third in the Global AI Index"
struct AskSubject : x3::position_tagged {
  std::string wh;
  std::string type;
  bool negated = false;
  Verb verb;
  boost::optional<int> ordinal;
  std::string prep;
  Names names;
};

// who|what|which [TYPE] did|does|will|has NAMES [not] VERB [PREP]
//   "who did Naver partner with", "what did Mistral release"
struct AskObject : x3::position_tagged {
  std::string wh;
  std::string type;
  Names names;
  bool negated = false;
  Verb verb;
  std::string prep;
};

// who|what|which [TYPE] was|were|is|are [not] PARTICIPLE [PREP] NAMES
//   "what was released by OpenAI"
struct AskPassive : x3::position_tagged {
  std::string wh;
  std::string type;
  bool negated = false;
  Verb verb;
  std::string prep;
  Names names;
};

// who|what|which [TYPE] is|are [a|an|the] NOUN [of] NAMES
//   "who is the CEO of OpenAI", "which companies are members of the Six Little Tigers"
struct AskNoun : x3::position_tagged {
  std::string wh;
  std::string type;
  Noun noun;
  Names names;
};

// which TYPE VERB the WORD that NAMES VERB   (a two-hop question)
//   "which company made the model that DeepSeek-R2 succeeds"
struct AskRelative : x3::position_tagged {
  std::string type;
  Verb outer;
  std::string thing;
  Names names;
  Verb inner;
};

// how much did|will|does NAMES VERB [PREP NAMES]
struct HowMuch : x3::position_tagged {
  Names names;
  Verb verb;
  std::string prep;
  boost::optional<Names> target;
};

// how many [TYPE] VERB [PREP] NAMES
struct HowMany : x3::position_tagged {
  std::string type;
  Verb verb;
  std::string prep;
  Names names;
};

// when|where did|was|were NAMES VERB [PREP [NAMES]]
struct WhenWhere : x3::position_tagged {
  std::string wh;   // "when" or "where"
  std::string aux;  // did, was, is, ... ("was" + participle asks about the passive subject)
  Names names;
  Verb verb;
  std::string prep;
  boost::optional<Names> target;
};

// is|are|was|were NAMES [a|an|the] NOUN [PREP] NAMES   -> yes/no
struct YesNoNoun : x3::position_tagged {
  Names subject;
  Noun noun;
  Names object;
};

// did|does|has|is|was NAMES [not] VERB [PREP] NAMES     -> yes/no
struct YesNoVerb : x3::position_tagged {
  std::string aux;
  Names subject;
  bool negated = false;
  Verb verb;
  std::string prep;
  Names object;
};

// what is NAMES / tell me about NAMES / about NAMES
struct About : x3::position_tagged {
  std::string lead;  // the words before the name, as written ("tell me about")
  Names names;
};

// how is NAMES connected to NAMES
struct Connect : x3::position_tagged {
  Names from;
  Names to;
};

// Korean: NAME+PARTICLE STEM+ENDING [HEAD]+TOPIC?
//   "네이버와 협력한 기업은?", "캐나다가 투자한 금액은?", "유럽연합에 속한 국가는?"
struct KoreanAsk : x3::position_tagged {
  Names names;
  std::string particle;  // 와, 를, 가, 에, ...
  Verb stem;             // base = the vocabulary's Korean stem
  std::string ending;    // 한, 된, 하지 않은, ...
  std::string head;      // 기업, 곳, 금액, ... (may be empty)
};

struct Question : x3::variant<AskSubject, AskObject, AskPassive, AskNoun, AskRelative, HowMuch,
                              HowMany, WhenWhere, YesNoNoun, YesNoVerb, About, Connect,
                              KoreanAsk> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Query : x3::variant<PathQuery, Question, PatternQuery> {
  using base_type::base_type;
  using base_type::operator=;
};

}  // namespace kg::parser::ast
