// Prefix and suffix tests on bytes (UTF-8 included: a whole-string prefix of valid UTF-8 is a
// prefix of code points), and ASCII class tests that are defined for every byte of UTF-8 text
// (::isdigit on a negative char is not). One definition for every room instead of a copy per
// file.
#pragma once

#include <string_view>

namespace kg {

inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.starts_with(prefix); }
inline bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

inline bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlphaByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace kg
