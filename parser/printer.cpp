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

struct QuestionPrinter {
  using result_type = std::string;
  std::string Names(const ast::Names& n) const { return Quote(n.text); }
  std::string operator()(const ast::About& q) const { return "(about " + Names(q.names) + ")"; }
  std::string operator()(const ast::Connect& q) const {
    return "(connect from=" + Names(q.from) + " to=" + Names(q.to) + ")";
  }
  // The words one by one, so a test sees where the grammar split them.
  std::string operator()(const ast::NaturalQuestion& q) const {
    std::string out = "(question";
    for (const ast::Name& w : q.words) out += " " + (w.quoted ? Quote(w.text) : w.text);
    return out + ")";
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
