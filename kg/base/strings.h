// Prefix and suffix tests on bytes (UTF-8 included: a whole-string prefix of valid UTF-8 is a
// prefix of code points), trimming, and ASCII class tests that are defined for every byte of
// UTF-8 text (::isdigit on a negative char is not). One definition for every room instead of a
// copy per file.
#pragma once

#include <string>
#include <string_view>

namespace kg {

inline bool StartsWith(std::string_view s, std::string_view prefix) { return s.starts_with(prefix); }
inline bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// `s` without the bytes of `chars` at either end (ASCII bytes: they never occur inside a UTF-8
// sequence, so a code point is never cut). A view into `s`.
inline std::string_view TrimView(std::string_view s, std::string_view chars = " ") {
  size_t begin = s.find_first_not_of(chars);
  if (begin == std::string_view::npos) return s.substr(s.size());  // empty, still inside `s`
  return s.substr(begin, s.find_last_not_of(chars) - begin + 1);
}
// The same, as a string of its own.
inline std::string Trim(std::string_view s, std::string_view chars = " ") {
  return std::string(TrimView(s, chars));
}

inline bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlphaByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace kg
