// One renderer per output format (table, json, ndjson, tsv, csv), chosen once from the
// format's name. A renderer writes single answers (one-shot, REPL) and batch streams, where
// every format stays one valid stream: json one array, ndjson one object per line, table and
// csv/tsv one table per query headed by "# FILE:LINE: QUERY".
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "kg/engine.h"

namespace kg::cli {

enum class OutputFormat { kTable, kJson, kNdjson, kTsv, kCsv };

// False for an unknown name.
bool ParseFormat(const std::string& name, OutputFormat* format);
const char* FormatName(OutputFormat format);

// Where a batch item came from; null for a single answer outside a batch.
struct Place {
  std::string source;  // the .kgq file
  int64_t line = 0;
};

class Formatter {
 public:
  virtual ~Formatter() = default;
  // Brackets a batch stream (json writes "[" and "]"); items go between them.
  virtual void BeginStream(std::ostream& out) {}
  virtual void EndStream(std::ostream& out) {}
  // Writes an answer. `evidence` adds the facts and sentences behind each row (table); JSON
  // always carries them.
  virtual void WriteResult(const ResultSet& result, bool evidence, const Place* place,
                           std::ostream& out) = 0;
  // A failed query: JSON formats write an error object; in a batch the others name the query
  // and the error; alone they write nothing (the error line goes to stderr).
  virtual void WriteError(const std::string& query, const Status& status, const Place* place,
                          std::ostream& out) = 0;
  // What a dot-command printed (`.stats`, `.relations` ...), as an item of the stream.
  virtual void WriteCommandOutput(const std::string& command, const std::string& text,
                                  const Place* place, std::ostream& out) = 0;
};

std::unique_ptr<Formatter> MakeFormatter(OutputFormat format);

}  // namespace kg::cli
