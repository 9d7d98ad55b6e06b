// S-expression rendering of every AST node; one line per query.
#include "parser/printer.h"

#include <boost/variant/apply_visitor.hpp>

namespace kg::parser {

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

struct TermPrinter {
  using result_type = std::string;
  std::string operator()(const ast::Variable& v) const { return "?" + v.name; }
  std::string operator()(const ast::Iri& i) const { return "<" + i.value + ">"; }
  std::string operator()(const ast::PrefixedName& p) const { return p.prefix + ":" + p.local; }
  std::string operator()(const ast::TypedLiteral& l) const {
    std::string out = Quote(l.text);
    if (!l.lang.empty()) out += "@" + l.lang;
    if (!l.datatype.empty()) out += "^^" + l.datatype;
    return out;
  }
  std::string operator()(const ast::Name& n) const {
    return n.quoted ? "name:" + Quote(n.text) : "name:" + n.text;
  }
  std::string operator()(const ast::Number& n) const { return n.text; }
};

std::string Field(const char* key, const std::string& value) {
  return value.empty() ? std::string() : std::string(" ") + key + "=" + value;
}

struct QuestionPrinter {
  using result_type = std::string;
  std::string Names(const ast::Names& n) const { return Quote(n.text); }
  std::string operator()(const ast::AskSubject& q) const {
    return "(ask-subject wh=" + q.wh + Field("type", q.type) + (q.negated ? " negated" : "") +
           " verb=" + q.verb.base + (q.ordinal ? " ordinal=" + std::to_string(*q.ordinal) : "") +
           Field("prep", q.prep) + " names=" + Names(q.names) + ")";
  }
  std::string operator()(const ast::AskObject& q) const {
    return "(ask-object wh=" + q.wh + Field("type", q.type) + " names=" + Names(q.names) +
           (q.negated ? " negated" : "") + " verb=" + q.verb.base + Field("prep", q.prep) + ")";
  }
  std::string operator()(const ast::AskPassive& q) const {
    return "(ask-passive wh=" + q.wh + Field("type", q.type) + (q.negated ? " negated" : "") +
           " verb=" + q.verb.base + Field("prep", q.prep) + " names=" + Names(q.names) + ")";
  }
  std::string operator()(const ast::AskNoun& q) const {
    return "(ask-noun wh=" + q.wh + Field("type", q.type) + " noun=" + q.noun.base +
           " names=" + Names(q.names) + ")";
  }
  std::string operator()(const ast::AskRelative& q) const {
    return "(ask-relative" + Field("type", q.type) + " outer=" + q.outer.base + " thing=" +
           q.thing + " names=" + Names(q.names) + " inner=" + q.inner.base + ")";
  }
  std::string operator()(const ast::HowMuch& q) const {
    return "(how-much names=" + Names(q.names) + " verb=" + q.verb.base + Field("prep", q.prep) +
           (q.target ? " target=" + Names(*q.target) : "") + ")";
  }
  std::string operator()(const ast::HowMany& q) const {
    return "(how-many" + Field("type", q.type) + " verb=" + q.verb.base + Field("prep", q.prep) +
           " names=" + Names(q.names) + ")";
  }
  std::string operator()(const ast::WhenWhere& q) const {
    return "(" + q.wh + " aux=" + q.aux + " names=" + Names(q.names) + " verb=" + q.verb.base +
           Field("prep", q.prep) + (q.target ? " target=" + Names(*q.target) : "") + ")";
  }
  std::string operator()(const ast::YesNoNoun& q) const {
    return "(yes-no-noun subject=" + Names(q.subject) + " noun=" + q.noun.base +
           " object=" + Names(q.object) + ")";
  }
  std::string operator()(const ast::YesNoVerb& q) const {
    return "(yes-no-verb aux=" + q.aux + " subject=" + Names(q.subject) +
           (q.negated ? " negated" : "") + " verb=" + q.verb.base + Field("prep", q.prep) +
           " object=" + Names(q.object) + ")";
  }
  std::string operator()(const ast::About& q) const { return "(about " + Names(q.names) + ")"; }
  std::string operator()(const ast::Connect& q) const {
    return "(connect from=" + Names(q.from) + " to=" + Names(q.to) + ")";
  }
  std::string operator()(const ast::KoreanAsk& q) const {
    return "(korean names=" + Names(q.names) + " particle=" + q.particle + " stem=" +
           q.stem.base + " ending=" + q.ending + Field("head", q.head) + ")";
  }
};

struct QueryPrinter {
  using result_type = std::string;
  std::string operator()(const ast::PathQuery& p) const {
    return "(path " + Print(p.from) + " " + Print(p.to) +
           (p.max_hops ? " max=" + std::to_string(*p.max_hops) : "") + ")";
  }
  std::string operator()(const ast::Question& q) const {
    return boost::apply_visitor(QuestionPrinter(), q);
  }
  static std::string Item(const ast::SelectItem& item) {
    if (const auto* v = boost::get<ast::Variable>(&item)) return "?" + v->name;
    const auto& a = boost::get<ast::Aggregate>(item);
    return "(" + a.function + (a.distinct ? " distinct" : "") +
           (a.variable ? " ?" + a.variable->name : std::string(" *")) + ")";
  }
  static std::string Element(const ast::Element& e) {
    if (const auto* c = boost::get<ast::Comparison>(&e)) {
      return "(filter ?" + c->left.name + " " + c->op + " " + Print(c->right) +
             (c->unit.empty() ? "" : " unit=" + c->unit) + ")";
    }
    const auto& a = boost::get<ast::Atom>(e);
    std::string out = std::string(a.optional ? "(optional " : "(atom ") + Print(a.subject) + " " +
                      Print(a.relation);
    if (a.hops) {
      out += "{" + std::to_string(a.hops->min) +
             (a.hops->max ? "," + std::to_string(*a.hops->max) : "") + "}";
    }
    out += " " + Print(a.object);
    for (const ast::Qualifier& q : a.qualifiers) out += " [" + q.key + " " + Print(q.value) + "]";
    return out + ")";
  }
  std::string operator()(const ast::PatternQuery& p) const {
    std::string out = "(" + (p.head.empty() ? std::string("match") : p.head);
    if (!p.projection.empty()) {
      out += " [";
      for (size_t i = 0; i < p.projection.size(); ++i) out += (i ? " " : "") + Item(p.projection[i]);
      out += "]";
    }
    for (size_t b = 0; b < p.branches.size(); ++b) {
      if (b > 0) out += " or";
      for (const ast::Element& e : p.branches[b]) out += " " + Element(e);
    }
    if (!p.group_by.empty()) {
      out += " group=";
      for (size_t i = 0; i < p.group_by.size(); ++i) out += (i ? ",?" : "?") + p.group_by[i].name;
    }
    if (p.order) {
      out += " order=" + (p.order->function.empty() ? std::string() : p.order->function) +
             (p.order->variable ? (p.order->function.empty() ? "?" : ":?") + p.order->variable->name
                                : std::string()) +
             (p.order->descending ? " desc" : "");
    }
    if (p.limit) out += " limit=" + std::to_string(*p.limit);
    return out + ")";
  }
};

}  // namespace

std::string Print(const ast::Term& term) { return boost::apply_visitor(TermPrinter(), term); }

std::string Print(const ast::Query& query) { return boost::apply_visitor(QueryPrinter(), query); }

}  // namespace kg::parser
