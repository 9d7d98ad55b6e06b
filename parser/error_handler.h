// Records what the grammar needs recorded, and prints nothing: the byte offsets of every
// AST node (in the node's position_tagged ints) and the first expectation failure (where,
// and what was expected). The CLI turns that into "line, column, caret".
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <string>
#include <type_traits>

namespace kg::parser {

template <typename Iterator>
class ErrorHandler {
 public:
  explicit ErrorHandler(Iterator begin) : begin_(begin) {}

  // Called by x3::annotate_on_success: stores byte offsets instead of cache indexes.
  template <typename T>
  void tag(T& ast, Iterator first, Iterator last) {
    if constexpr (std::is_base_of_v<boost::spirit::x3::position_tagged, T>) {
      ast.id_first = static_cast<int>(first - begin_);
      ast.id_last = static_cast<int>(last - begin_);
    }
  }

  // Keeps the first failure only: it is where the input went wrong.
  void Fail(Iterator where, std::string expected) {
    if (failed_) return;
    failed_ = true;
    offset_ = static_cast<long>(where - begin_);
    expected_ = std::move(expected);
  }

  bool failed() const { return failed_; }
  long offset() const { return offset_; }
  const std::string& expected() const { return expected_; }

 private:
  Iterator begin_;
  bool failed_ = false;
  long offset_ = 0;
  std::string expected_;
};

}  // namespace kg::parser
