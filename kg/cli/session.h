// A query session: the settings a user changes with dot-commands (format, evidence, limits),
// and running one line -- a query or a dot-command -- with its output and error report. The
// one-shot command, batch files and the REPL all go through it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "kg/cli/format.h"
#include "kg/engine.h"

namespace kg::cli {

struct Settings {
  OutputFormat format = OutputFormat::kTable;
  bool evidence = false;
  int64_t row_limit = 10000;
  double timeout_seconds = 30;
};

// How a failed query is reported on stderr.
enum class ErrorStyle {
  kOneLine,  // "FILE:LINE:COL: message" (batch), "error: message (column N)" otherwise
  kCaret,    // "error: message", then the query and a caret under the place (terminal)
};

class Session {
 public:
  Session(Engine* engine, Settings settings, std::ostream& out, std::ostream& err,
          ErrorStyle style);

  // Runs one query or dot-command. `source` and `line` place errors in a file (batch).
  // Returns false when it failed; the error has been reported.
  bool Execute(const std::string& text, const std::string& source = "", int64_t line = 0);

  Settings& settings() { return settings_; }
  Engine* engine() { return engine_; }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  bool quit_requested() const { return quit_; }
  void RequestQuit() { quit_ = true; }
  void set_cancel_flag(std::atomic<bool>* cancel) { cancel_ = cancel; }
  // Nesting depth of .read, to stop a file that reads itself.
  int read_depth = 0;

  // Reports a failed query the way this session reports errors.
  void ReportError(const std::string& text, const Status& status, const std::string& source,
                   int64_t line);

 private:
  Engine* engine_;
  Settings settings_;
  std::ostream& out_;
  std::ostream& err_;
  ErrorStyle style_;
  bool quit_ = false;
  bool wrote_table_ = false;  // a batch separates its tables with a blank line
  std::atomic<bool>* cancel_ = nullptr;
};

}  // namespace kg::cli
