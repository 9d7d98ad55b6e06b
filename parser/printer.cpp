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
  std::string operator()(const ast::PatternQuery& p) const {
    std::string out = "(" + (p.head.empty() ? std::string("match") : p.head);
    if (!p.projection.empty()) {
      out += " [";
      for (size_t i = 0; i < p.projection.size(); ++i) {
        out += (i ? " ?" : "?") + p.projection[i].name;
      }
      out += "]";
    }
    for (const ast::Atom& a : p.atoms) {
      out += " (atom " + Print(a.subject) + " " + Print(a.relation) + " " + Print(a.object);
      for (const ast::Qualifier& q : a.qualifiers) out += " [" + q.key + " " + Print(q.value) + "]";
      out += ")";
    }
    if (p.order) out += " order=?" + p.order->variable.name + (p.order->descending ? " desc" : "");
    if (p.limit) out += " limit=" + std::to_string(*p.limit);
    return out + ")";
  }
};

}  // namespace

std::string Print(const ast::Term& term) { return boost::apply_visitor(TermPrinter(), term); }

std::string Print(const ast::Query& query) { return boost::apply_visitor(QueryPrinter(), query); }

}  // namespace kg::parser
