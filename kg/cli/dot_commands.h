// The dot-commands of the REPL and batch files, as one table that recognises them (a line
// starting with '.'), parses each one's argument once, dispatches, and generates `.help`
// (sqlite's azHelp, DuckDB's metadata command table). The query grammar never sees them.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "kg/cli/format.h"
#include "kg/cli/session.h"

namespace kg::cli {

// The shape of a command's argument; the table parses it before the command runs.
enum class ArgKind {
  kNone,     // .stats
  kSwitch,   // on|off (also yes/no, 1/0, true/false); absent: show the setting
  kFormat,   // table|json|ndjson|tsv|csv; absent: show the setting
  kRows,     // a positive whole number; absent: show the setting
  kSeconds,  // a number >= 0; absent: show the setting
  kText,     // free text, may be absent
  kFile,     // a file name, required
  kQuery,    // a query, required
};

struct DotArg {
  bool given = false;                          // an argument was written
  std::string text;                            // as written, trimmed
  bool on = false;                             // kSwitch
  OutputFormat format = OutputFormat::kTable;  // kFormat
  int64_t rows = 0;                            // kRows
  double seconds = 0;                          // kSeconds
};

struct DotCommandSpec {
  const char* name;   // without the dot
  const char* usage;  // the argument's shape for .help ("on|off", "[PREFIX]")
  const char* help;
  ArgKind arg;
  // Writes what the command shows to `out`; an error comes back as the Status.
  Status (*run)(Session& session, const DotArg& arg, const Place* place, std::ostream& out);
};

const std::vector<DotCommandSpec>& DotCommands();

// True when `line` is a dot-command: its first non-blank character is '.'.
bool IsDotCommand(const std::string& line);

// Runs the dot-command `line`; an unknown name or a bad argument is reported as an error.
// Returns false when it failed.
bool RunDotCommand(Session& session, const std::string& line, const Place* place);

// The `.help` text: every command (or those whose line contains `filter`), aligned.
std::string DotHelp(const std::string& filter);

}  // namespace kg::cli
