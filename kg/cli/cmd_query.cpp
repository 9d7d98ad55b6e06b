// `kg query "QUERY"` or `kg query -f FILE.kgq`, and `kg repl`: one-shot, batch and
// interactive querying through one Session.
#include <CLI/CLI.hpp>
#include <iostream>
#include <unistd.h>

#include "kg/cli/commands.h"
#include "kg/cli/batch.h"
#include "kg/cli/input_file.h"
#include "kg/cli/repl.h"
#include "kg/cli/session.h"

namespace kg::cli {

namespace {

struct QueryArgs {
  std::vector<std::string> words;
  std::string file;
  std::string format = "table";
  bool evidence = false;
  int64_t max_rows = 10000;
  double timeout = 30;
};

int SettingsFrom(const QueryArgs& args, Settings* settings) {
  if (!ParseFormat(args.format, &settings->format)) {
    return ReportUsage("unknown format '" + args.format + "' (table, json, ndjson, tsv, csv)");
  }
  settings->evidence = args.evidence;
  if (args.max_rows <= 0) return ReportUsage("--max-rows must be positive");
  settings->row_limit = args.max_rows;
  settings->timeout_seconds = args.timeout;
  return kExitOk;
}

void AddQueryOptions(CLI::App* cmd, QueryArgs* args) {
  cmd->add_option("--format", args->format, "table | json | ndjson | tsv | csv")
      ->capture_default_str();
  cmd->add_flag("--evidence", args->evidence, "show the facts and sentences behind each answer");
  cmd->add_option("--max-rows", args->max_rows, "stop a query after this many rows")
      ->capture_default_str();
  cmd->add_option("--timeout", args->timeout, "stop a query after this many seconds (0: never)")
      ->capture_default_str();
}

int RunQuery(const QueryArgs& args, Context& ctx) {
  Settings settings;
  if (int rc = SettingsFrom(args, &settings); rc != kExitOk) return rc;
  if (args.file.empty() && args.words.empty()) {
    return ReportUsage("give a query, or -f FILE.kgq");
  }
  if (!args.file.empty() && !args.words.empty()) {
    return ReportUsage("give either a query or -f FILE, not both");
  }
  std::unique_ptr<InputFile> input;
  if (!args.file.empty()) {
    Result<std::unique_ptr<InputFile>> in = OpenInput(args.file);
    if (!in.ok()) return ReportError(in.status());
    input = std::move(in).value();
  }
  std::unique_ptr<Engine> engine = ctx.OpenEngine(/*write=*/false, /*create=*/false);
  if (!engine) return ctx.exit_code;
  Session session(engine.get(), settings, std::cout, std::cerr,
                  /*caret=*/::isatty(STDERR_FILENO));
  if (input) {
    int failed = RunBatchStream(session, *input->stream, input->display, /*as_batch=*/true);
    return failed == 0 ? kExitOk : kExitFailure;
  }
  std::string text;
  for (const std::string& w : args.words) text += (text.empty() ? "" : " ") + w;
  return session.Execute(text) ? kExitOk : kExitFailure;
}

int RunReplCommand(const QueryArgs& args, Context& ctx) {
  Settings settings;
  if (int rc = SettingsFrom(args, &settings); rc != kExitOk) return rc;
  std::unique_ptr<Engine> engine = ctx.OpenEngine(false, false);
  if (!engine) return ctx.exit_code;
  bool interactive = ::isatty(STDIN_FILENO);
  Session session(engine.get(), settings, std::cout, std::cerr, /*caret=*/interactive);
  int failed = RunRepl(session, interactive);
  return interactive || failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace

void AddQueryCommands(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* query = app.add_subcommand("query", "Answer a question or pattern (or a .kgq file)");
  query->add_option("query", args->words, "the question or pattern (quote it)");
  query->add_option("-f,--file", args->file, "a .kgq file: one query per line, # comments");
  AddQueryOptions(query, args.get());
  query->footer(
      "Examples:\n"
      "  kg query \"who partnered with OpenAI?\"\n"
      "  kg query --evidence \"?x invested_in France [amount ?a]\"\n"
      "  kg query -f examples/queries.kgq --format ndjson\n"
      "In a batch (-f) every answer is headed by its FILE:LINE and query (table, csv, tsv);\n"
      "json is one array of answers, ndjson one answer per line. Exit status 1 if any\n"
      "query failed.");
  query->callback([args, &ctx] { ctx.exit_code = RunQuery(*args, ctx); });

  auto repl_args = std::make_shared<QueryArgs>();
  CLI::App* repl = app.add_subcommand("repl", "Interactive shell (also: plain `kg` on a terminal)");
  AddQueryOptions(repl, repl_args.get());
  repl->footer(
      "History in ~/.kg_history ($KG_HISTORY). Tab completes names, relation ids and\n"
      "dot-commands. A line ending in ',', 'and', 'where' or an open bracket or quote\n"
      "continues on the next. Ctrl-C cancels a query or discards the input; Ctrl-D leaves.");
  repl->callback([repl_args, &ctx] { ctx.exit_code = RunReplCommand(*repl_args, ctx); });
}

int RunDefault(Context& ctx) {
  QueryArgs args;
  return RunReplCommand(args, ctx);
}

}  // namespace kg::cli
