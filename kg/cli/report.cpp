// Error lines and notes on stderr, in the shapes report.h lists.
#include "kg/cli/report.h"

#include <algorithm>
#include <iostream>

#include "kg/base/unicode.h"

namespace kg::cli {

namespace {

bool g_quiet = false;

std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

// Bytes of `text` before character column `column` (1-based).
size_t ByteOfColumn(const std::string& text, int64_t column) {
  size_t i = 0;
  for (int64_t col = 1; i < text.size() && col < column; ++col) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace

int Report(std::ostream& err, const Status& status, const ErrorContext& context) {
  const int code = status.IsInvalidArgument() ? kExitUsage : kExitFailure;
  const Location& where = status.location();
  const std::string message = OneLine(status.message());
  if (!context.source.empty()) {
    int64_t line = context.line > 0 ? context.line + std::max<int64_t>(where.line, 1) - 1 : 1;
    err << context.source << ":" << line;
    if (where.column > 0) err << ":" << where.column;
    err << ": " << message << std::endl;
    return code;
  }
  if (context.query.empty()) {
    std::string line = OneLine(status.ToString());
    err << (where.file.empty() ? "error: " : "") << line << std::endl;
    return code;
  }
  const bool one_line_query = context.query.find('\n') == std::string::npos;
  if (context.caret && where.column > 0 && one_line_query) {
    // The caret sits under the character, counting display columns (Hangul is 2 wide).
    std::string before = context.query.substr(0, ByteOfColumn(context.query, where.column));
    err << "error: " << message << "\n  " << context.query << "\n  "
        << std::string(static_cast<size_t>(DisplayWidth(before)), ' ') << "^" << std::endl;
    return code;
  }
  err << "error: " << message;
  if (where.column > 0) {
    err << " (line " << std::max<int64_t>(where.line, 1) << ", column " << where.column << ")";
  }
  err << std::endl;
  return code;
}

int ReportError(const Status& status) { return Report(std::cerr, status); }

int ReportUsage(const std::string& message) {
  std::cerr << "error: " << OneLine(message) << " (see 'kg --help')" << std::endl;
  return kExitUsage;
}

void SetQuiet(bool quiet) { g_quiet = quiet; }

void Note(std::ostream& err, const std::string& message) {
  if (!g_quiet) err << "note: " << OneLine(message) << std::endl;
}

void Note(const std::string& message) { Note(std::cerr, message); }

}  // namespace kg::cli
