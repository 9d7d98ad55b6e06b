// Fusion adaptation of the AST (field order = the order the grammar produces them).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "parser/ast.h"

BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Variable, name)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Iri, value)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::PrefixedName, prefix, local)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::TypedLiteral, text, lang, datatype)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Name, text, quoted)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Number, text)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Qualifier, key, value)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Hops, min, max)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Atom, optional, subject, relation, hops, object,
                          qualifiers)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Comparison, left, op, right, unit)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Aggregate, function, distinct, variable)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::OrderBy, function, variable, descending)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::PatternQuery, head, projection, branches, group_by,
                          order, limit)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::PathQuery, from, to, max_hops)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Names, text)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::About, lead, names)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Connect, from, to)
