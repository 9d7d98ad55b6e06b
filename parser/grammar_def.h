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
//   question := English shapes built from the vocabulary's verbs and nouns (see ast.h), or a
//               Korean NAME+particle STEM+ending [HEAD] question.
//
// Names in questions run up to the word that ends them (a vocabulary verb, a noun, a
// preposition or the end), so "Sam Altman" needs no quotes. Bytes >= 0x80 (Hangul, any
// non-ASCII letter) are word characters: X3's ascii classes would reject them.
#pragma once

#include <boost/spirit/home/x3.hpp>
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

// Looks a phrase up in one of the vocabulary's tables, found through the context.
template <typename Select>
struct vocab_parser : x3::parser<vocab_parser<Select>> {
  using attribute_type = std::string;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    const VocabTables& tables = x3::get<vocab_tag>(ctx).get();
    return Select::Get(tables).parse(first, last, ctx, rctx, attr);
  }
};
struct SelectVerbs {
  static const x3::symbols<std::string>& Get(const VocabTables& t) { return t.verbs; }
};
struct SelectNouns {
  static const x3::symbols<std::string>& Get(const VocabTables& t) { return t.nouns; }
};
struct SelectKoreanStems {
  static const x3::symbols<std::string>& Get(const VocabTables& t) { return t.korean_stems; }
};
vocab_parser<SelectVerbs> const vocab_verb{};
vocab_parser<SelectNouns> const vocab_noun{};
vocab_parser<SelectKoreanStems> const vocab_ko_stem{};

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

struct WhWords : x3::symbols<std::string> {
  WhWords() { add("who", "who")("whom", "who")("what", "what")("which", "which"); }
} const wh_words;

struct Preps : x3::symbols<std::string> {
  Preps() {
    for (const char* p : {"with", "in", "by", "to", "of", "at", "from", "for", "into", "on",
                          "against", "about", "as", "over", "under", "behind"}) {
      add(p, p);
    }
  }
} const preps;

struct Ordinals : x3::symbols<int> {
  Ordinals() {
    const char* words[] = {"first", "second", "third", "fourth", "fifth",
                           "sixth", "seventh", "eighth", "ninth", "tenth"};
    const char* short_forms[] = {"1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"};
    for (int i = 0; i < 10; ++i) add(words[i], i + 1)(short_forms[i], i + 1);
  }
} const ordinals;

// Auxiliaries that open yes/no questions; the value is kept for the binder.
struct YesNoAux : x3::symbols<std::string> {
  YesNoAux() {
    for (const char* a : {"did", "does", "do", "has", "have", "had", "is", "are", "was", "were",
                          "will", "can"}) {
      add(a, a);
    }
  }
} const yes_no_aux;

struct NegatedAux : x3::symbols<std::string> {
  NegatedAux() {
    for (const char* a : {"didn't", "doesn't", "don't", "hasn't", "haven't", "wasn't",
                          "weren't", "isn't", "aren't", "won't", "never"}) {
      add(a, a);
    }
  }
} const negated_aux;

// Korean particles that can follow the known entity in a question.
struct KoParticles : x3::symbols<std::string> {
  KoParticles() {
    for (const char* p : {"와", "과", "와의", "과의", "하고", "랑", "이랑", "를", "을", "가", "이",
                          "께서", "에", "에게", "에서", "로", "으로", "로부터", "으로부터", "의",
                          "은", "는", "이가"}) {
      add(p, p);
    }
  }
} const ko_particles;

// Adnominal endings after a relation stem (협력+한, 출시+된, 서명+하지 않은).
struct KoEndings : x3::symbols<std::string> {
  KoEndings() {
    for (const char* e : {"한", "하는", "했던", "할", "하고 있는", "하였던", "된", "되는", "됐던",
                          "된다는", "될", "받은", "받는", "시킨", "하지 않은", "하지 않는",
                          "하지 않았던", "하지 않을", "되지 않은", "을", "를", "인", "이", "가"}) {
      add(e, e);
    }
  }
} const ko_endings;

struct KoTopics : x3::symbols<std::string> {
  KoTopics() {
    for (const char* t : {"은", "는", "이", "가"}) add(t, t);
  }
} const ko_topics;

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
struct verb_class : x3::annotate_on_success {};
struct ko_stem_class : x3::annotate_on_success {};
struct noun_class : x3::annotate_on_success {};
struct names_end_class : x3::annotate_on_success {};
struct names_bov_class : x3::annotate_on_success {};
struct names_bvp_class : x3::annotate_on_success {};
struct names_bvs_class : x3::annotate_on_success {};
struct names_bn_class : x3::annotate_on_success {};
struct names_bc_class : x3::annotate_on_success {};
struct names_ba_class : x3::annotate_on_success {};
struct names_bev_class : x3::annotate_on_success {};
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

x3::rule<verb_class, ast::Verb> const verb = "a relation verb (e.g. partnered)";
x3::rule<noun_class, ast::Noun> const noun = "a relation noun (e.g. CEO, member)";
x3::rule<ko_stem_class, ast::Verb> const ko_stem = "a Korean relation stem (e.g. 협력)";
x3::rule<class prep_class, std::string> const prep = "a preposition";
x3::rule<class type_phrase_class, std::string> const type_phrase = "a kind of thing";
x3::rule<class article_class> const article = "an article";
x3::rule<class copula_class> const copula = "is/are/was/were";
x3::rule<class did_class> const did_aux = "did/does/will";
x3::rule<class negation_class, bool> const negation = "not";

x3::rule<names_end_class, ast::Names> const names_end = "a name";
x3::rule<names_bov_class, ast::Names> const names_before_object_verb = "a name";
x3::rule<names_bvp_class, ast::Names> const names_before_verb_prep = "a name";
x3::rule<names_bvs_class, ast::Names> const names_before_verb_space = "a name";
x3::rule<names_bn_class, ast::Names> const names_before_noun = "a name";
x3::rule<names_bc_class, ast::Names> const names_before_connected = "a name";
x3::rule<names_ba_class, ast::Names> const names_before_and = "a name";
x3::rule<names_bev_class, ast::Names> const names_before_end_verb = "a name";

x3::rule<class ask_subject_class, ast::AskSubject> const ask_subject = "a question";
x3::rule<class ask_object_class, ast::AskObject> const ask_object = "a question";
x3::rule<class ask_passive_class, ast::AskPassive> const ask_passive = "a question";
x3::rule<class ask_noun_class, ast::AskNoun> const ask_noun = "a question";
x3::rule<class ask_relative_class, ast::AskRelative> const ask_relative = "a question";
x3::rule<class how_much_class, ast::HowMuch> const how_much = "a question";
x3::rule<class how_many_class, ast::HowMany> const how_many = "a question";
x3::rule<class when_where_class, ast::WhenWhere> const when_where = "a question";
x3::rule<class yes_no_noun_class, ast::YesNoNoun> const yes_no_noun = "a question";
x3::rule<class yes_no_verb_class, ast::YesNoVerb> const yes_no_verb = "a question";
x3::rule<class about_class, ast::About> const about = "a question";
x3::rule<class connect_class, ast::Connect> const connect = "a question";
x3::rule<class korean_ask_class, ast::KoreanAsk> const korean_ask = "a question";
x3::rule<question_class, ast::Question> const question = "a question";
x3::rule<class question_start_class> const question_start = "a question word";
x3::rule<class unknown_question_class> const unknown_question =
    "a question in a form kg knows (e.g. 'who partnered with OpenAI?'; see .help)";
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

auto const verb_def = lexeme[no_case[vocab_verb] >> !word_char];
auto const noun_def = lexeme[no_case[vocab_noun] >> !word_char];
auto const ko_stem_def = lexeme[vocab_ko_stem];
auto const prep_def = lexeme[no_case[preps] >> !word_char];
auto const article_def = kw("a") | kw("an") | kw("the");
auto const copula_def = kw("is") | kw("are") | kw("was") | kw("were");
auto const did_aux_def = kw("did") | kw("does") | kw("do") | kw("will") | kw("would") |
                         kw("has") | kw("have") | kw("had") | kw("can") | kw("could");
auto const negation_def = ((did_aux >> kw("not")) >> attr(true)) |
                          (omit[lexeme[no_case[negated_aux] >> !word_char]] >> attr(true)) |
                          (kw("not") >> attr(true)) | attr(false);

// Words that end a "which TYPE" phrase.
auto const type_stop = verb | copula | did_aux | prep | kw("not") |
                       lexeme[no_case[negated_aux] >> !word_char];
auto const type_word = lexeme[+word_char];
auto const type_phrase_def = raw[lexeme[!type_stop >> type_word >> -(+space >> !type_stop >> type_word)]];

auto const wh = lexeme[no_case[wh_words] >> !word_char];

// Names end where the rest of the question begins.
auto const name_chars = [](auto stop) { return lexeme[raw[+(char_ - stop)]]; };
auto const names_end_def = name_chars(q_end_lex);
//   ... NAMES [not] VERB {PREP} ?      (who did NAMES partner with?)
auto const names_before_object_verb_def =
    name_chars(+space >> -(kw("not") >> +space) >> verb >> *(+space >> prep) >> q_end_lex);
//   ... NAMES VERB [PREP (NAMES | end)] (how much did NAMES invest in France?)
auto const names_before_verb_prep_def =
    name_chars(+space >> -(kw("not") >> +space) >> verb >>
               (q_end_lex | (+space >> prep >> (q_end_lex | +space))));
//   ... NAMES [not] VERB ...          (did NAMES partner with OpenAI?)
auto const names_before_verb_space_def =
    name_chars(+space >> -(kw("not") >> +space) >> verb >> +space);
//   ... NAMES [a|an|the] NOUN ...     (is NAMES a member of ...)
auto const names_before_noun_def =
    name_chars(+space >> -(article >> +space) >> noun >> +space);
auto const connected_word = kw("connected") | kw("related") | kw("linked");
auto const names_before_connected_def =
    name_chars(+space >> connected_word >> (q_end_lex | (+space >> (kw("to") | kw("with")))));
auto const names_before_and_def = name_chars(+space >> kw("and") >> +space);
//   ... NAMES VERB ?                  (the model that NAMES succeeds?)
auto const names_before_end_verb_def = name_chars(+space >> verb >> q_end_lex);

auto const q_end = omit[lexeme[q_end_lex]];
auto const opt_type = type_phrase | attr(std::string());
auto const opt_prep = prep | attr(std::string());

auto const ask_relative_def = lexeme[no_case[lit("which")] >> !word_char] >> opt_type >> verb >>
                              omit[article] >> lexeme[raw[+word_char]] >> omit[kw("that")] >>
                              names_before_end_verb >> verb >> q_end;
auto const ask_subject_def = wh >> opt_type >> negation >> omit[-(kw("has") | kw("have"))] >>
                             verb >> -lexeme[no_case[ordinals] >> !word_char] >> opt_prep >>
                             names_end >> q_end;
// X3 does not roll back container attributes (strings) when an alternative fails halfway, so
// alternatives that fill the same node are guarded by a lookahead of themselves.
auto const guarded = [](auto p) { return &p >> p; };

auto const ask_noun_def = guarded(wh >> opt_type >> omit[copula] >> omit[-article] >> noun >>
                                  omit[-prep] >> names_end >> q_end) |
                          (attr(std::string("what")) >> attr(std::string()) >> omit[-article] >>
                           noun >> omit[kw("of")] >> names_end >> q_end);
auto const ask_passive_def = wh >> opt_type >> omit[copula] >> matches[kw("not")] >> verb >>
                             opt_prep >> names_end >> q_end;
auto const ask_object_def = wh >> opt_type >> omit[did_aux] >> names_before_object_verb >>
                            matches[kw("not")] >> verb >> opt_prep >> omit[*prep] >> q_end;
auto const how_much_def = kw("how") >> kw("much") >> omit[-kw("money")] >> omit[did_aux | copula] >>
                          names_before_verb_prep >> verb >> opt_prep >> -names_end >> q_end;
auto const how_many_def = kw("how") >> kw("many") >> opt_type >> omit[-(did_aux | copula)] >>
                          verb >> opt_prep >> names_end >> q_end;
auto const when_where_def = lexeme[no_case[(lit("when") >> attr(std::string("when"))) |
                                           (lit("where") >> attr(std::string("where")))] >>
                                   !word_char] >>
                            lexeme[no_case[yes_no_aux] >> !word_char] >> names_before_verb_prep >>
                            omit[-kw("not")] >> verb >> opt_prep >> -names_end >> q_end;
auto const yes_no_noun_def = omit[copula] >> names_before_noun >> omit[-article] >> noun >>
                             omit[-prep] >> names_end >> q_end;
auto const yes_no_verb_def = lexeme[no_case[yes_no_aux] >> !word_char] >>
                             names_before_verb_space >> matches[kw("not")] >> verb >> opt_prep >>
                             names_end >> q_end;
auto const about_lead = ((kw("what") | kw("who")) >> copula) |
                        (kw("tell") >> kw("me") >> kw("about")) |
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

auto const ko_head_stop = (ko_topics >> q_end_lex) | q_end_lex | space;
auto const korean_ask_def =
    lexeme[raw[+(char_ - (ko_particles >> +space >> vocab_ko_stem))]] >>
    lexeme[ko_particles] >> lexeme[ko_stem >> ko_endings] >>
    lexeme[raw[*(char_ - ko_head_stop)]] >> omit[lexeme[-ko_topics]] >> q_end;

auto const question_def = ask_relative | ask_subject | ask_noun | ask_passive | ask_object |
                          how_much | how_many | when_where | connect | yes_no_noun | yes_no_verb |
                          about | korean_ask;

auto const question_start_def = kw("who") | kw("whom") | kw("what") | kw("which") | kw("when") |
                                kw("where") | kw("how") | kw("why") | kw("is") | kw("are") |
                                kw("was") | kw("were") | kw("did") | kw("does") | kw("do") |
                                kw("has") | kw("tell") | kw("describe") | kw("about");
auto const unknown_question_def = x3::eps(false);
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
                       question |
                       ((!question_start >> pattern_query) > end_of_input) |
                       (question_start > unknown_question);

BOOST_SPIRIT_DEFINE(variable, iri, prefixed, quoted, lang_tag, datatype, literal_lang, literal_dt,
                    quoted_name, bare_name, number, term, qualifier, qualifiers, atom, hops,
                    compare_op, unit, comparison, element, elements, branches, agg_function,
                    aggregate, select_item, group_by, order_key, order_by, projection,
                    count_projection, pattern_query, path_query)
// (Two lists: one macro call takes at most 64 rules.)
BOOST_SPIRIT_DEFINE(verb, noun, ko_stem, prep,
                    type_phrase, article, copula, did_aux, negation, names_end,
                    names_before_object_verb, names_before_verb_prep, names_before_verb_space,
                    names_before_noun, names_before_connected, names_before_and,
                    names_before_end_verb, ask_subject, ask_object, ask_passive, ask_noun,
                    ask_relative, how_much, how_many, when_where, yes_no_noun, yes_no_verb, about,
                    connect, korean_ask, question, question_start, unknown_question,
                    end_of_input, kw_where, kw_by, arrow, close_bracket, close_paren, close_brace,
                    query)

}  // namespace kg::parser::grammar
