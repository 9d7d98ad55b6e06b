// Reading the normalised lexical forms kg stores ("1200000000 EUR", "2023-10", "63.3") back
// into numbers and parts for JSON.
#include "kg/cli/typed_value.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace kg::cli {

namespace {

using Json = nlohmann::ordered_json;

std::string Xsd(const char* local) { return std::string(kXsd) + local; }

// A JSON number for `text`: an integer when it is one (and fits), else a double; null when it
// is not a number at all.
Json Number(const std::string& text) {
  if (text.empty()) return nullptr;
  char* end = nullptr;
  errno = 0;
  long long whole = std::strtoll(text.c_str(), &end, 10);
  if (*end == '\0' && errno == 0) return whole;
  errno = 0;
  double real = std::strtod(text.c_str(), &end);
  if (*end == '\0' && errno == 0) return real;
  return nullptr;
}

// "1200000000 EUR" -> number 1200000000 and "EUR" (the last word is the unit).
bool SplitUnit(const std::string& text, Json* number, std::string* unit) {
  size_t space = text.rfind(' ');
  if (space == std::string::npos) return false;
  *number = Number(text.substr(0, space));
  *unit = text.substr(space + 1);
  return !number->is_null() && !unit->empty();
}

// "2025-01-20", "2023-10", "2025", "--01-20" -> year, month, day as far as they are stated.
void AddDateParts(const std::string& text, Json* out) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(text.c_str(), "--%2d-%2d", &m, &d) == 2) {
    (*out)["month"] = m;
    (*out)["day"] = d;
    return;
  }
  int n = std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &m, &d);
  if (n >= 1) (*out)["year"] = y;
  if (n >= 2) (*out)["month"] = m;
  if (n >= 3) (*out)["day"] = d;
}

void TypeLiteral(const std::string& text, const std::string& datatype, Json* out) {
  Json number;
  std::string unit;
  if (datatype == kKgAmount && SplitUnit(text, &number, &unit)) {
    (*out)["type"] = "amount";
    (*out)["number"] = number;
    (*out)["currency"] = unit;
  } else if (datatype == kKgQuantity && SplitUnit(text, &number, &unit)) {
    (*out)["type"] = "quantity";
    (*out)["number"] = number;
    (*out)["unit"] = unit;
  } else if (datatype == kKgPercent &&
             !(number = Number(!text.empty() && text.back() == '%' ? text.substr(0, text.size() - 1) : text)).is_null()) {
    (*out)["type"] = "percent";
    (*out)["number"] = number;
  } else if (datatype == Xsd("date") || datatype == Xsd("gYearMonth") || datatype == Xsd("gYear") ||
             datatype == Xsd("gMonthDay")) {
    (*out)["type"] = "date";
    (*out)["date"] = text;
    AddDateParts(text, out);
  } else if ((datatype == Xsd("integer") || datatype == Xsd("decimal") ||
              datatype == Xsd("double") || datatype == Xsd("float") || datatype == Xsd("int") ||
              datatype == Xsd("long")) &&
             !(number = Number(text)).is_null()) {
    (*out)["type"] = "number";
    (*out)["number"] = number;
  } else if (datatype == Xsd("boolean") && (text == "true" || text == "false")) {
    (*out)["type"] = "boolean";
    (*out)["value"] = text == "true";
  } else {
    (*out)["type"] = "string";
    if (!datatype.empty()) (*out)["datatype"] = datatype;
  }
}

}  // namespace

Json TypedValue(const std::string& text, const std::string& datatype, Cell::Kind kind,
                const std::string& as_written) {
  Json out = Json::object();
  out["type"] = "string";
  out["text"] = text;
  if (kind == Cell::Kind::kEntity) {
    out["type"] = "entity";
  } else if (kind == Cell::Kind::kValue) {
    TypeLiteral(text, datatype, &out);
  } else if (datatype == Xsd("integer")) {
    // A count; cut short by a limit it is a lower bound ("at least 10000").
    const std::string kAtLeast = "at least ";
    bool bound = text.rfind(kAtLeast, 0) == 0;
    Json number = Number(bound ? text.substr(kAtLeast.size()) : text);
    if (!number.is_null()) {
      out["type"] = "count";
      out["number"] = number;
      if (bound) out["at_least"] = true;
    }
  } else if (datatype == Xsd("boolean")) {
    out["type"] = "boolean";
    out["value"] = text == "yes";
  }
  if (!as_written.empty() && as_written != text) out["as_written"] = as_written;
  return out;
}

namespace {

// How the value shown as `text` was written in one of `facts`: the note "KEY_text" of the
// qualifier (or amount object) that has this value.
std::string AsWritten(const ResultSet& result, size_t row, const std::string& text) {
  if (row >= result.row_facts.size()) return "";
  for (size_t f : result.row_facts[row]) {
    const FactView& fact = result.facts[f];
    for (const auto& [key, shown] : fact.qualifiers) {
      auto note = fact.notes.find(key + "_text");
      if (shown == text && note != fact.notes.end()) return note->second;
    }
    auto note = fact.notes.find("amount_text");
    if (fact.object == text && note != fact.notes.end()) return note->second;
  }
  return "";
}

}  // namespace

Json TypedRow(const ResultSet& result, size_t row) {
  Json out = Json::object();
  const std::vector<Cell>& cells = result.rows[row];
  for (size_t c = 0; c < cells.size() && c < result.columns.size(); ++c) {
    const Cell& cell = cells[c];
    std::string written = cell.kind == Cell::Kind::kValue ? AsWritten(result, row, cell.text) : "";
    out[result.columns[c]] = TypedValue(cell.text, cell.datatype, cell.kind, written);
  }
  return out;
}

Json TypedQualifiers(const FactView& fact) {
  Json out = Json::object();
  for (const auto& [key, shown] : fact.qualifiers) {
    auto type = fact.qualifier_types.find(key);
    auto note = fact.notes.find(key + "_text");
    bool literal = type != fact.qualifier_types.end();
    out[key] = TypedValue(shown, literal ? type->second : "",
                          literal ? Cell::Kind::kValue : Cell::Kind::kEntity,
                          note == fact.notes.end() ? "" : note->second);
  }
  return out;
}

}  // namespace kg::cli
