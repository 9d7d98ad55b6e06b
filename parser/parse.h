// The parser's single entry point: query text -> AST, or a ParseError that says where (line,
// column, byte offset) and what was expected there.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kg/base/status.h"
#include "parser/ast.h"
#include "parser/vocabulary.h"

namespace kg::parser {

struct VocabTables;

class Parser {
 public:
  // Builds the symbol tables from `vocabulary` (copied; the parser keeps no reference).
  explicit Parser(const Vocabulary& vocabulary);
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Parses one query. `source` names the input in errors (a file name, or empty).
  // Errors: ParseError with location {source, line, column (characters)} and byte offset.
  Result<ast::Query> Parse(std::string_view text, const std::string& source = "") const;

 private:
  std::unique_ptr<VocabTables> tables_;
};

}  // namespace kg::parser
