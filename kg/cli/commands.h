// One function per subcommand (or small family of them) that adds it to the CLI11 app and
// binds its options; main.cpp only wires these together.
#pragma once

#include "kg/cli/context.h"

namespace CLI {
class App;
}

namespace kg::cli {

void AddImportCommand(CLI::App& app, Context& ctx);
void AddExportCommand(CLI::App& app, Context& ctx);
// stats, docs, forget
void AddCatalogCommands(CLI::App& app, Context& ctx);
// ingest, lexicon
void AddIngestCommands(CLI::App& app, Context& ctx);
// query, repl
void AddQueryCommands(CLI::App& app, Context& ctx);
// Plain `kg`: the REPL on a terminal, queries from stdin otherwise.
int RunDefault(Context& ctx);

}  // namespace kg::cli
