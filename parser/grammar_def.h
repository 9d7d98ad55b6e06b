// The query grammar (Boost.Spirit X3). Included only by grammar.cpp.
//
//   query    := path | question | pattern
//   pattern  := [select ITEMS where | count [VAR] [where]] CONJ {or CONJ}
//               [group by VAR...] [order by KEY [asc|desc]] [limit N]
//   ITEMS    := {VAR | '(' AGG [distinct] (VAR | '*') ')'}  AGG := count|sum|min|max|avg
//   CONJ     := ELEM {(','|and) ELEM}      (no separator needed before filter/optional)
//   ELEM     := [optional] ATOM | [filter] VAR OP TERM [UNIT]   OP := < <= > >= = !=
//   ATOM     := TERM TERM ['{' MIN [',' MAX] '}'] TERM {'[' KEY TERM {',' KEY TERM} ']'}
//   KEY      := VAR | AGG | '(' AGG [VAR | '*'] ')'
//   TERM     := ?var | <iri> | "text"@lang | "text"^^dt | prefix:local | "name" | number | name
//   question := how is NAMES connected to NAMES | tell me about NAMES | WORD {WORD}
//
// A query is a pattern when it shows a pattern's marks (pattern_signal below); anything else
// is a question in English or Korean, kept as its words for the binder to understand against
// the graph's names and the relation vocabulary. Bytes >= 0x80 (Hangul, any non-ASCII letter)
// are word characters: X3's ascii classes would reject them.
#pragma once

#include <algorithm>
#include <boost/spirit/home/x3.hpp>
#include <cctype>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "parser/ast.h"
#include "parser/ast_adapted.h"
#include "parser/grammar.h"

namespace kg::parser::grammar {

using x3::attr;
using x3::char_;
using x3::eoi;
using x3::int_;
using x3::lexeme;
using x3::lit;
using x3::long_long;
using x3::matches;
using x3::no_case;
using x3::omit;
using x3::raw;
using x3::repeat;
using x3::ascii::alnum;
using x3::ascii::alpha;
using x3::ascii::digit;
using x3::ascii::space;

// ---------------------------------------------------------------- primitives

// One byte of a multi-byte UTF-8 sequence: part of a Hangul (or other non-ASCII) letter.
struct utf8_byte_parser : x3::parser<utf8_byte_parser> {
  using attribute_type = char;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, ctx);
    if (first == last || static_cast<unsigned char>(*first) < 0x80) return false;
    x3::traits::move_to(*first, attr);
    ++first;
    return true;
  }
};
utf8_byte_parser const utf8_byte{};

auto const word_char = alnum | utf8_byte | char_('_') | char_('-') | char_('.') | char_('\'') |
                       char_('&') | char_('/') | char_('+');

// A keyword: case-insensitive, a whole word.
inline auto kw(char const* s) { return lexeme[no_case[lit(s)] >> !word_char]; }

// End of a question: optional '?', '.' or '!' and nothing else (used inside lexeme).
auto const q_end_lex = omit[*space >> -(lit('?') | lit('.') | lit('!')) >> *space] >> eoi;

// Variable gets its name through an action: inside `+variable` X3 would take a one-member
// struct for a container. A rule whose right side has an action gets no on_success call, so
// the action tags the node's position from the raw[] range itself.
auto const assign_text = [](auto& ctx) {
  auto& node = x3::_val(ctx);
  auto const& range = x3::_attr(ctx);
  boost::fusion::at_c<0>(node) = std::string(range.begin(), range.end());
  x3::get<x3::error_handler_tag>(ctx).get().tag(node, range.begin(), range.end());
};

struct AggFunctions : x3::symbols<std::string> {
  AggFunctions() {
    for (const char* f : {"count", "sum", "min", "max", "avg"}) add(f, f);
  }
} const agg_functions;

struct CompareOps : x3::symbols<std::string> {
  CompareOps() {
    for (const char* op : {"<", "<=", ">", ">=", "=", "==", "!=", "<>"}) add(op, op);
  }
} const compare_ops;

// ---------------------------------------------------------------- rule declarations

struct variable_class : x3::annotate_on_success {};
struct iri_class : x3::annotate_on_success {};
struct prefixed_class : x3::annotate_on_success {};
struct literal_lang_class : x3::annotate_on_success {};
struct literal_dt_class : x3::annotate_on_success {};
struct quoted_name_class : x3::annotate_on_success {};
struct bare_name_class : x3::annotate_on_success {};
struct number_class : x3::annotate_on_success {};
struct term_class;
struct qualifier_class : x3::annotate_on_success {};
struct atom_class : x3::annotate_on_success {};
struct order_by_class : x3::annotate_on_success {};
struct hops_class : x3::annotate_on_success {};
struct comparison_class : x3::annotate_on_success {};
struct aggregate_class : x3::annotate_on_success {};
struct pattern_class : x3::annotate_on_success {};
struct path_class : x3::annotate_on_success {};
struct names_end_class : x3::annotate_on_success {};
struct names_bc_class : x3::annotate_on_success {};
struct names_ba_class : x3::annotate_on_success {};
struct word_class : x3::annotate_on_success {};
struct question_class;

x3::rule<variable_class, ast::Variable> const variable = "a variable (?name)";
x3::rule<iri_class, ast::Iri> const iri = "an IRI <...>";
x3::rule<prefixed_class, ast::PrefixedName> const prefixed = "a prefixed name";
x3::rule<class quoted_class, std::string> const quoted = "a quoted name";
x3::rule<class lang_tag_class, std::string> const lang_tag = "a language tag";
x3::rule<class datatype_class, std::string> const datatype = "a datatype IRI";
x3::rule<literal_lang_class, ast::TypedLiteral> const literal_lang = "a literal";
x3::rule<literal_dt_class, ast::TypedLiteral> const literal_dt = "a literal";
x3::rule<quoted_name_class, ast::Name> const quoted_name = "a quoted name";
x3::rule<bare_name_class, ast::Name> const bare_name = "a name";
x3::rule<number_class, ast::Number> const number = "a number";
x3::rule<term_class, ast::Term> const term = "a term (?var, a name, \"quoted name\" or <IRI>)";
x3::rule<qualifier_class, ast::Qualifier> const qualifier = "a qualifier such as amount ?a";
x3::rule<class qualifiers_class, std::vector<ast::Qualifier>> const qualifiers = "qualifiers";
x3::rule<atom_class, ast::Atom> const atom = "a pattern (subject relation object)";
x3::rule<hops_class, ast::Hops> const hops = "a hop range such as {1,3}";
x3::rule<class compare_op_class, std::string> const compare_op =
    "a comparison operator (< <= > >= = !=)";
x3::rule<class unit_class, std::string> const unit = "a unit";
x3::rule<comparison_class, ast::Comparison> const comparison =
    "a comparison such as ?a > 1000000000 USD";
x3::rule<class element_class, ast::Element> const element = "a pattern (subject relation object)";
x3::rule<class elements_class, std::vector<ast::Element>> const elements = "patterns";
x3::rule<class branches_class, std::vector<std::vector<ast::Element>>> const branches =
    "patterns";
x3::rule<aggregate_class, ast::Aggregate> const aggregate = "an aggregate such as (count ?x)";
x3::rule<class agg_function_class, std::string> const agg_function = "count, sum, min, max or avg";
x3::rule<class select_item_class, ast::SelectItem> const select_item = "a variable or (count ?x)";
x3::rule<class group_by_class, std::vector<ast::Variable>> const group_by = "group by ?var";
x3::rule<order_by_class, ast::OrderBy> const order_by = "order by ?var or an aggregate";
x3::rule<class order_key_class, ast::OrderBy> const order_key = "?var or an aggregate (count)";
x3::rule<class projection_class, std::vector<ast::SelectItem>> const projection =
    "variables, aggregates or *";
x3::rule<class count_projection_class, std::vector<ast::SelectItem>> const count_projection =
    "a variable";
x3::rule<pattern_class, ast::PatternQuery> const pattern_query = "a pattern";
x3::rule<path_class, ast::PathQuery> const path_query = "path A -> B";

x3::rule<names_end_class, ast::Names> const names_end = "a name";
x3::rule<names_bc_class, ast::Names> const names_before_connected = "a name";
x3::rule<names_ba_class, ast::Names> const names_before_and = "a name";
x3::rule<word_class, ast::Name> const word = "a word";
x3::rule<class words_class, std::vector<ast::Name>> const words = "a question";
x3::rule<class natural_class, ast::NaturalQuestion> const natural_question = "a question";
x3::rule<class about_class, ast::About> const about = "a question";
x3::rule<class connect_class, ast::Connect> const connect = "a question";
x3::rule<question_class, ast::Question> const question = "a question";
x3::rule<class end_class> const end_of_input = "end of input";
x3::rule<class kw_where_class> const kw_where = "'where'";
x3::rule<class kw_by_class> const kw_by = "'by'";
x3::rule<class arrow_class> const arrow = "'->' or 'to'";
x3::rule<class close_bracket_class> const close_bracket = "']' or ','";
x3::rule<class close_paren_class> const close_paren = "')'";
x3::rule<class close_brace_class> const close_brace = "'}'";

// ---------------------------------------------------------------- pattern language

auto const keyword = (kw("and") | kw("select") | kw("where") | kw("count") | kw("limit") |
                      kw("order") | kw("by") | kw("path") | kw("max") | kw("asc") | kw("desc") |
                      kw("or") | kw("optional") | kw("filter") | kw("group"));

auto const variable_def = lexeme['?' >> raw[+(alnum | char_('_') | utf8_byte)]][assign_text];
auto const iri_def = lexeme['<' >> *(char_ - char_("<>\"{}|^`\\") - space) >> '>'];
auto const prefix_part = alpha >> *(alnum | char_('_') | char_('-'));
auto const local_part = +(alnum | char_('_') | char_('-') | char_('.') | utf8_byte);
auto const prefixed_def = lexeme[raw[prefix_part] >> ':' >> raw[local_part]];
auto const escaped = lit('\\') >> char_;
auto const quoted_def =
    lexeme[('"' >> *(escaped | (char_ - '"')) >> '"') |
           (lit("\xE2\x80\x9C") >> *(char_ - lit("\xE2\x80\x9D")) >> lit("\xE2\x80\x9D")) |
           (lit("\xE2\x80\x98") >> *(char_ - lit("\xE2\x80\x99")) >> lit("\xE2\x80\x99")) |
           ('\'' >> *(char_ - '\'') >> '\'')];
auto const lang_tag_def = lexeme[raw[+alpha >> *(char_('-') >> +alnum)]];
auto const datatype_def = lexeme['<' >> *(char_ - '>') >> '>'] | lexeme[raw[prefix_part >> ':' >> local_part]];
auto const literal_lang_def = quoted >> lexeme['@' >> lang_tag] >> attr(std::string());
auto const literal_dt_def = quoted >> attr(std::string()) >> lexeme["^^" >> datatype];
auto const quoted_name_def = quoted >> attr(true);
auto const bare_name_def = !keyword >> lexeme[raw[+word_char]] >> attr(false);
auto const number_def =
    lexeme[raw[-char_('-') >> +digit >> -('.' >> +digit)] >> !word_char];
auto const term_def = variable | iri | literal_lang | literal_dt | prefixed | quoted_name |
                      number | bare_name;

auto const qualifier_key = lexeme[+(alpha | char_('_'))];
auto const qualifier_def = qualifier_key > term;
auto const kw_where_def = kw("where");
auto const kw_by_def = kw("by");
auto const arrow_def = lit("->") | kw("to");
auto const close_bracket_def = lit(']');
auto const qualifiers_def = *(lit('[') > (qualifier % ',') > close_bracket);
auto const close_paren_def = lit(')');
auto const close_brace_def = lit('}');
auto const hops_def = lit('{') > int_ > -(lit(',') > int_) > close_brace;
auto const atom_def = matches[kw("optional")] >> term > term > -hops > term > qualifiers;
// An operator is not the '<' that opens an IRI (`?x <http://p> ?y` is an atom).
auto const compare_op_def = lexeme[compare_ops >> !alpha];
auto const unit_def = lexeme[!keyword >> raw[+alpha] >> !word_char] | attr(std::string());
auto const comparison_def = variable >> compare_op > term > unit;
auto const element_def = (kw("filter") > comparison) | (&(variable >> compare_op) >> comparison) |
                         atom;
auto const separator = lit(',') | kw("and");
auto const elements_def =
    element >> *((separator > element) | (&(kw("filter") | kw("optional")) >> element));
auto const branches_def = elements % kw("or");
auto const agg_function_def = lexeme[no_case[agg_functions] >> !word_char];
auto const aggregate_def = lit('(') >> agg_function > matches[kw("distinct")] >
                           (omit[lit('*')] | variable) > close_paren;
auto const select_item_def = variable | aggregate;
auto const group_by_def = kw("group") > kw_by > +variable;
auto const direction = (kw("desc") >> attr(true)) | (-kw("asc") >> attr(false));
auto const order_key_def =
    (attr(std::string()) >> variable >> direction) |
    (lit('(') > agg_function > omit[-kw("distinct")] > -variable > omit[-lit('*')] > close_paren >
     direction) |
    (agg_function >> -variable >> direction);
auto const order_by_def = kw("order") > kw_by > order_key;
auto const limit_clause = kw("limit") > long_long;
auto const modifiers = -group_by >> -order_by >> -limit_clause;

auto const projection_def = +select_item | lit('*');
// `count ?x where ATOMS` names what to count; `count ATOMS` counts distinct solutions.
// (The lookahead keeps a failed first branch from leaving ?x in the vector: X3 does not roll
// container attributes back.)
auto const count_projection_def = (&(variable >> kw("where")) >> repeat(1, 1)[select_item] >>
                                   omit[kw("where")]) |
                                  (omit[-kw("where")] >> attr(std::vector<ast::SelectItem>()));
auto const select_query = kw("select") >> attr(std::string("select")) >> projection >
                          kw_where > branches > modifiers;
auto const count_query = kw("count") >> attr(std::string("count")) >> count_projection >
                         branches > modifiers;
auto const plain_query =
    attr(std::string()) >> attr(std::vector<ast::SelectItem>()) >> branches >> modifiers;
auto const pattern_query_def = select_query | count_query | plain_query;

auto const path_query_def = kw("path") > term > arrow > term > -(kw("max") > int_);

// ---------------------------------------------------------------- questions

// Decides, without consuming input, that the query is a pattern: it opens with select or
// count, or shows a ?variable, an <IRI>, a typed literal or a relation id written with '_'.
// Questions show none of these ("who's OpenAI's chief executive?", "누리랩스 대표가 누구야?").
struct pattern_signal_parser : x3::parser<pattern_signal_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  static bool WordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  }
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    It i = first;
    x3::skip_over(i, last, ctx);
    std::string head;
    for (It j = i; j != last && std::isalpha(static_cast<unsigned char>(*j)); ++j) {
      head.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(*j))));
    }
    It after_head = i;
    std::advance(after_head, head.size());
    if ((head == "select" || head == "count") &&
        (after_head == last || std::isspace(static_cast<unsigned char>(*after_head)))) {
      return true;
    }
    bool in_quote = false;
    for (It j = i; j != last; ++j) {
      char c = *j;
      if (c == '"') in_quote = !in_quote;
      if (in_quote) continue;
      It next = j;
      ++next;
      bool has_next = next != last;
      if (c == '?' && has_next && WordChar(*next)) return true;  // ?variable
      if (c == '_' || (c == '^' && has_next && *next == '^')) return true;
      if (c == '<' && has_next && !std::isspace(static_cast<unsigned char>(*next)) &&
          std::find(next, last, '>') != last) {
        return true;  // <IRI>
      }
      if (c == '@' && j != i && *std::prev(j) == '"') return true;  // "text"@lang
    }
    return false;
  }
};
pattern_signal_parser const pattern_signal{};

auto const q_end = omit[lexeme[q_end_lex]];
auto const copula = kw("is") | kw("are") | kw("was") | kw("were");

// Names end where the rest of the question begins.
auto const name_chars = [](auto stop) { return lexeme[raw[+(char_ - stop)]]; };
auto const names_end_def = name_chars(q_end_lex);
auto const connected_word = kw("connected") | kw("related") | kw("linked");
auto const names_before_connected_def =
    name_chars(+space >> connected_word >> (q_end_lex | (+space >> (kw("to") | kw("with")))));
auto const names_before_and_def = name_chars(+space >> kw("and") >> +space);

// X3 does not roll back container attributes (strings) when an alternative fails halfway, so
// alternatives that fill the same node are guarded by a lookahead of themselves.
auto const guarded = [](auto p) { return &p >> p; };

auto const about_lead = (kw("tell") >> kw("me") >> kw("about")) |
                        (kw("what") >> kw("do") >> kw("you") >> kw("know") >> kw("about")) |
                        kw("describe") | kw("about");
auto const about_def = raw[about_lead] >> names_end >> q_end;
auto const connect_def =
    guarded(kw("how") >> copula >> names_before_connected >> connected_word >>
            (kw("to") | kw("with")) >> names_end >> q_end) |
    guarded(kw("how") >> copula >> names_before_and >> kw("and") >> names_before_connected >>
            connected_word >> q_end) |
    (kw("what") >> (kw("connects") | kw("links")) >> names_before_and >> kw("and") >> names_end >>
     q_end);

// A word of a natural question: a quoted name, or a run of anything but spaces.
auto const word_def = quoted_name | (lexeme[raw[+(char_ - space)]] >> attr(false));
auto const words_def = +word;
// The words go in through an action: X3 would take a one-member struct for its container.
auto const assign_words = [](auto& ctx) {
  x3::_val(ctx).words = std::move(x3::_attr(ctx));
};
auto const natural_question_def = words[assign_words];

auto const question_def = connect | about | natural_question;
auto const end_of_input_def = eoi;

// ---------------------------------------------------------------- start rule

struct query_class : x3::annotate_on_success {
  // The first expectation failure anywhere lands here and is recorded, not printed.
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& x,
                                    Context const& context) {
    auto& handler = x3::get<x3::error_handler_tag>(context).get();
    std::string what = x.which();
    // Unnamed parsers describe themselves by their C++ type: say something useful instead.
    if (what.find("boost") != std::string::npos) what = "the rest of the query";
    handler.Fail(x.where(), what);
    return x3::error_handler_result::fail;
  }
};

query_type const query = "a query";
auto const query_def = (path_query > end_of_input) |
                       ((!about_lead >> pattern_signal >> pattern_query) > end_of_input) |
                       (question > end_of_input);

BOOST_SPIRIT_DEFINE(variable, iri, prefixed, quoted, lang_tag, datatype, literal_lang, literal_dt,
                    quoted_name, bare_name, number, term, qualifier, qualifiers, atom, hops,
                    compare_op, unit, comparison, element, elements, branches, agg_function,
                    aggregate, select_item, group_by, order_key, order_by, projection,
                    count_projection, pattern_query, path_query)
// (Two lists: one macro call takes at most 64 rules.)
BOOST_SPIRIT_DEFINE(names_end, names_before_connected, names_before_and, word, words,
                    natural_question, about, connect, question, end_of_input, kw_where, kw_by,
                    arrow, close_bracket, close_paren, close_brace, query)

}  // namespace kg::parser::grammar
