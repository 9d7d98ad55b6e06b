// The AST printed back as one canonical line (used by golden tests and `.explain`).
#pragma once

#include <string>

#include "parser/ast.h"

namespace kg::parser {

std::string Print(const ast::Query& query);
std::string Print(const ast::Term& term);

}  // namespace kg::parser
