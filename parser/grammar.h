// The query grammar's start rule, declared for users; defined in grammar_def.h and
// instantiated once in grammar.cpp.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "parser/ast.h"
#include "parser/config.h"

namespace kg::parser {

namespace grammar {
struct query_class;
using query_type = x3::rule<query_class, ast::Query>;
BOOST_SPIRIT_DECLARE(query_type)
}  // namespace grammar

// The whole query language (question, pattern or path), up to end of input.
grammar::query_type const& QueryRule();

}  // namespace kg::parser
