// `kg export`: the graph as N-Triples, N-Quads, CSV node/edge files or Graphviz DOT.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "kg/cli/commands.h"

namespace kg::cli {

namespace {

struct ExportArgs {
  std::string format = "nt";
  std::string output;
  std::string base = "http://kg.local/";
  std::string entity;
  int depth = 1;
  int64_t max_edges = 5000;
};

int RunExport(const ExportArgs& args, Context& ctx) {
  io::ExportOptions options;
  options.base = args.base;
  options.depth = args.depth;
  options.max_edges = args.max_edges;
  if (args.format == "nt") {
    options.format = io::ExportFormat::kNTriples;
  } else if (args.format == "nq") {
    options.format = io::ExportFormat::kNQuads;
  } else if (args.format == "csv") {
    options.format = io::ExportFormat::kCsv;
    if (args.output.empty()) {
      return ReportUsage("--format csv writes nodes.csv and edges.csv: give a directory with --output");
    }
  } else if (args.format == "dot") {
    options.format = io::ExportFormat::kDot;
  } else {
    return ReportUsage("unknown export format '" + args.format + "' (nt, nq, csv, dot)");
  }
  std::unique_ptr<Engine> engine = ctx.OpenEngine(/*write=*/false, /*create=*/false);
  if (!engine) return ctx.exit_code;
  if (!args.entity.empty()) {
    Result<std::vector<TermId>> ids = engine->FindEntities(args.entity);
    if (!ids.ok()) return ReportError(ids.status());
    if (ids->empty()) return ReportError(Status::NotFound("no entity '" + args.entity + "'"));
    options.focus = ids->front().value;
  }

  Result<io::ExportSummary> summary = Status::OK();
  if (options.format == io::ExportFormat::kCsv) {
    std::error_code ec;
    std::filesystem::create_directories(args.output, ec);
    if (ec) return ReportError(Status::IOError(args.output + ": " + ec.message()));
    std::ofstream nodes(args.output + "/nodes.csv"), edges(args.output + "/edges.csv");
    if (!nodes || !edges) return ReportError(Status::IOError(args.output + ": cannot write"));
    summary = engine->ExportCsv(options, nodes, edges);
  } else if (!args.output.empty()) {
    std::ofstream out(args.output, std::ios::binary);
    if (!out) return ReportError(Status::IOError(args.output + ": cannot write"));
    summary = engine->Export(options, out);
  } else {
    summary = engine->Export(options, std::cout);
  }
  if (!summary.ok()) return ReportError(summary.status());
  if (summary->skipped_negated > 0) {
    Note(std::to_string(summary->skipped_negated) +
         " negated facts were not exported (RDF cannot state a negation)");
  }
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "Export the graph (nt, nq, csv, dot)");
  cmd->add_option("-f,--format", args->format, "nt | nq | csv | dot")->capture_default_str();
  cmd->add_option("-o,--output", args->output, "file to write (csv: a directory); default stdout");
  cmd->add_option("--base", args->base, "IRI base for entities that have no IRI")
      ->capture_default_str();
  cmd->add_option("--entity", args->entity, "dot: draw only this entity's neighbourhood");
  cmd->add_option("--depth", args->depth, "dot: hops around --entity")->capture_default_str();
  cmd->add_option("--max-edges", args->max_edges, "dot: stop after this many edges")
      ->capture_default_str();
  cmd->footer(
      "nt: N-Triples (labels as rdfs:label). nq: N-Quads, each fact's evidence document as\n"
      "its graph. csv: nodes.csv and edges.csv for graph-database bulk loaders.");
  cmd->callback([args, &ctx] { ctx.exit_code = RunExport(*args, ctx); });
}

}  // namespace kg::cli
