// JSON loading with located errors.
#include "kg/base/json_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kg/base/unicode.h"

namespace kg {


Result<nlohmann::json> ParseJson(const std::string& text, const std::string& source) {
  int64_t bad = FindInvalidUtf8(text);
  if (bad >= 0) {
    Location where{source, 0, 0, bad};
    LineColumn(text, static_cast<size_t>(bad), &where.line, &where.column);
    return Status::ParseError("invalid UTF-8", where);
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Location where{source, 0, 0, static_cast<int64_t>(e.byte)};
    // e.byte is 1-based and points just past the offending character.
    LineColumn(text, e.byte > 0 ? e.byte - 1 : 0, &where.line, &where.column);
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
    size_t colon = what.find("syntax error");
    std::string message = colon != std::string::npos ? what.substr(colon) : what;
    return Status::ParseError("malformed JSON: " + message, where);
  } catch (const nlohmann::json::exception& e) {
    // A number too large for a double: "[json.exception.out_of_range.406] number overflow
    // parsing '1e999'". It carries no position; the number's first occurrence is its place.
    std::string what = e.what();
    size_t text_at = what.find("] ");
    std::string message = text_at != std::string::npos ? what.substr(text_at + 2) : what;
    Location where{source, 0, 0, -1};
    size_t open = message.find('\''), close = message.rfind('\'');
    if (open != std::string::npos && close > open + 1) {
      size_t at = text.find(message.substr(open + 1, close - open - 1));
      if (at != std::string::npos) {
        LineColumn(text, at, &where.line, &where.column);
      }
    }
    return Status::ParseError("malformed JSON: " + message, where);
  }
}

Status ReadTextFile(const std::string& path, std::string* out) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    return Status::IOError(path + ": " + (errno == ENOENT ? "no such file" : std::strerror(errno)));
  }
  if (S_ISDIR(st.st_mode)) return Status::IOError(path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::OK();
}

Result<nlohmann::json> ReadJsonFile(const std::string& path) {
  std::string text;
  KG_RETURN_IF_ERROR(ReadTextFile(path, &text));
  return ParseJson(text, path);
}

}  // namespace kg
