// `kg stats`, `kg docs`, `kg forget DOC`, `kg check`: what is in the graph, taking a document
// out, and verifying that the database is whole.
#include <CLI/CLI.hpp>
#include <filesystem>
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
    Note("no documents (ingest some with 'kg ingest FILE')");
    return kExitOk;
  }
  for (const Document& d : *docs) {
    std::cout << d.id << "\t" << d.language << "\t" << d.sentences << " sentences\t" << d.facts
              << " facts\t" << d.ingested_at << "\t" << d.path << "\n";
  }
  std::cout << std::flush;
  return kExitOk;
}

// The id of the document `doc` names: its id, or the path it was ingested from.
Result<std::string> DocumentId(Engine& engine, const std::string& doc) {
  Result<std::vector<Document>> docs = engine.Documents();
  if (!docs.ok()) return docs.status();
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(doc, ec);
  for (const Document& d : *docs) {
    if (d.id == doc) return d.id;
  }
  for (const Document& d : *docs) {
    if (d.path == doc || (!ec && (d.path == absolute.string() ||
                                  d.path == absolute.lexically_normal().string()))) {
      return d.id;
    }
  }
  return Status::NotFound("no document '" + doc +
                          "': forget takes a document id or the path it was ingested from "
                          "(see 'kg docs')");
}

int RunForget(const CatalogArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(true, false);
  if (!engine) return ctx.exit_code;
  Result<std::string> id = DocumentId(*engine, args.doc);
  if (!id.ok()) return FinishWrite(std::move(engine), false, ReportError(id.status()));
  Status s = engine->Forget(*id);
  if (!s.ok()) return FinishWrite(std::move(engine), false, ReportError(s));
  if (!ctx.quiet) std::cout << "forgot " << *id << std::endl;
  return FinishWrite(std::move(engine), true, kExitOk);
}

int RunCheck(const CatalogArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(false, false);
  if (!engine) return ctx.exit_code;
  Result<IntegrityReport> report = engine->Check();
  if (!report.ok()) return ReportError(report.status());
  const IntegrityReport& r = *report;
  if (args.json) {
    nlohmann::json j = {{"ok", r.ok()},           {"problems", r.problems},
                        {"problem_count", r.problem_count}, {"terms", r.terms},
                        {"names", r.names},       {"triples", r.triples},
                        {"facts", r.facts},       {"documents", r.documents},
                        {"sentences", r.sentences}};
    std::cout << j.dump(2) << std::endl;
  } else {
    for (const std::string& p : r.problems) std::cout << p << "\n";
    if (r.problem_count > static_cast<int64_t>(r.problems.size())) {
      std::cout << "... and " << r.problem_count - static_cast<int64_t>(r.problems.size()) << " more\n";
    }
    if (r.ok()) {
      std::cout << "ok: " << r.terms << " terms, " << r.triples << " triples, " << r.facts << " facts, "
                << r.documents << " documents, " << r.sentences << " sentences checked" << std::endl;
    } else {
      std::cout << r.problem_count << " problem" << (r.problem_count == 1 ? "" : "s") << " found" << std::endl;
    }
  }
  return r.ok() ? kExitOk : kExitFailure;
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
  forget->add_option("doc", args->doc, "document id (see 'kg docs'), or the path it was ingested from")
      ->required();
  forget->callback([args, &ctx] { ctx.exit_code = RunForget(*args, ctx); });

  CLI::App* check = app.add_subcommand("check", "Verify every index and invariant of the database");
  check->add_flag("--json", args->json, "print as JSON");
  check->callback([args, &ctx] { ctx.exit_code = RunCheck(*args, ctx); });
}

}  // namespace kg::cli
