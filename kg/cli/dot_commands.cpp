// The dot-command table and the .kgq batch runner.
#include "kg/cli/dot_commands.h"

#include <fstream>
#include <iomanip>
#include <sstream>

namespace kg::cli {

namespace {

bool ParseBool(const std::string& s, bool* value) {
  if (s == "on" || s == "yes" || s == "1" || s == "true") {
    *value = true;
  } else if (s == "off" || s == "no" || s == "0" || s == "false") {
    *value = false;
  } else {
    return false;
  }
  return true;
}

bool Fail(Session& s, const std::string& message, const std::string& source, int64_t line) {
  if (!source.empty()) {
    s.err() << source << ":" << line << ": " << message << std::endl;
  } else {
    s.err() << "error: " << message << std::endl;
  }
  return false;
}

bool Help(Session& s, const std::string& args, const std::string&, int64_t) {
  std::ostream& out = s.out();
  if (args.empty()) {
    out << "Ask a question or match a pattern, one per line:\n"
           "  who partnered with OpenAI?          what did OpenAI release?\n"
           "  how much did Amazon invest in France?   when was DeepSeek-R1 released?\n"
           "  what is DeepSeek?   how is SoftBank connected to DeepSeek?   소프트뱅크가 투자한 곳은?\n"
           "  ?x partnered_with OpenAI            select ?x ?a where ?x invested_in France [amount ?a]\n"
           "  count ?x member_of \"Six Little Tigers\"   path SoftBank -> DeepSeek max 3\n\n";
  }
  for (const DotCommandSpec& c : DotCommands()) {
    std::string head = std::string(".") + c.name + (c.args[0] ? std::string(" ") + c.args : "");
    if (!args.empty() && head.find(args) == std::string::npos) continue;
    out << std::left << std::setw(26) << head << c.help << "\n";
  }
  return true;
}

bool Format(Session& s, const std::string& args, const std::string& source, int64_t line) {
  if (args.empty()) {
    s.out() << FormatName(s.settings().format) << "\n";
    return true;
  }
  OutputFormat f;
  if (!ParseFormat(args, &f)) {
    return Fail(s, "unknown format '" + args + "' (table, json, ndjson, tsv, csv)", source, line);
  }
  s.settings().format = f;
  return true;
}

bool Evidence(Session& s, const std::string& args, const std::string& source, int64_t line) {
  if (args.empty()) {
    s.out() << (s.settings().evidence ? "on" : "off") << "\n";
    return true;
  }
  if (!ParseBool(args, &s.settings().evidence)) {
    return Fail(s, ".evidence takes on or off", source, line);
  }
  return true;
}

bool Explain(Session& s, const std::string& args, const std::string& source, int64_t line) {
  if (args.empty()) return Fail(s, ".explain needs a query", source, line);
  Result<std::string> plan = s.engine()->Explain(args, source);
  if (!plan.ok()) {
    s.ReportError(args, plan.status(), source, line);
    return false;
  }
  s.out() << *plan;
  return true;
}

bool Stats(Session& s, const std::string&, const std::string& source, int64_t line) {
  Result<GraphStats> st = s.engine()->Stats();
  if (!st.ok()) return Fail(s, st.status().ToString(), source, line);
  s.out() << "documents " << st->documents << ", entities " << st->entities << ", relations "
          << st->relations << ", values " << st->literals << ", triples " << st->triples
          << "\n";
  return true;
}

bool Relations(Session& s, const std::string& args, const std::string& source, int64_t line) {
  Result<std::vector<RelationInfo>> rels = s.engine()->Relations();
  if (!rels.ok()) return Fail(s, rels.status().ToString(), source, line);
  for (const RelationInfo& r : *rels) {
    if (!args.empty() && r.id.find(args) == std::string::npos) continue;
    s.out() << std::left << std::setw(22) << r.id << std::right << std::setw(7) << r.triples
            << "  " << (r.symmetric ? "(symmetric) " : "") << r.phrases;
    if (!r.korean.empty()) s.out() << " | " << r.korean;
    s.out() << "\n";
  }
  return true;
}

bool Entities(Session& s, const std::string& args, const std::string& source, int64_t line) {
  Result<std::vector<EntityInfo>> ents = s.engine()->Entities(args, 200);
  if (!ents.ok()) return Fail(s, ents.status().ToString(), source, line);
  for (const EntityInfo& e : *ents) {
    s.out() << e.name;
    if (!e.type.empty()) s.out() << "  (" << e.type << ")";
    if (!e.aliases.empty()) {
      s.out() << "  aka ";
      for (size_t i = 0; i < e.aliases.size() && i < 8; ++i) {
        s.out() << (i ? ", " : "") << e.aliases[i];
      }
    }
    s.out() << "\n";
  }
  if (ents->empty()) s.out() << "(no entities" << (args.empty() ? "" : " starting with '" + args + "'") << ")\n";
  return true;
}

bool Docs(Session& s, const std::string&, const std::string& source, int64_t line) {
  Result<std::vector<Document>> docs = s.engine()->Documents();
  if (!docs.ok()) return Fail(s, docs.status().ToString(), source, line);
  for (const Document& d : *docs) {
    s.out() << d.id << "  " << d.sentences << " sentences, " << d.facts << " facts  (" << d.path
            << ")\n";
  }
  if (docs->empty()) s.out() << "(no documents)\n";
  return true;
}

bool Limit(Session& s, const std::string& args, const std::string& source, int64_t line) {
  if (args.empty()) {
    s.out() << s.settings().row_limit << "\n";
    return true;
  }
  char* end = nullptr;
  long long n = std::strtoll(args.c_str(), &end, 10);
  if (*end != '\0' || n <= 0) return Fail(s, ".limit takes a positive number of rows", source, line);
  s.settings().row_limit = n;
  return true;
}

bool Timeout(Session& s, const std::string& args, const std::string& source, int64_t line) {
  if (args.empty()) {
    s.out() << s.settings().timeout_seconds << "\n";
    return true;
  }
  char* end = nullptr;
  double v = std::strtod(args.c_str(), &end);
  if (*end != '\0' || v < 0) return Fail(s, ".timeout takes seconds (0 = none)", source, line);
  s.settings().timeout_seconds = v;
  return true;
}

bool Read(Session& s, const std::string& args, const std::string& source, int64_t line) {
  if (args.empty()) return Fail(s, ".read needs a file", source, line);
  if (s.read_depth >= 8) return Fail(s, ".read nested too deeply", source, line);
  ++s.read_depth;
  int failed = RunBatchFile(s, args);
  --s.read_depth;
  return failed == 0;
}

bool Quit(Session& s, const std::string&, const std::string&, int64_t) {
  s.RequestQuit();
  return true;
}

}  // namespace

const std::vector<DotCommandSpec>& DotCommands() {
  static const std::vector<DotCommandSpec> kCommands = {
      {"help", "[TEXT]", "Show this help (only commands containing TEXT)", Help},
      {"format", "table|json|ndjson|tsv|csv", "Set the output format", Format},
      {"evidence", "on|off", "Show the facts and sentences behind each answer", Evidence},
      {"explain", "QUERY", "Show how a query would run", Explain},
      {"stats", "", "Counts of documents, entities, relations, triples", Stats},
      {"relations", "[TEXT]", "Relation ids with their counts and question forms", Relations},
      {"entities", "[PREFIX]", "Entities whose name or alias starts with PREFIX", Entities},
      {"docs", "", "Ingested documents", Docs},
      {"limit", "[N]", "Stop a query after N rows (default 10000)", Limit},
      {"timeout", "[SECONDS]", "Stop a query after SECONDS (0 = never; default 30)", Timeout},
      {"read", "FILE", "Run the queries of a .kgq file", Read},
      {"quit", "", "Leave (also .exit, Ctrl-D)", Quit},
      {"exit", "", "Leave", Quit},
  };
  return kCommands;
}

bool RunDotCommand(Session& session, const std::string& name, const std::string& args,
                   const std::string& source, int64_t line) {
  for (const DotCommandSpec& c : DotCommands()) {
    if (name == c.name) return c.run(session, args, source, line);
  }
  return Fail(session, "unknown command \"." + name + "\". Enter \".help\" for help", source, line);
}

int RunBatchStream(Session& session, std::istream& in, const std::string& source) {
  std::string line;
  int64_t line_no = 0;
  int failed = 0;
  while (!session.quit_requested() && std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    if (!session.Execute(line, source, line_no)) ++failed;
  }
  return failed;
}

int RunBatchFile(Session& session, const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    session.err() << "error: " << path << ": cannot read" << std::endl;
    return 1;
  }
  return RunBatchStream(session, in, path);
}

}  // namespace kg::cli
