// A query session: the settings a user changes with dot-commands (format, evidence, limits,
// timer), and running one line -- a query or a dot-command -- with its output and error report.
// The one-shot command, batch files and the REPL all go through it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>

#include "kg/cli/format.h"
#include "kg/cli/report.h"
#include "kg/engine.h"

namespace kg::cli {

struct Settings {
  OutputFormat format = OutputFormat::kTable;
  bool evidence = false;
  int64_t row_limit = 10000;
  double timeout_seconds = 30;
  bool timer = false;  // .timer on: each query's wall time on stderr
};

class Session {
 public:
  // `caret`: errors show the query with a caret under the place (a person at a terminal).
  Session(Engine* engine, Settings settings, std::ostream& out, std::ostream& err, bool caret);
  ~Session();

  // Runs one query or dot-command (a line starting with '.'). `place` says where the line came
  // from (a batch file or piped input): errors are then FILE:LINE:COL. Returns false when it
  // failed; the error has been reported.
  bool Execute(const std::string& text, const Place* place = nullptr);

  // A batch file's run: between the outermost Begin and End, answers are items of one stream
  // in the output format (json: one array); a nested .read joins the stream it is in.
  void BeginBatch();
  void EndBatch();
  // Changes the output format; inside a batch the stream so far is closed and a new one begun.
  void SetFormat(OutputFormat format);

  // Reports a failure of `text` (on stdout as the format's error item, on stderr as a line).
  bool Fail(const std::string& text, const Status& status, const Place* place);
  // What a dot-command printed, as the format shows it.
  void WriteCommandOutput(const std::string& command, const std::string& text, const Place* place);

  const Settings& settings() const { return settings_; }
  Settings& mutable_settings() { return settings_; }
  Engine* engine() { return engine_; }
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  // Failures reported so far.
  int64_t failures() const { return failures_; }
  bool quit_requested() const { return quit_; }
  void RequestQuit() { quit_ = true; }
  void set_cancel_flag(std::atomic<bool>* cancel) { cancel_ = cancel; }
  // Nesting depth of .read, to stop a file that reads itself.
  int read_depth = 0;

 private:
  // The place to give the formatter: only items of a batch stream are headed by theirs.
  const Place* StreamPlace(const Place* place) const { return batch_depth_ > 0 ? place : nullptr; }

  Engine* engine_;
  Settings settings_;
  std::ostream& out_;
  std::ostream& err_;
  bool caret_;
  std::unique_ptr<Formatter> formatter_;
  int batch_depth_ = 0;
  int64_t failures_ = 0;
  bool quit_ = false;
  std::atomic<bool>* cancel_ = nullptr;
  // Queries already parsed in this session, by source and text: a query run again (a batch
  // file's repeated line, the REPL's history) is bound and run without parsing it again.
  // Binding is not reused: names may lead elsewhere after another process writes.
  const PreparedQuery* Prepared(const std::string& text, const std::string& source, Status* error);
  std::unordered_map<std::string, PreparedQuery> prepared_;
};

}  // namespace kg::cli
