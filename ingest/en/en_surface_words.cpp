// Word-level reading for the English surface rules: see en_surface_words.h.
#include "ingest/en/en_surface_words.h"

#include <algorithm>
#include <cctype>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest::surface {

std::vector<Word> Words(const std::string& s) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '\'' ||
                             static_cast<unsigned char>(s[i]) >= 0x80)) {
      ++i;
    }
    size_t j = i;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '\'' ||
                            s[j] == '-' || static_cast<unsigned char>(s[j]) >= 0x80)) {
      ++j;
    }
    if (j > i) {
      out.push_back({i, j, LowerAscii(s.substr(i, j - i))});
    }
    i = j;
  }
  return out;
}

bool OneOf(const std::string& w, std::initializer_list<const char*> list) {
  for (const char* x : list) {
    if (w == x) return true;
  }
  return false;
}

bool IsListGlue(const std::vector<Word>& words) {
  bool joiner = false;
  for (const Word& w : words) {
    if (OneOf(w.lower, {"and", "or"})) {
      joiner = true;
    } else if (!OneOf(w.lower, {"the", "both", "also"})) {
      return false;
    }
  }
  return words.empty() || joiner;
}

std::string WithoutValues(const std::string& s, size_t begin, size_t end,
                          const std::vector<ValueMention>& values) {
  std::string out;
  size_t at = begin;
  for (const ValueMention& v : values) {
    if (v.end <= at || v.begin >= end) continue;
    if (v.begin > at) out += s.substr(at, v.begin - at);
    out += ' ';
    at = std::max(at, v.end);
  }
  if (at < end) out += s.substr(at, end - at);
  return out;
}

size_t ClauseEnd(const std::string& s, size_t from) {
  size_t end = s.size();
  for (const char* mark : {", and ", ", but ", "; ", ", while ", ", which ", " and then "}) {
    size_t at = s.find(mark, from);
    if (at != std::string::npos) end = std::min(end, at);
  }
  return end;
}

}  // namespace kg::ingest::surface
