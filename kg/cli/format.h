// One renderer per output format (table, json, ndjson, tsv, csv), chosen once from the
// format's name. JSON goes through nlohmann_json; the table is aligned by display width so
// Hangul lines up.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "kg/engine.h"

namespace kg::cli {

enum class OutputFormat { kTable, kJson, kNdjson, kTsv, kCsv };

// False for an unknown name.
bool ParseFormat(const std::string& name, OutputFormat* format);
const char* FormatName(OutputFormat format);

class Formatter {
 public:
  virtual ~Formatter() = default;
  // Writes the answer. `evidence` adds the facts and sentences behind each row (table);
  // JSON always carries them.
  virtual void WriteResult(const ResultSet& result, bool evidence, std::ostream& out) = 0;
  // JSON formats write an error object for a failed query; the others write nothing (the
  // error line goes to stderr).
  virtual void WriteError(const std::string& query, const Status& status, std::ostream& out) {}
};

std::unique_ptr<Formatter> MakeFormatter(OutputFormat format);

}  // namespace kg::cli
