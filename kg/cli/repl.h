// The interactive shell: libedit line editing in the user's UTF-8 locale (Hangul typed,
// edited and recalled), persistent history, tab completion (completion.h), multi-line input,
// and Ctrl-C that cancels the running query or discards the input instead of the session.
// An error never ends it.
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

// True when `text` (the input so far) goes on on the next line: a quote or bracket is open,
// or it ends in ',', 'and' or 'where'. Dot-commands never continue.
bool ContinuesOnNextLine(const std::string& text);

}  // namespace kg::cli
