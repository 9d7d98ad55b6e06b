// Renderers. Table: header, dashes, aligned rows, optional evidence lines. JSON: the stable
// interface of DESIGN.md ({query, columns, rows, facts}) with typed values beside. In a batch,
// each item is named by its place and query, and the stream stays valid in its format.
#include "kg/cli/format.h"

#include <nlohmann/json.hpp>
#include <string_view>

#include "kg/base/unicode.h"
#include "kg/cli/typed_value.h"

namespace kg::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string Pad(const std::string& s, int width) {
  int w = DisplayWidth(s);
  return s + std::string(static_cast<size_t>(std::max(0, width - w)), ' ');
}

// Cuts `s` to about `width` columns, on a character boundary, with an ellipsis.
std::string Clip(const std::string& s, int width) {
  if (DisplayWidth(s) <= width) return s;
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    std::string next = out + s.substr(i, len);
    if (DisplayWidth(next) > width - 1) break;
    out = std::move(next);
    i += len;
  }
  return out + "\xE2\x80\xA6";
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// "# q.kgq:4: who partnered with OpenAI?" -- what names a batch item in table and csv/tsv.
std::string Heading(const Place& place, const std::string& query) {
  return "# " + place.source + ":" + std::to_string(place.line) + ": " + OneLine(query);
}

std::string FactLine(const FactView& f) {
  std::string line = f.subject + "  " + (f.negated ? "NOT " : "") + f.relation + "  " + f.object;
  if (!f.qualifiers.empty()) {
    line += "  [";
    bool first = true;
    for (const auto& [k, v] : f.qualifiers) {
      line += (first ? "" : ", ") + k + " " + v;
      first = false;
    }
    line += "]";
  }
  return line;
}

Json FactJson(const FactView& f) {
  Json j;
  j["subject"] = f.subject;
  j["relation"] = f.relation;
  j["object"] = f.object;
  if (!f.object_type.empty()) {
    auto note = f.notes.find("amount_text");
    j["typed_object"] = TypedValue(f.object, f.object_type, Cell::Kind::kValue,
                                   note == f.notes.end() ? "" : note->second);
  }
  j["negated"] = f.negated;
  j["qualifiers"] = Json::object();
  for (const auto& [k, v] : f.qualifiers) j["qualifiers"][k] = v;
  j["typed_qualifiers"] = TypedQualifiers(f);
  if (!f.notes.empty()) {
    j["notes"] = Json::object();
    for (const auto& [k, v] : f.notes) j["notes"][k] = v;
  }
  j["evidence"] = Json::array();
  for (const EvidenceView& e : f.evidence) {
    j["evidence"].push_back({{"doc", e.doc}, {"sentence", e.sentence}, {"text", e.text},
                             {"span", {e.start, e.end}}, {"rule", e.rule}});
  }
  return j;
}

// The head every JSON item starts with: what it answers and, in a batch, where that was.
Json ItemHead(const char* key, const std::string& text, const Place* place) {
  Json j;
  j[key] = text;
  if (place) {
    j["source"] = place->source;
    j["line"] = place->line;
  }
  return j;
}

Json ResultJson(const ResultSet& r, const Place* place) {
  Json j = ItemHead("query", r.query, place);
  j["columns"] = r.columns;
  j["rows"] = Json::array();
  j["typed"] = Json::array();
  for (size_t i = 0; i < r.rows.size(); ++i) {
    const auto& row = r.rows[i];
    Json o = Json::object();
    for (size_t c = 0; c < row.size() && c < r.columns.size(); ++c) o[r.columns[c]] = row[c].text;
    j["rows"].push_back(std::move(o));
    j["typed"].push_back(TypedRow(r, i));
  }
  j["facts"] = Json::array();
  for (const FactView& f : r.facts) j["facts"].push_back(FactJson(f));
  j["row_facts"] = r.row_facts;
  if (r.truncated) {
    j["truncated"] = true;
    j["stopped_because"] = r.stopped_because;
  }
  return j;
}

Json ErrorJson(const std::string& query, const Status& status, const Place* place) {
  Json err;
  err["message"] = status.message();
  if (status.location().line > 0) {
    err["line"] = status.location().line;
    err["column"] = status.location().column;
  }
  Json j = ItemHead("query", query, place);
  j["error"] = err;
  return j;
}

void WriteTable(const ResultSet& r, bool evidence, std::ostream& out) {
  if (r.rows.empty()) {
    out << "(no answers)\n";
    return;
  }
  std::vector<int> widths;
  for (const std::string& c : r.columns) widths.push_back(DisplayWidth(c));
  for (const auto& row : r.rows) {
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(row[c].text));
    }
  }
  std::string header, rule;
  for (size_t c = 0; c < r.columns.size(); ++c) {
    bool last = c + 1 == r.columns.size();
    header += last ? r.columns[c] : Pad(r.columns[c], widths[c]) + "  ";
    rule += std::string(static_cast<size_t>(widths[c]), '-') + (last ? "" : "  ");
  }
  out << header << "\n" << rule << "\n";
  for (size_t i = 0; i < r.rows.size(); ++i) {
    std::string line;
    for (size_t c = 0; c < r.rows[i].size(); ++c) {
      bool last = c + 1 == r.rows[i].size();
      line += last ? r.rows[i][c].text : Pad(r.rows[i][c].text, widths[c]) + "  ";
    }
    out << line << "\n";
    if (!evidence) continue;
    for (size_t f : r.row_facts[i]) {
      const FactView& fact = r.facts[f];
      std::string fl = "    " + FactLine(fact);
      if (fact.evidence.empty()) {
        out << fl << "  (no document: imported)\n";
        continue;
      }
      for (const EvidenceView& e : fact.evidence) {
        out << fl << "  [" << e.doc << " #" << e.sentence << "] " << Clip(e.text, 90) << "\n";
      }
    }
  }
}

class TableFormatter : public Formatter {
 public:
  void WriteResult(const ResultSet& r, bool evidence, const Place* place,
                   std::ostream& out) override {
    if (place) Head(*place, r.query, out);
    WriteTable(r, evidence, out);
  }
  void WriteError(const std::string& query, const Status& status, const Place* place,
                  std::ostream& out) override {
    if (!place) return;
    Head(*place, query, out);
    out << "error: " << OneLine(status.message()) << "\n";
  }
  void WriteCommandOutput(const std::string& command, const std::string& text,
                          const Place* place, std::ostream& out) override {
    if (place) Head(*place, command, out);
    out << text;
  }

 private:
  void Head(const Place& place, const std::string& query, std::ostream& out) {
    if (items_++ > 0) out << "\n";
    out << Heading(place, query) << "\n";
  }
  int items_ = 0;
};

class JsonFormatter : public Formatter {
 public:
  explicit JsonFormatter(bool one_line) : one_line_(one_line) {}
  void BeginStream(std::ostream& out) override {
    if (!one_line_) out << "[";
    items_ = 0;
  }
  void EndStream(std::ostream& out) override {
    if (!one_line_) out << (items_ > 0 ? "\n]\n" : "]\n");
  }
  void WriteResult(const ResultSet& r, bool, const Place* place, std::ostream& out) override {
    Write(ResultJson(r, place), place, out);
  }
  void WriteError(const std::string& query, const Status& status, const Place* place,
                  std::ostream& out) override {
    Write(ErrorJson(query, status, place), place, out);
  }
  void WriteCommandOutput(const std::string& command, const std::string& text,
                          const Place* place, std::ostream& out) override {
    if (!place) {  // typed at the prompt: the text as it is
      out << text;
      return;
    }
    Json j = ItemHead("command", command, place);
    j["output"] = text;
    Write(j, place, out);
  }

 private:
  void Write(const Json& j, const Place* place, std::ostream& out) {
    if (one_line_) {
      out << j.dump() << "\n";
    } else if (place) {  // an element of the batch's array
      out << (items_++ > 0 ? ",\n" : "\n") << j.dump(2);
    } else {
      out << j.dump(2) << "\n";
    }
  }
  bool one_line_;
  int items_ = 0;
};

class DelimitedFormatter : public Formatter {
 public:
  explicit DelimitedFormatter(char sep) : sep_(sep) {}
  void WriteResult(const ResultSet& r, bool, const Place* place, std::ostream& out) override {
    if (place) Head(*place, r.query, out);
    WriteLine(r.columns, out);
    // One buffer for every row: no allocation per row or per cell once it has grown.
    std::string line;
    for (const auto& row : r.rows) {
      line.clear();
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) line.push_back(sep_);
        AppendField(row[i].text, &line);
      }
      line += sep_ == ',' ? "\r\n" : "\n";
      out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
  }
  void WriteError(const std::string& query, const Status& status, const Place* place,
                  std::ostream& out) override {
    if (!place) return;
    Head(*place, query, out);
    WriteLine({"error"}, out);
    WriteLine({OneLine(status.message())}, out);
  }
  void WriteCommandOutput(const std::string& command, const std::string& text,
                          const Place* place, std::ostream& out) override {
    if (!place) {
      out << text;
      return;
    }
    Head(*place, command, out);
    WriteLine({"output"}, out);
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      WriteLine({text.substr(start, nl - start)}, out);
      start = nl + 1;
    }
  }

 private:
  // Tables are separated by an empty line; each starts with a one-field record naming it.
  void Head(const Place& place, const std::string& query, std::ostream& out) {
    if (items_++ > 0) out << (sep_ == ',' ? "\r\n" : "\n");
    WriteLine({Heading(place, query)}, out);
  }
  void AppendField(std::string_view s, std::string* out) const {
    if (sep_ == '\t') {
      for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
      return;
    }
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
      out->append(s);
      return;
    }
    out->push_back('"');
    for (char c : s) {
      if (c == '"') out->push_back('"');
      out->push_back(c);
    }
    out->push_back('"');
  }
  void WriteLine(const std::vector<std::string>& cells, std::ostream& out) const {
    std::string line;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) line.push_back(sep_);
      AppendField(cells[i], &line);
    }
    out << line << (sep_ == ',' ? "\r\n" : "\n");
  }
  char sep_;
  int items_ = 0;
};

}  // namespace

bool ParseFormat(const std::string& name, OutputFormat* format) {
  if (name == "table") *format = OutputFormat::kTable;
  else if (name == "json") *format = OutputFormat::kJson;
  else if (name == "ndjson") *format = OutputFormat::kNdjson;
  else if (name == "tsv") *format = OutputFormat::kTsv;
  else if (name == "csv") *format = OutputFormat::kCsv;
  else return false;
  return true;
}

const char* FormatName(OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable: return "table";
    case OutputFormat::kJson: return "json";
    case OutputFormat::kNdjson: return "ndjson";
    case OutputFormat::kTsv: return "tsv";
    case OutputFormat::kCsv: return "csv";
  }
  return "table";
}

std::unique_ptr<Formatter> MakeFormatter(OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable: return std::make_unique<TableFormatter>();
    case OutputFormat::kJson: return std::make_unique<JsonFormatter>(false);
    case OutputFormat::kNdjson: return std::make_unique<JsonFormatter>(true);
    case OutputFormat::kTsv: return std::make_unique<DelimitedFormatter>('\t');
    case OutputFormat::kCsv: return std::make_unique<DelimitedFormatter>(',');
  }
  return std::make_unique<TableFormatter>();
}

}  // namespace kg::cli
