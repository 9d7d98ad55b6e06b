// The dot-commands of the REPL and batch files, as one table that both dispatches them and
// generates `.help` (sqlite's azHelp, DuckDB's metadata commands).
#pragma once

#include <string>
#include <vector>

#include "kg/cli/session.h"

namespace kg::cli {

struct DotCommandSpec {
  const char* name;
  const char* args;
  const char* help;
  // Returns false when the command failed (and has reported why).
  bool (*run)(Session& session, const std::string& args, const std::string& source,
              int64_t line);
};

const std::vector<DotCommandSpec>& DotCommands();

// Runs `.name args`; an unknown name is reported as an error.
bool RunDotCommand(Session& session, const std::string& name, const std::string& args,
                   const std::string& source, int64_t line);

// Runs every line of a .kgq file (one query per line, # comments, blank lines skipped).
// Returns the number of lines that failed.
int RunBatchFile(Session& session, const std::string& path);
int RunBatchStream(Session& session, std::istream& in, const std::string& source);

}  // namespace kg::cli
