// The shared plumbing of the subcommands: database path, opening, error lines.
#include "kg/cli/context.h"

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

}  // namespace kg::cli
