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
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Verb, base)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Noun, base)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Names, text)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::AskSubject, wh, type, negated, verb, ordinal, prep, names)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::AskObject, wh, type, names, negated, verb, prep)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::AskPassive, wh, type, negated, verb, prep, names)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::AskNoun, wh, type, noun, names)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::AskRelative, type, outer, thing, names, inner)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::HowMuch, names, verb, prep, target)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::HowMany, type, verb, prep, names)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::WhenWhere, wh, aux, names, verb, prep, target)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::YesNoNoun, subject, noun, object)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::YesNoVerb, aux, subject, negated, verb, prep, object)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::About, lead, names)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::Connect, from, to)
BOOST_FUSION_ADAPT_STRUCT(kg::parser::ast::KoreanAsk, names, particle, stem, ending, head)
