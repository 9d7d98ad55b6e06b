// The text of the language reference. Every example here runs against the example documents
// (tests/e2e/language_help_test.cpp parses each indented line).
#include "kg/cli/language_help.h"

namespace kg::cli {

const std::string& LanguageReference() {
  static const std::string kText = R"(The kg query language: questions, patterns and paths; one query per line.

Questions (English or Korean), built from the relation vocabulary (.relations):
    who partnered with OpenAI?
    what did OpenAI release?
    how much did Amazon invest in France?
    what is DeepSeek?
    how is SoftBank connected to DeepSeek?
    오픈AI와 협력한 기업은?

Patterns: atoms `subject relation object`, joined by ',' or 'and'. A term is ?var, a name
(bare, or "quoted" when it has spaces), <IRI>, prefix:name (rdfs, xsd, schema, ...), a
number, or an RDF literal ("text"@lang, "text"^^xsd:type).
  one atom, every variable shown:
    ?x partnered_with OpenAI
  a join:
    ?x participates_in "Stargate Project", ?x located_in ?country
  chosen variables, qualifiers in brackets ([amount ?a], [date ?d], [role "CEO"], ...):
    select ?x ?a where ?x invested_in France [amount ?a] limit 10
  a variable relation (every fact of an entity; labels come as rdfs:label):
    OpenAI ?relation ?object
  counting distinct solutions (a relation alone is read from the counters):
    count ?x member_of "Six Little Tigers"
  filters compare numbers with units, dates (2024, 2024-06, 2024-06-15) and text
  (< <= > >= = !=; 'and' joins comparisons):
    select ?x ?a where ?x invested_in ?c [amount ?a] filter ?a > 1000000000 USD
    select ?x ?d where ?x released ?m [date ?d] filter ?d >= 2025-01
    select ?x where ?x partnered_with ?y filter ?y != "OpenAI"
  optional atoms keep a solution that lacks them (their variables stay empty):
    select ?x ?d where ?x released ?m, optional ?x ceo_of ?d
  alternatives (a union of the parts' answers):
    ?x partnered_with OpenAI or ?x invested_in OpenAI
  a relation over 1 to 3 hops: the distinct nodes at the end of such walks:
    select ?y where OpenAI partnered_with{1,3} ?y
  groups and aggregates (count, sum, min, max, avg; 'distinct' inside), ordered:
    select ?r (count ?x) where ?x ?r ?y group by ?r order by count desc
    select ?x (sum ?a) where ?x invested_in ?c [amount ?a] group by ?x
  ordering and limits:
    select ?x ?a where ?x invested_in ?c [amount ?a] order by ?a desc limit 3
  RDF terms and labels:
    ?s rdfs:label "오픈AI"@ko

Paths between two entities (shortest, either direction, at most N hops):
    path SoftBank -> DeepSeek max 3

Errors point at the place: line, column and a caret (also at the end of the query), and
name an unterminated "quote" or <IRI. Dot-commands (.help lists them) are the shell's.
)";
  return kText;
}

}  // namespace kg::cli
