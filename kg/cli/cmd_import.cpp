// `kg import FILE.nt|-`: N-Triples into the graph through the bulk path, all or nothing.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "kg/cli/commands.h"
#include "kg/cli/input_file.h"
#include "kg/cli/progress.h"

namespace kg::cli {

namespace {

struct ImportArgs {
  std::string file;
};

int RunImport(const ImportArgs& args, Context& ctx) {
  Result<std::unique_ptr<InputFile>> input = OpenInput(args.file);
  if (!input.ok()) return ReportError(input.status());
  std::unique_ptr<Engine> engine = ctx.OpenEngine(/*write=*/true, /*create=*/true);
  if (!engine) return ctx.exit_code;

  Progress progress(ctx.ShowProgress(), "importing " + (*input)->display, (*input)->size);
  ImportOptions options;
  options.on_progress = [&](int64_t bytes, int64_t triples) {
    progress.Update(bytes, triples, "triples");
  };
  options.on_phase = [&](const std::string& phase) { progress.Phase(phase); };
  auto start = std::chrono::steady_clock::now();
  Result<ImportSummary> summary = engine->Import((*input)->stream, (*input)->display, options);
  progress.Done();
  if (!summary.ok()) return FinishWrite(std::move(engine), false, ReportError(summary.status()));
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!ctx.quiet) {
    char line[256];
    std::snprintf(line, sizeof(line),
                  "imported %lld triples from %s (%lld new, %lld labels, %lld new entities) in "
                  "%.2f s",
                  static_cast<long long>(summary->triples_read), (*input)->display.c_str(),
                  static_cast<long long>(summary->triples_added),
                  static_cast<long long>(summary->labels),
                  static_cast<long long>(summary->entities_created), secs);
    std::cout << line << std::endl;
  }
  return FinishWrite(std::move(engine), true, kExitOk);
}

}  // namespace

void AddImportCommand(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* cmd = app.add_subcommand("import", "Import an N-Triples file (- for stdin)");
  cmd->add_option("file", args->file, "N-Triples file to import, or - for stdin")->required();
  cmd->footer(
      "IRIs become entities, rdfs:label values their names, predicates relations.\n"
      "A malformed line is reported as FILE:LINE:COL and nothing is imported.");
  cmd->callback([args, &ctx] { ctx.exit_code = RunImport(*args, ctx); });
}

}  // namespace kg::cli
