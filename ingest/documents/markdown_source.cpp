// Front matter and shortcodes, cut from Markdown source with its line numbering kept.
#include "ingest/documents/markdown_source.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "ingest/documents/block_builder.h"

namespace kg::ingest::documents {

namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A scalar as YAML or TOML writes it on one line: quoted ('it''s', "a \"b\""), or plain up to
// a " #" comment.
std::string Scalar(std::string_view v) {
  v = TrimSpaces(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) {
    char q = v.front();
    std::string out;
    for (size_t i = 1; i < v.size(); ++i) {
      if (v[i] == q) {
        if (q == '\'' && i + 1 < v.size() && v[i + 1] == '\'') {
          out += '\'';
          ++i;
          continue;
        }
        return out;
      }
      if (q == '"' && v[i] == '\\' && i + 1 < v.size()) ++i;
      out += v[i];
    }
    return out;  // no closing quote: what there is
  }
  size_t hash = v.find(" #");
  if (hash != std::string_view::npos) v = TrimSpaces(v.substr(0, hash));
  return std::string(v);
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// Reads `key: value` (YAML) or `key = value` (TOML) lines at the top level of the front matter.
void ReadKeys(const std::vector<std::string_view>& lines, bool toml, FrontMatter* fm) {
  std::string date, publish_date;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '#') continue;
    size_t sep = line.find(toml ? '=' : ':');
    if (sep == std::string_view::npos) continue;
    std::string key = Lower(TrimSpaces(line.substr(0, sep)));
    std::string_view raw = TrimSpaces(line.substr(sep + 1));
    std::string value;
    if (!toml && !raw.empty() && (raw[0] == '>' || raw[0] == '|')) {
      // A block scalar: the indented lines that follow, folded into one line.
      for (size_t j = i + 1;
           j < lines.size() && !lines[j].empty() && (lines[j][0] == ' ' || lines[j][0] == '\t');
           ++j) {
        value += ' ';
        value.append(TrimSpaces(lines[j]));
      }
      value = CollapseSpaces(value);
    } else {
      value = CollapseSpaces(Scalar(raw));
    }
    if (key == "title" && fm->title.empty()) fm->title = value;
    if (key == "date" && date.empty()) date = IsoDate(value);
    if ((key == "publishdate" || key == "published" || key == "pubdate") && publish_date.empty()) {
      publish_date = IsoDate(value);
    }
  }
  fm->date = !date.empty() ? date : publish_date;
}

}  // namespace

std::string CutFrontMatter(std::string_view text, FrontMatter* front_matter) {
  *front_matter = FrontMatter();
  size_t first_nl = text.find('\n');
  if (first_nl == std::string_view::npos) return std::string(text);
  std::string_view fence = TrimSpaces(text.substr(0, first_nl));
  bool toml = fence == "+++";
  if (fence != "---" && !toml) return std::string(text);
  // Find the closing fence line.
  size_t pos = first_nl + 1;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = TrimSpaces(text.substr(pos, end - pos));
    if (toml ? line == "+++" : (line == "---" || line == "...")) {
      ReadKeys(Lines(text.substr(first_nl + 1, pos - first_nl - 1)), toml, front_matter);
      size_t cut = nl == std::string_view::npos ? text.size() : nl;
      std::string out(static_cast<size_t>(std::count(text.begin(), text.begin() + cut, '\n')),
                      '\n');
      out.append(text.substr(cut));
      return out;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return std::string(text);
}

std::string CutShortcodes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool unclosed[2] = {false, false};  // "{{<" / "{{%" openings with no closing left in the text
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find("{{", i);
    if (open == std::string_view::npos || open + 2 >= text.size()) break;
    char kind = text[open + 2];
    int k = kind == '<' ? 0 : kind == '%' ? 1 : -1;
    if (k < 0 || unclosed[k]) {
      out.append(text.substr(i, open + 2 - i));
      i = open + 2;
      continue;
    }
    size_t close = text.find(k == 0 ? ">}}" : "%}}", open + 3);
    if (close == std::string_view::npos) {
      unclosed[k] = true;
      out.append(text.substr(i, open + 2 - i));
      i = open + 2;
      continue;
    }
    out.append(text.substr(i, open - i));
    out.append(static_cast<size_t>(std::count(text.begin() + open, text.begin() + close, '\n')),
               '\n');
    i = close + 3;
  }
  out.append(text.substr(std::min(i, text.size())));
  return out;
}

}  // namespace kg::ingest::documents
