// The CLI's one error printer: every failure a user sees -- a bad file, a query that does not
// parse or bind, a bad dot-command -- becomes text on stderr here, in one of two shapes.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "kg/base/status.h"

namespace kg::cli {

// Exit codes (DESIGN.md): 0 success, 1 a query or input error, 2 a usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// What is known about where an error happened besides the Status's own location.
struct ErrorContext {
  std::string query;   // the query (or dot-command) text, when the error is in one
  std::string source;  // the batch file it came from ("" when typed or given on the command line)
  int64_t line = 0;    // the query's line in `source`
  bool caret = false;  // a person at a terminal: show the query with a caret under the place
};

// Writes `status` to `err`:
//   in a batch         FILE:LINE:COL: message     (LINE counted in the file)
//   a file's error     FILE:LINE:COL: message     (the Status's own location)
//   with a caret       error: message / the query / a caret under the column
//   otherwise          error: message (line L, column C)   or   error: message
// Messages never spill newlines. Returns the exit code: 2 for InvalidArgument, else 1.
int Report(std::ostream& err, const Status& status, const ErrorContext& context = {});
// Report(std::cerr, status).
int ReportError(const Status& status);
// "error: MESSAGE (see 'kg --help')" on stderr; returns kExitUsage.
int ReportUsage(const std::string& message);

// --quiet: notes are not printed.
void SetQuiet(bool quiet);
// "note: MESSAGE" on `err`, unless --quiet.
void Note(std::ostream& err, const std::string& message);
void Note(const std::string& message);

}  // namespace kg::cli
