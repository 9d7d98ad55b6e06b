// The batch (.kgq) runner: one query or dot-command per line, '#' comments and blank lines
// skipped, every line run and reported (sqlite's process_input, without its statement
// continuation: a batch line is a whole query).
#pragma once

#include <istream>
#include <string>

#include "kg/cli/session.h"

namespace kg::cli {

// Runs every line of `in`, naming errors SOURCE:LINE:COL. `as_batch`: the answers form one
// batch stream (headed by their queries; json one array); false for input piped to the REPL,
// answered as if typed. Returns the number of lines that failed.
int RunBatchStream(Session& session, std::istream& in, const std::string& source, bool as_batch);

// Opens `path` ("-" is stdin) and runs it as a batch. Returns the number of lines that failed,
// or why the file could not be read.
Result<int> RunBatchFile(Session& session, const std::string& path);

}  // namespace kg::cli
