// What every subcommand shares: the global options, how the database path is chosen and how
// the engine is opened (errors go through report.h).
#pragma once

#include <memory>
#include <string>

#include "kg/cli/report.h"
#include "kg/engine.h"

namespace kg::cli {

struct Context {
  std::string db_flag;   // --db as given (empty when absent)
  bool quiet = false;    // --quiet: no progress, no summaries, no notes
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
}  // namespace kg::cli
