// JSON files (relation vocabulary, lexicon, gold) read through nlohmann_json, with errors
// that name the file, line and column instead of a byte offset.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kg/base/status.h"

namespace kg {

// Parses `text`; a syntax error becomes ParseError at {source, line, column}.
Result<nlohmann::json> ParseJson(const std::string& text, const std::string& source);
// Reads and parses a file (IOError when unreadable).
Result<nlohmann::json> ReadJsonFile(const std::string& path);
// Reads a whole file into *out.
Status ReadTextFile(const std::string& path, std::string* out);

}  // namespace kg
