// Prefix and suffix tests on bytes (UTF-8 included: a whole-string prefix of valid UTF-8 is a
// prefix of code points). One definition for every room instead of a copy per file.
#pragma once

#include <string_view>

namespace kg {

inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.starts_with(prefix); }
inline bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

}  // namespace kg
