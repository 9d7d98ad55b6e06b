// The completion context: a small tokenizer over the text before the cursor that knows
// dot-commands, quotes, brackets, ?variables and where a pattern atom's relation stands.
#include "kg/cli/completion.h"

#include <algorithm>
#include <cctype>

#include "kg/base/unicode.h"
#include "kg/cli/dot_commands.h"

namespace kg::cli {

namespace {

struct Token {
  std::string text;
  size_t start = 0;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool IsPunct(char c) {
  return c == ',' || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}';
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool StartsWithFolded(const std::string& text, const std::string& prefix) {
  return FoldName(text).rfind(FoldName(prefix), 0) == 0;
}

// A name is written bare when the grammar's bare names allow it (letters, digits, non-ASCII,
// _ - . ' & / +); otherwise in quotes.
bool NeedsQuotes(const std::string& name) {
  if (name.empty()) return true;
  for (unsigned char c : name) {
    if (c >= 0x80 || std::isalnum(c)) continue;
    if (c == '_' || c == '-' || c == '.' || c == '\'' || c == '&' || c == '/' || c == '+') continue;
    return true;
  }
  return false;
}

// Splits `text` into tokens; `open_quote` is the offset of a quote left open at the end, or npos.
std::vector<Token> Tokenize(const std::string& text, size_t* open_quote) {
  std::vector<Token> tokens;
  *open_quote = std::string::npos;
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
    } else if (text[i] == '"') {
      size_t end = i + 1;
      while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
      if (end >= text.size()) {
        *open_quote = i;
        return tokens;
      }
      tokens.push_back({text.substr(i, end + 1 - i), i});
      i = end + 1;
    } else if (IsPunct(text[i])) {
      tokens.push_back({std::string(1, text[i]), i});
      ++i;
    } else {
      size_t end = i;
      while (end < text.size() && !IsSpace(text[end]) && !IsPunct(text[end]) && text[end] != '"')
        ++end;
      tokens.push_back({text.substr(i, end - i), i});
      i = end;
    }
  }
  return tokens;
}

enum class Want { kNothing, kName, kRelation, kQualifierKey };

bool IsQuestionWord(const std::string& w) {
  static const char* kWords[] = {"who", "what", "which", "how",  "when", "where", "is",    "are",
                                 "was", "were", "did",   "does", "do",   "tell",  "about", "has"};
  std::string l = Lower(w);
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* k) { return l == k; });
}

// What goes in the token being typed, given the complete tokens before it.
Want WhatGoesAfter(const std::vector<Token>& before) {
  if (before.empty()) return Want::kName;  // a name or a question word: names only when typed
  const std::string first = Lower(before[0].text);
  if (first == "path") return Want::kName;
  bool pattern = first == "select" || first == "count" || first[0] == '?' || first[0] == '"' ||
                 first[0] == '<';
  if (!pattern) {
    if (IsQuestionWord(first) || static_cast<unsigned char>(first[0]) >= 0x80) return Want::kName;
    pattern =
        before.size() < 3 || before[1].text[0] == '?' ||
        std::any_of(before.begin(), before.end(), [](const Token& t) { return t.text[0] == '?'; });
    if (!pattern) return Want::kName;
  }
  // The position inside the current atom, after its separator; brackets hold qualifiers.
  int depth = 0, position = 0;
  bool after_key = false, in_projection = first == "select";
  for (const Token& t : before) {
    const std::string w = Lower(t.text);
    if (w == "[") {
      ++depth;
      after_key = false;
      continue;
    }
    if (w == "]") {
      depth = std::max(0, depth - 1);
      continue;
    }
    if (depth > 0) {
      after_key = !after_key && w != ",";
      continue;
    }
    if (w == "where") in_projection = false;
    if (w == "," || w == "and" || w == "or" || w == "where" || w == "optional" || w == "select" ||
        w == "count" || w == "(" || w == ")") {
      position = 0;
      continue;
    }
    if (w == "{" || w == "}" || w[0] == '{') continue;
    ++position;
  }
  if (depth > 0) return after_key ? Want::kNothing : Want::kQualifierKey;
  if (in_projection) return Want::kNothing;
  if (position == 1) return Want::kRelation;
  if (position == 0 || position == 2) return Want::kName;
  return Want::kNothing;
}

std::string CommonPrefix(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string prefix = items[0];
  for (const std::string& s : items) {
    size_t n = 0;
    while (n < prefix.size() && n < s.size() && prefix[n] == s[n]) ++n;
    prefix.resize(n);
  }
  // Never end inside a UTF-8 sequence: drop a last character whose bytes are not all there.
  size_t lead = prefix.size();
  while (lead > 0 && (static_cast<unsigned char>(prefix[lead - 1]) & 0xC0) == 0x80) --lead;
  if (lead > 0 && static_cast<unsigned char>(prefix[lead - 1]) >= 0xC0) {
    unsigned char c = static_cast<unsigned char>(prefix[lead - 1]);
    size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (prefix.size() - (lead - 1) < length) prefix.resize(lead - 1);
  } else {
    prefix.resize(lead);  // stray continuation bytes
  }
  return prefix;
}

// Fills `out` from `words` (bare completions) that start with `typed`.
void Offer(const std::vector<std::string>& words, const std::string& typed, bool folded,
           Completion* out) {
  for (const std::string& w : words) {
    bool match = folded ? StartsWithFolded(w, typed) : w.rfind(typed, 0) == 0;
    if (match &&
        std::find(out->candidates.begin(), out->candidates.end(), w) == out->candidates.end()) {
      out->candidates.push_back(w);
    }
  }
}

void CompleteDotCommand(const std::string& line, size_t dot, Completion* out) {
  size_t space = line.find_first_of(" \t", dot);
  if (space == std::string::npos) {  // the command's name
    out->start = dot;
    std::vector<std::string> names;
    for (const DotCommandSpec& c : DotCommands()) names.push_back(std::string(".") + c.name);
    Offer(names, line.substr(dot), false, out);
    return;
  }
  std::string name = line.substr(dot + 1, space - dot - 1);
  size_t arg = line.find_first_not_of(" \t", space);
  out->start = arg == std::string::npos ? line.size() : arg;
  for (const DotCommandSpec& c : DotCommands()) {
    if (name != c.name) continue;
    std::vector<std::string> words;
    if (c.arg == ArgKind::kSwitch) words = {"on", "off"};
    if (c.arg == ArgKind::kFormat) words = {"table", "json", "ndjson", "tsv", "csv"};
    Offer(words, line.substr(out->start), false, out);
  }
}

}  // namespace

Completion Complete(const std::string& pending, const std::string& line, CompletionSource& source) {
  Completion out;
  out.start = line.size();
  size_t first = line.find_first_not_of(" \t");
  if (pending.empty() && first != std::string::npos && line[first] == '.') {
    CompleteDotCommand(line, first, &out);
  } else {
    const std::string text = pending.empty() ? line : pending + " " + line;
    const size_t line_start = text.size() - line.size();
    size_t open_quote;
    std::vector<Token> tokens = Tokenize(text, &open_quote);
    std::string typed;
    bool quoted = open_quote != std::string::npos;
    if (quoted) {
      out.start = std::max(open_quote + 1, line_start) - line_start;
      typed = text.substr(open_quote + 1);
    } else if (!tokens.empty() && !text.empty() && !IsSpace(text.back()) && !IsPunct(text.back())) {
      out.start = std::max(tokens.back().start, line_start) - line_start;
      typed = tokens.back().text;
      tokens.pop_back();
    }
    Want want = WhatGoesAfter(tokens);
    if (want == Want::kRelation && !quoted) {
      Offer(source.Relations(), typed, false, &out);
    } else if (want == Want::kQualifierKey && !quoted) {
      Offer({"amount", "date", "period", "place", "role", "rank", "status", "negated"}, typed,
            false, &out);
    } else if (want == Want::kName && !typed.empty() && typed[0] != '?' && typed[0] != '<') {
      std::vector<std::string> names = source.Names(typed);
      std::sort(names.begin(), names.end());
      Offer(names, typed, true, &out);
      // The prefix the names share, as written; a name that needs quotes gets them.
      std::string common = CommonPrefix(out.candidates);
      if (FoldName(common).size() < FoldName(typed).size()) common = typed;
      for (std::string& c : out.candidates) {
        if (quoted)
          c += "\"";
        else if (NeedsQuotes(c))
          c = "\"" + c + "\"";
      }
      if (out.candidates.size() == 1) {
        out.insert = out.candidates[0];
      } else {
        out.insert = !quoted && NeedsQuotes(common) && !common.empty() ? "\"" + common : common;
      }
      if (out.candidates.empty()) out.insert = typed;
      return out;
    }
  }
  if (out.candidates.size() == 1) {
    out.insert = out.candidates[0];
  } else {
    out.insert = CommonPrefix(out.candidates);
    if (out.insert.size() < line.size() - out.start) out.insert = line.substr(out.start);
  }
  return out;
}

}  // namespace kg::cli
