// What every subcommand shares: the global options, how the database path is chosen, how
// the engine is opened, and how an error becomes one line on stderr and an exit code.
#pragma once

#include <memory>
#include <string>

#include "kg/engine.h"

namespace kg::cli {

// Exit codes (DESIGN.md): 0 success, 1 a query or input error, 2 a usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct Context {
  std::string db_flag;   // --db as given (empty when absent)
  bool quiet = false;    // --quiet: no progress, no summaries
  int exit_code = kExitOk;

  // --db, else $KG_DB, else ./kg.db
  std::string DbPath() const;
  // Opens the graph; on failure prints the error and returns null.
  std::unique_ptr<Engine> OpenEngine(bool write, bool create);
  // True when stderr is a terminal and progress should be drawn.
  bool ShowProgress() const;
};

// Ends a writing command, whose own outcome is `exit_code` (returned unchanged). A database
// the command created and did not change is removed again, so a failed first write leaves no
// trace. Otherwise the engine is closed; when that fails after a successful command, the
// changes are saved (every commit is synced) and a warning line says what went wrong.
int FinishWrite(std::unique_ptr<Engine> engine, bool changed, int exit_code);
// Prints `status` as one line on stderr: "FILE:LINE:COL: message" when it has a location,
// else "error: message". Returns the exit code that goes with it.
int ReportError(const Status& status);
// Prints a usage error ("error: ..." and a hint) and returns kExitUsage.
int ReportUsage(const std::string& message);
// Prints an informational line on stderr.
void Note(const std::string& message);

}  // namespace kg::cli
