// Entry point: global options, subcommand wiring, exit codes. Work happens in cmd_*.cpp.
#include <CLI/CLI.hpp>
#include <iostream>

#include "kg/cli/commands.h"
#include "kg/cli/language_help.h"
#include "kg/cli/context.h"

namespace {

constexpr char kDescription[] =
    "kg - a knowledge graph of who did what with whom, built from documents.\n"
    "Ingest text, import RDF, ask questions, see the sentence behind every answer.";

constexpr char kFooter[] =
    "The database is --db DIR, else $KG_DB, else ./kg.db.\n"
    "Run 'kg help COMMAND' for a command's options.";

}  // namespace

int main(int argc, char** argv) {
  using kg::cli::Context;
  Context ctx;
  CLI::App app(kDescription, "kg");
  app.fallthrough();
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("kg ") + kg::Version());
  app.add_option("--db", ctx.db_flag, "database directory (default $KG_DB or ./kg.db)");
  app.add_flag("-q,--quiet", ctx.quiet, "no progress bars, summaries or notes")
      ->each([](const std::string&) { kg::cli::SetQuiet(true); });
  app.footer(kFooter);

  kg::cli::AddIngestCommands(app, ctx);
  kg::cli::AddImportCommand(app, ctx);
  kg::cli::AddExportCommand(app, ctx);
  kg::cli::AddCatalogCommands(app, ctx);
  kg::cli::AddQueryCommands(app, ctx);

  std::vector<std::string> help_topic;  // "lexicon add" is a path of subcommands
  CLI::App* help = app.add_subcommand("help", "Show help for a command");
  help->add_option("command", help_topic, "command name (and subcommand)");
  help->callback([&] {
    if (help_topic == std::vector<std::string>{"query"} ||
        help_topic == std::vector<std::string>{"language"}) {
      // The command's options, then the language it takes.
      std::cout << app.get_subcommand("query")->get_formatter()->make_help(
                       app.get_subcommand("query"), "kg query", CLI::AppFormatMode::Normal)
                << "\n" << kg::cli::LanguageReference();
      return;
    }
    CLI::App* target = &app;
    std::string path;
    for (const std::string& word : help_topic) {
      path += (path.empty() ? "" : " ") + word;
      CLI::App* next = nullptr;
      for (CLI::App* sub : target->get_subcommands({})) {
        if (sub->get_name() == word) next = sub;
      }
      if (!next) {
        ctx.exit_code = kg::cli::ReportUsage("no command '" + path + "'");
        return;
      }
      target = next;
    }
    // App::help() would describe the "help" subcommand being run; ask the formatter directly.
    std::cout << target->get_formatter()->make_help(target, path.empty() ? "kg" : "kg " + path, CLI::AppFormatMode::Normal);
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    return kg::cli::ReportUsage(msg);
  } catch (const std::exception& e) {
    return kg::cli::ReportError(kg::Status::IOError(e.what()));
  }
  if (app.get_subcommands().empty()) return kg::cli::RunDefault(ctx);
  return ctx.exit_code;
}
