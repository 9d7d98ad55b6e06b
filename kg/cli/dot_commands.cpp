// The dot-command table: argument parsing, dispatch, and each command's small handler.
#include "kg/cli/dot_commands.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iomanip>
#include <sstream>

#include "kg/cli/batch.h"
#include "kg/cli/language_help.h"

namespace kg::cli {

namespace {

// sqlite's booleanValue: on/off, yes/no, true/false, 1/0.
bool ParseSwitch(const std::string& s, bool* value) {
  std::string l = s;
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (l == "on" || l == "yes" || l == "1" || l == "true") {
    *value = true;
  } else if (l == "off" || l == "no" || l == "0" || l == "false") {
    *value = false;
  } else {
    return false;
  }
  return true;
}

Status BadArgument(const DotCommandSpec& c, const std::string& text) {
  std::string wants = c.usage;
  if (c.arg == ArgKind::kSwitch) wants = "on or off";
  if (c.arg == ArgKind::kRows) wants = "a positive number of rows";
  if (c.arg == ArgKind::kSeconds) wants = "a number of seconds (0 = never)";
  if (c.arg == ArgKind::kFile) wants = "a file";
  if (c.arg == ArgKind::kQuery) wants = "a query";
  return Status::InvalidArgument(std::string(".") + c.name + " takes " + wants +
                                 (text.empty() ? "" : ", not '" + text + "'"));
}

// Fills `arg` from the text after the command's name, as the command's ArgKind says.
Status ParseArg(const DotCommandSpec& c, const std::string& text, DotArg* arg) {
  arg->text = text;
  arg->given = !text.empty();
  if (!arg->given) {
    if (c.arg == ArgKind::kFile || c.arg == ArgKind::kQuery) return BadArgument(c, text);
    return Status::OK();
  }
  char* end = nullptr;
  switch (c.arg) {
    case ArgKind::kNone:
      return Status::InvalidArgument(std::string(".") + c.name + " takes no argument");
    case ArgKind::kSwitch:
      if (!ParseSwitch(text, &arg->on)) return BadArgument(c, text);
      break;
    case ArgKind::kFormat:
      if (!ParseFormat(text, &arg->format)) return BadArgument(c, text);
      break;
    case ArgKind::kRows:
      arg->rows = std::strtoll(text.c_str(), &end, 10);
      if (*end != '\0' || arg->rows <= 0) return BadArgument(c, text);
      break;
    case ArgKind::kSeconds:
      arg->seconds = std::strtod(text.c_str(), &end);
      if (*end != '\0' || !(arg->seconds >= 0)) return BadArgument(c, text);
      break;
    case ArgKind::kText:
    case ArgKind::kFile:
    case ArgKind::kQuery:
      break;
  }
  return Status::OK();
}

Status Help(Session&, const DotArg& arg, const Place*, std::ostream& out) {
  if (arg.text == "language" || arg.text == "query") {
    out << LanguageReference();
    return Status::OK();
  }
  out << DotHelp(arg.text);
  return Status::OK();
}

Status Format(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  if (!arg.given) {
    out << FormatName(s.settings().format) << "\n";
  } else {
    s.SetFormat(arg.format);
  }
  return Status::OK();
}

// The three switches: show the setting, or set it.
Status Switch(bool* setting, const DotArg& arg, std::ostream& out) {
  if (arg.given) {
    *setting = arg.on;
  } else {
    out << (*setting ? "on" : "off") << "\n";
  }
  return Status::OK();
}

Status Evidence(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  return Switch(&s.mutable_settings().evidence, arg, out);
}

Status Timer(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  return Switch(&s.mutable_settings().timer, arg, out);
}

Status Explain(Session& s, const DotArg& arg, const Place* place, std::ostream& out) {
  Result<std::string> plan = s.engine()->Explain(arg.text, place ? place->source : "");
  if (!plan.ok()) return plan.status();
  out << *plan;
  return Status::OK();
}

Status Stats(Session& s, const DotArg&, const Place*, std::ostream& out) {
  Result<GraphStats> st = s.engine()->Stats();
  if (!st.ok()) return st.status();
  out << "documents " << st->documents << ", entities " << st->entities << ", relations "
      << st->relations << ", values " << st->literals << ", triples " << st->triples << "\n";
  return Status::OK();
}

Status Relations(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  Result<std::vector<RelationInfo>> rels = s.engine()->Relations();
  if (!rels.ok()) return rels.status();
  for (const RelationInfo& r : *rels) {
    if (arg.given && r.id.find(arg.text) == std::string::npos) continue;
    out << std::left << std::setw(22) << r.id << std::right << std::setw(7) << r.triples << "  "
        << (r.symmetric ? "(symmetric) " : "") << r.phrases;
    if (!r.korean.empty()) out << " | " << r.korean;
    out << "\n";
  }
  return Status::OK();
}

Status Entities(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  Result<std::vector<EntityInfo>> ents = s.engine()->Entities(arg.text, 200);
  if (!ents.ok()) return ents.status();
  for (const EntityInfo& e : *ents) {
    out << e.name;
    if (!e.type.empty()) out << "  (" << e.type << ")";
    if (!e.aliases.empty()) {
      out << "  aka ";
      for (size_t i = 0; i < e.aliases.size() && i < 8; ++i) out << (i ? ", " : "") << e.aliases[i];
    }
    out << "\n";
  }
  if (ents->empty()) {
    out << "(no entities" << (arg.given ? " starting with '" + arg.text + "'" : "") << ")\n";
  }
  return Status::OK();
}

Status Docs(Session& s, const DotArg&, const Place*, std::ostream& out) {
  Result<std::vector<Document>> docs = s.engine()->Documents();
  if (!docs.ok()) return docs.status();
  for (const Document& d : *docs) {
    out << d.id << "  " << d.sentences << " sentences, " << d.facts << " facts  (" << d.path
        << ")\n";
  }
  if (docs->empty()) out << "(no documents)\n";
  return Status::OK();
}

Status Limit(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  if (!arg.given) {
    out << s.settings().row_limit << "\n";
  } else {
    s.mutable_settings().row_limit = arg.rows;
  }
  return Status::OK();
}

Status Timeout(Session& s, const DotArg& arg, const Place*, std::ostream& out) {
  if (!arg.given) {
    out << s.settings().timeout_seconds << "\n";
  } else {
    s.mutable_settings().timeout_seconds = arg.seconds;
  }
  return Status::OK();
}

// .read reports its lines' failures one by one (the session counts them); its Status is only
// about the file itself.
Status Read(Session& s, const DotArg& arg, const Place*, std::ostream&) {
  if (s.read_depth >= 8) return Status::InvalidArgument(".read nested too deeply");
  ++s.read_depth;
  Result<int> failed = RunBatchFile(s, arg.text);
  --s.read_depth;
  return failed.status();
}

Status Quit(Session& s, const DotArg&, const Place*, std::ostream&) {
  s.RequestQuit();
  return Status::OK();
}

}  // namespace

const std::vector<DotCommandSpec>& DotCommands() {
  static const std::vector<DotCommandSpec> kCommands = {
      {"help", "[TEXT|language]",
       "Show this help (only commands containing TEXT); 'language': the query language",
       ArgKind::kText, Help},
      {"format", "table|json|ndjson|tsv|csv", "Set the output format", ArgKind::kFormat, Format},
      {"evidence", "on|off", "Show the facts and sentences behind each answer", ArgKind::kSwitch,
       Evidence},
      {"timer", "on|off", "Show each query's wall time on stderr", ArgKind::kSwitch, Timer},
      {"explain", "QUERY", "Show how a query would run", ArgKind::kQuery, Explain},
      {"stats", "", "Counts of documents, entities, relations, triples", ArgKind::kNone, Stats},
      {"relations", "[TEXT]", "Relation ids with their counts and question forms", ArgKind::kText,
       Relations},
      {"entities", "[PREFIX]", "Entities whose name or alias starts with PREFIX", ArgKind::kText,
       Entities},
      {"docs", "", "Ingested documents", ArgKind::kNone, Docs},
      {"limit", "[N]", "Stop a query after N rows (default 10000)", ArgKind::kRows, Limit},
      {"timeout", "[SECONDS]", "Stop a query after SECONDS (0 = never; default 30)",
       ArgKind::kSeconds, Timeout},
      {"read", "FILE", "Run the queries of a .kgq file", ArgKind::kFile, Read},
      {"quit", "", "Leave (also .exit, Ctrl-D)", ArgKind::kNone, Quit},
      {"exit", "", "Leave", ArgKind::kNone, Quit},
  };
  return kCommands;
}

bool IsDotCommand(const std::string& line) {
  size_t start = line.find_first_not_of(" \t");
  return start != std::string::npos && line[start] == '.';
}

bool RunDotCommand(Session& session, const std::string& line, const Place* place) {
  size_t start = line.find('.') + 1;
  size_t end = start;
  while (end < line.size() &&
         (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) {
    ++end;
  }
  const std::string name = line.substr(start, end - start);
  size_t arg_start = line.find_first_not_of(" \t", end);
  size_t arg_end = line.find_last_not_of(" \t\r\n");
  std::string text = arg_start == std::string::npos || arg_end < arg_start
                         ? ""
                         : line.substr(arg_start, arg_end - arg_start + 1);
  auto spec = std::find_if(DotCommands().begin(), DotCommands().end(),
                           [&](const DotCommandSpec& c) { return name == c.name; });
  if (spec == DotCommands().end() ||
      (end < line.size() && !std::isspace(static_cast<unsigned char>(line[end])))) {
    std::string written = line.substr(start - 1, line.find_first_of(" \t", start) - (start - 1));
    return session.Fail(
        line,
        Status::InvalidArgument("unknown command \"" + written + "\". Enter \".help\" for help"),
        place);
  }
  DotArg arg;
  Status s = ParseArg(*spec, text, &arg);
  std::ostringstream out;
  const int64_t failures = session.failures();
  if (s.ok()) s = spec->run(session, arg, place, out);
  session.WriteCommandOutput(line, out.str(), place);
  if (s.ok()) return session.failures() == failures;  // .read: its lines may have failed
  // A query's error points into the query, not into the whole line.
  return session.Fail(spec->arg == ArgKind::kQuery && arg.given ? arg.text : line, s, place);
}

std::string DotHelp(const std::string& filter) {
  std::ostringstream out;
  if (filter.empty()) {
    out << "Ask a question or match a pattern, one per line:\n"
           "  who partnered with OpenAI?          what did OpenAI release?\n"
           "  how much did Amazon invest in France?   when was DeepSeek-R1 released?\n"
           "  what is DeepSeek?   how is SoftBank connected to DeepSeek?   소프트뱅크가 투자한 "
           "곳은?\n"
           "  ?x partnered_with OpenAI            select ?x ?a where ?x invested_in France [amount "
           "?a]\n"
           "  count ?x member_of \"Six Little Tigers\"   path SoftBank -> DeepSeek max 3\n"
           "A line ending in ',', 'and', 'where' or an open bracket or quote continues on the "
           "next.\n\n";
  }
  std::vector<std::pair<std::string, const char*>> lines;
  size_t width = 0;
  for (const DotCommandSpec& c : DotCommands()) {
    std::string head = std::string(".") + c.name + (c.usage[0] ? std::string(" ") + c.usage : "");
    if (!filter.empty() && head.find(filter) == std::string::npos) continue;
    width = std::max(width, head.size());
    lines.emplace_back(head, c.help);
  }
  // Two spaces at least between a command and its description, however long the command.
  for (const auto& [head, help] : lines) {
    out << head << std::string(width + 2 - head.size(), ' ') << help << "\n";
  }
  return out.str();
}

}  // namespace kg::cli
