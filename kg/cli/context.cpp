// The shared plumbing of the subcommands: database path, opening, error lines.
#include "kg/cli/context.h"

#include <iostream>

#include <unistd.h>

#include <cstdlib>

namespace kg::cli {

std::string Context::DbPath() const {
  if (!db_flag.empty()) return db_flag;
  const char* env = std::getenv("KG_DB");
  if (env && *env) return env;
  return "kg.db";
}

std::unique_ptr<Engine> Context::OpenEngine(bool write, bool create) {
  Engine::OpenOptions options;
  options.db = DbPath();
  options.write = write;
  options.create = create;
  Result<std::unique_ptr<Engine>> engine = Engine::Open(options);
  if (!engine.ok()) {
    exit_code = ReportError(engine.status());
    return nullptr;
  }
  return std::move(engine).value();
}

bool Context::ShowProgress() const { return !quiet && ::isatty(STDERR_FILENO); }

int FinishWrite(std::unique_ptr<Engine> engine, bool changed, int exit_code) {
  if (!engine) return exit_code;
  if (!changed && engine->created()) {
    // On failure the command has printed its one error line already; what Discard leaves
    // behind is an unfinished creation, which the next writer redoes.
    (void)engine->Discard();
    return exit_code;
  }
  Status s = engine->Close();
  if (!s.ok() && exit_code == kExitOk) {
    std::string line = "warning: " + s.ToString() +
                       " (the changes are saved: the next command replays them from the log)";
    for (char& c : line) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    std::cerr << line << std::endl;
  }
  return exit_code;
}

}  // namespace kg::cli
