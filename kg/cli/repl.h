// The interactive shell: libedit line editing, persistent history, tab completion of
// dot-commands, relation ids and entity names, multi-line input while a quote is open, and
// Ctrl-C that cancels the running query instead of the session. An error never ends it.
#pragma once

#include <string>

#include "kg/cli/session.h"

namespace kg::cli {

// Runs until .quit or end of input. `interactive` false reads plain lines from stdin (no
// prompt, no history), reporting errors as <stdin>:LINE:COL. Returns the number of failed
// lines.
int RunRepl(Session& session, bool interactive);

// The history file: $KG_HISTORY, else ~/.kg_history.
std::string HistoryPath();

}  // namespace kg::cli
