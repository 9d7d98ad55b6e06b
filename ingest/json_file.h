// JSON data files (relation vocabulary, lexicon) read through nlohmann_json, with errors
// that name the file, line and column instead of a byte offset.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kg/status.h"

namespace kg::ingest {

// Parses `text`; a syntax error becomes ParseError at {source, line, column}.
Result<nlohmann::json> ParseJson(const std::string& text, const std::string& source);
// Reads and parses a file (IOError when unreadable).
Result<nlohmann::json> ReadJsonFile(const std::string& path);
// Reads a whole file into *out.
Status ReadTextFile(const std::string& path, std::string* out);

// The directory of kg's data files: $KG_DATA_DIR, else the source tree's ingest/data.
std::string DataDir();
// Text of a data file compiled into the binary ("relations.json", "lexicon.json"); empty if
// none.
std::string EmbeddedDataFile(const std::string& name);

}  // namespace kg::ingest
