// `kg stats`, `kg docs`, `kg forget DOC`: what is in the graph, and taking a document out.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "kg/cli/commands.h"

namespace kg::cli {

namespace {

struct CatalogArgs {
  bool json = false;
  std::string doc;
};

int RunStats(const CatalogArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(false, false);
  if (!engine) return ctx.exit_code;
  Result<GraphStats> stats = engine->Stats();
  if (!stats.ok()) return ReportError(stats.status());
  if (args.json) {
    nlohmann::json j = {{"database", engine->db_path()}, {"documents", stats->documents},
                        {"entities", stats->entities},   {"relations", stats->relations},
                        {"literals", stats->literals},   {"triples", stats->triples},
                        {"facts", stats->facts},         {"per_relation", stats->per_relation}};
    std::cout << j.dump(2) << std::endl;
    return kExitOk;
  }
  auto row = [](const std::string& k, const std::string& v) {
    std::cout << std::left << std::setw(12) << k << v << "\n";
  };
  row("database", engine->db_path());
  row("documents", std::to_string(stats->documents));
  row("entities", std::to_string(stats->entities));
  row("relations", std::to_string(stats->relations));
  row("literals", std::to_string(stats->literals));
  row("triples", std::to_string(stats->triples));
  row("facts", std::to_string(stats->facts) + " (with evidence)");
  if (!stats->per_relation.empty()) {
    std::cout << "\ntriples per relation:\n";
    std::vector<std::pair<int64_t, std::string>> rels;
    for (const auto& [name, n] : stats->per_relation) rels.emplace_back(-n, name);
    std::sort(rels.begin(), rels.end());
    for (const auto& [n, name] : rels) {
      std::cout << "  " << std::left << std::setw(28) << name << -n << "\n";
    }
  }
  std::cout << std::flush;
  return kExitOk;
}

int RunDocs(const CatalogArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(false, false);
  if (!engine) return ctx.exit_code;
  Result<std::vector<Document>> docs = engine->Documents();
  if (!docs.ok()) return ReportError(docs.status());
  if (args.json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const Document& d : *docs) {
      arr.push_back({{"id", d.id}, {"path", d.path}, {"language", d.language},
                     {"sentences", d.sentences}, {"entities", d.entities}, {"facts", d.facts},
                     {"ingested_at", d.ingested_at}, {"hash", d.hash}});
    }
    std::cout << arr.dump(2) << std::endl;
    return kExitOk;
  }
  if (docs->empty()) {
    if (!ctx.quiet) Note("no documents (ingest some with 'kg ingest FILE')");
    return kExitOk;
  }
  for (const Document& d : *docs) {
    std::cout << d.id << "\t" << d.language << "\t" << d.sentences << " sentences\t" << d.facts
              << " facts\t" << d.ingested_at << "\t" << d.path << "\n";
  }
  std::cout << std::flush;
  return kExitOk;
}

int RunForget(const CatalogArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(true, false);
  if (!engine) return ctx.exit_code;
  Status s = engine->Forget(args.doc);
  if (!s.ok()) return ReportError(s);
  if (!ctx.quiet) std::cout << "forgot " << args.doc << std::endl;
  return kExitOk;
}

}  // namespace

void AddCatalogCommands(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<CatalogArgs>();
  CLI::App* stats = app.add_subcommand("stats", "Counts of documents, entities, relations, facts");
  stats->add_flag("--json", args->json, "print as JSON");
  stats->callback([args, &ctx] { ctx.exit_code = RunStats(*args, ctx); });

  CLI::App* docs = app.add_subcommand("docs", "List ingested documents");
  docs->add_flag("--json", args->json, "print as JSON");
  docs->callback([args, &ctx] { ctx.exit_code = RunDocs(*args, ctx); });

  CLI::App* forget = app.add_subcommand("forget", "Remove a document and every fact only it stated");
  forget->add_option("doc", args->doc, "document id (see 'kg docs')")->required();
  forget->callback([args, &ctx] { ctx.exit_code = RunForget(*args, ctx); });
}

}  // namespace kg::cli
