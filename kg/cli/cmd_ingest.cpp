// `kg ingest FILE...` and `kg lexicon add|list|remove`: documents into the graph, and the user
// entities later ingests should know.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kg/cli/commands.h"
#include "kg/cli/input_file.h"
#include "kg/cli/progress.h"

namespace kg::cli {

namespace {

struct IngestArgs {
  std::vector<std::string> files;
  std::string id;
  std::string lexicon;
  std::string date;
  std::string format;
};

std::string Summary(const IngestSummary& s) {
  char buf[256];
  const char* verb = s.outcome == IngestSummary::Outcome::kReplaced ? "replaced" : "ingested";
  if (s.outcome == IngestSummary::Outcome::kUnchanged) {
    std::snprintf(buf, sizeof(buf), "unchanged %s: already ingested (%lld facts)", s.doc_id.c_str(),
                  static_cast<long long>(s.facts));
  } else {
    std::snprintf(buf, sizeof(buf), "%s %s: %lld sentences, %lld entities, %lld facts (%.2f s)", verb,
                  s.doc_id.c_str(), static_cast<long long>(s.sentences),
                  static_cast<long long>(s.entities), static_cast<long long>(s.facts), s.seconds);
  }
  std::string out = buf;
  if (s.parse_fallbacks > 0) {
    out += "; " + std::to_string(s.parse_fallbacks) + " of " +
           std::to_string(s.parsed_sentences + s.parse_fallbacks) +
           " sentences not parsed in time (read by surface rules)";
  }
  return out;
}

int RunIngest(const IngestArgs& args, Context& ctx) {
  if (args.files.empty()) return ReportUsage("give one or more files to ingest (- for stdin)");
  if (!args.id.empty() && args.files.size() > 1) {
    return ReportUsage("--id names one document; give one file with it");
  }
  if (!args.date.empty()) {
    bool ok = args.date.size() == 10 && args.date[4] == '-' && args.date[7] == '-';
    if (!ok) return ReportUsage("--date takes YYYY-MM-DD");
  }
  // The database is opened (and made, the first time) only for a document that passed the
  // checks: a bad first ingest leaves no empty database behind.
  std::error_code ec;
  const bool db_existed = std::filesystem::exists(ctx.DbPath(), ec);
  std::unique_ptr<Engine> engine;
  IngestOptions options;
  options.id = args.id;
  options.lexicon_path = args.lexicon;
  options.date = args.date;
  options.format = args.format;

  int64_t total = 0;
  for (const std::string& f : args.files) {
    std::error_code ec;
    if (f != "-" && std::filesystem::is_regular_file(f, ec)) {
      total += static_cast<int64_t>(std::filesystem::file_size(f, ec));
    }
  }
  bool show = ctx.ShowProgress() && (args.files.size() > 1 || total > (4 << 20));
  Progress progress(show, "ingesting", total);
  int failed = 0, done = 0, added = 0, unchanged = 0;
  int64_t bytes = 0;
  for (const std::string& f : args.files) {
    progress.Update(bytes, done, "documents");
    Result<std::unique_ptr<InputFile>> in = OpenInput(f);
    if (!in.ok()) {
      progress.Done();
      ReportError(in.status());
      ++failed;
      continue;
    }
    std::string text((std::istreambuf_iterator<char>(*(*in)->stream)), std::istreambuf_iterator<char>());
    if ((*in)->stream->bad()) {
      progress.Done();
      ReportError(Status::IOError(f + ": read error"));
      ++failed;
      continue;
    }
    if (Status check = Engine::CheckDocument(text, (*in)->display); !check.ok()) {
      progress.Done();
      ReportError(check);
      ++failed;
      continue;
    }
    if (!engine) {
      engine = ctx.OpenEngine(/*write=*/true, /*create=*/true);
      if (!engine) return ctx.exit_code;
    }
    // "-" tells the engine the text is stdin's (its own id and path).
    Result<IngestSummary> s = engine->Ingest(text, f == "-" ? "-" : (*in)->display, options);
    bytes += static_cast<int64_t>(text.size());
    ++done;
    progress.Done();
    if (!s.ok()) {
      ReportError(s.status());
      ++failed;
      continue;
    }
    if (s->outcome == IngestSummary::Outcome::kUnchanged) ++unchanged; else ++added;
    if (!ctx.quiet) std::cout << Summary(*s) << std::endl;
  }
  progress.Done();
  engine.reset();
  if (!db_existed && added == 0 && unchanged == 0) {
    // Nothing went in (a bad --lexicon, say): take away the database this run made.
    std::filesystem::remove_all(ctx.DbPath(), ec);
  }
  if (args.files.size() > 1 && !ctx.quiet) {
    std::cout << added << " ingested, " << unchanged << " unchanged, " << failed << " failed"
              << std::endl;
  }
  return FinishWrite(std::move(engine), added > 0, failed == 0 ? kExitOk : kExitFailure);
}

struct LexiconArgs {
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
  bool json = false;
};

// "네이버@ko" -> {네이버, ko}; a plain string has no language.
Alias ParseAlias(const std::string& s) {
  size_t at = s.rfind('@');
  if (at != std::string::npos && at > 0 && s.size() - at >= 3 && s.size() - at <= 9) {
    std::string lang = s.substr(at + 1);
    if (std::all_of(lang.begin(), lang.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; })) {
      return Alias{s.substr(0, at), lang};
    }
  }
  return Alias{s, ""};
}

int RunLexiconAdd(const LexiconArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(true, true);
  if (!engine) return ctx.exit_code;
  LexiconEntryInfo e;
  e.name = args.name;
  e.type = args.type;
  for (const std::string& a : args.aliases) e.aliases.push_back(ParseAlias(a));
  Status s = engine->LexiconAdd(e);
  if (!s.ok()) return FinishWrite(std::move(engine), false, ReportError(s));
  if (!ctx.quiet) std::cout << "added " << args.name << std::endl;
  return FinishWrite(std::move(engine), true, kExitOk);
}

int RunLexiconList(const LexiconArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(false, false);
  if (!engine) return ctx.exit_code;
  Result<std::vector<LexiconEntryInfo>> list = engine->LexiconList();
  if (!list.ok()) return ReportError(list.status());
  if (args.json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& e : *list) {
      nlohmann::json j = {{"name", e.name}, {"type", e.type}, {"aliases", nlohmann::json::array()}};
      for (const Alias& a : e.aliases) j["aliases"].push_back({{"text", a.text}, {"lang", a.lang}});
      arr.push_back(j);
    }
    std::cout << arr.dump(2) << std::endl;
    return kExitOk;
  }
  for (const auto& e : *list) {
    std::cout << e.name << (e.type.empty() ? "" : "  (" + e.type + ")");
    for (size_t i = 0; i < e.aliases.size(); ++i) {
      std::cout << (i ? ", " : "  aka ") << e.aliases[i].text
                << (e.aliases[i].lang.empty() ? "" : "@" + e.aliases[i].lang);
    }
    std::cout << "\n";
  }
  if (list->empty()) Note("no user lexicon entries (add one with 'kg lexicon add NAME')");
  return kExitOk;
}

int RunLexiconRemove(const LexiconArgs& args, Context& ctx) {
  std::unique_ptr<Engine> engine = ctx.OpenEngine(true, false);
  if (!engine) return ctx.exit_code;
  Status s = engine->LexiconRemove(args.name);
  if (!s.ok()) return FinishWrite(std::move(engine), false, ReportError(s));
  if (!ctx.quiet) std::cout << "removed " << args.name << std::endl;
  return FinishWrite(std::move(engine), true, kExitOk);
}

}  // namespace

void AddIngestCommands(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* ingest = app.add_subcommand("ingest", "Read documents (Korean or English text) into the graph");
  ingest->add_option("files", args->files, "text files to ingest (- for stdin)");
  ingest->add_option("--id", args->id, "document id (default: the file name without extension)");
  ingest->add_option("--lexicon", args->lexicon, "extra lexicon entries for this ingest (JSON file)");
  ingest->add_option("--date", args->date, "the date the text was written (YYYY-MM-DD) for relative dates");
  ingest->add_option("--format", args->format, "text | markdown | html (default: from the file name)")
      ->check(CLI::IsMember({"text", "markdown", "html"}));
  ingest->footer(
      "Each document goes in as one atomic batch. Unchanged content is skipped; changed\n"
      "content under the same id replaces the old version. Bad files are reported and\n"
      "skipped; the others are still ingested.");
  ingest->callback([args, &ctx] { ctx.exit_code = RunIngest(*args, ctx); });

  auto largs = std::make_shared<LexiconArgs>();
  CLI::App* lexicon = app.add_subcommand("lexicon", "User entities and aliases later ingests use");
  lexicon->require_subcommand(1);
  CLI::App* add = lexicon->add_subcommand("add", "Add an entity (or aliases of one)");
  add->add_option("name", largs->name, "canonical name")->required();
  add->add_option("--type", largs->type, "Organization, Person, Country, Product, ...");
  add->add_option("--alias", largs->aliases, "another name, optionally TEXT@lang (repeatable)");
  add->callback([largs, &ctx] { ctx.exit_code = RunLexiconAdd(*largs, ctx); });
  CLI::App* list = lexicon->add_subcommand("list", "List user entries");
  list->add_flag("--json", largs->json, "print as JSON");
  list->callback([largs, &ctx] { ctx.exit_code = RunLexiconList(*largs, ctx); });
  CLI::App* remove = lexicon->add_subcommand("remove", "Remove a user entry");
  remove->add_option("name", largs->name, "canonical name")->required();
  remove->callback([largs, &ctx] { ctx.exit_code = RunLexiconRemove(*largs, ctx); });
}

}  // namespace kg::cli
