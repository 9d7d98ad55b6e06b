// The one translation unit that compiles the grammar (BOOST_SPIRIT_INSTANTIATE only).
#include "parser/grammar_def.h"

namespace kg::parser {

namespace grammar {
BOOST_SPIRIT_INSTANTIATE(query_type, iterator_type, context_type)
}  // namespace grammar

grammar::query_type const& QueryRule() { return grammar::query; }

}  // namespace kg::parser
