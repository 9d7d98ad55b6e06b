// The iterator, skipper and context types the grammar is compiled for (one instantiation, in
// grammar.cpp). The context carries the error handler and the vocabulary's symbol tables.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>
#include <functional>
#include <string>

#include "parser/error_handler.h"

namespace kg::parser {

namespace x3 = boost::spirit::x3;

// The vocabulary's phrases as X3 symbol tables (keys lower-cased for no_case matching).
struct VocabTables {
  x3::symbols<std::string> verbs;
  x3::symbols<std::string> nouns;
  x3::symbols<std::string> korean_stems;
};

struct vocab_tag;

using iterator_type = std::string::const_iterator;
using phrase_context_type = x3::phrase_parse_context<x3::ascii::space_type>::type;
using error_handler_type = ErrorHandler<iterator_type>;
using error_context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler_type>,
                phrase_context_type>;
using context_type =
    x3::context<vocab_tag, std::reference_wrapper<const VocabTables>, error_context_type>;

}  // namespace kg::parser
