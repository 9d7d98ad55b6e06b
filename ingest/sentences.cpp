// Line classification and sentence splitting.
#include "ingest/sentences.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "ingest/data_files.h"
#include "ingest/values.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> ParseMarkers(const std::string& text) {
  return nlohmann::json::parse(text).at("line_markers").get<std::vector<std::string>>();
}

// The markers of page_furniture.json: the data directory's copy, else the built-in one.
const std::vector<std::string>& FurnitureMarkers() {
  static const std::vector<std::string> markers = [] {
    const std::string name = "page_furniture.json";
    try {
      return ParseMarkers(ReadDataFile(name));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "kg: warning: %s/%s: %s; using the built-in copy\n", DataDir().c_str(),
                   name.c_str(), e.what());
    }
    try {
      return ParseMarkers(EmbeddedDataFile(name));
    } catch (const std::exception& e) {
      // Cannot happen with a tested build: the test suite reads the same text.
      std::fprintf(stderr, "kg: the built-in %s does not parse: %s\n", name.c_str(), e.what());
      std::abort();
    }
  }();
  return markers;
}

// Blog footers, tables of links, copyright lines: not statements of the text.
bool IsBoilerplate(const std::string& line) {
  if (std::count(line.begin(), line.end(), '|') >= 2) return true;
  if (line.find_first_not_of("-|:= ") == std::string::npos) return true;
  for (const std::string& m : FurnitureMarkers()) {
    if (line.find(m) != std::string::npos) return true;
  }
  return false;
}

// A short line that is only a byline or a date stamp ("입력 2025.05.04 10:00", "SEOUL,
// February 18, 2025", "By staff reporters · BRUSSELS, November 18, 2025"): a month's name
// is part of the date, and a line starting "By " is a byline.
bool IsDateLine(const std::string& line) {
  DocDate d;
  if (!ParseFullDate(line, &d)) return false;
  int hangul_or_latin = 0;
  size_t i = 0;
  while (i < line.size()) {
    size_t word_end = i;
    while (word_end < line.size() && std::isalpha(static_cast<unsigned char>(line[word_end])))
      ++word_end;
    if (word_end > i) {
      if (!IsEnglishMonthName(std::string_view(line).substr(i, word_end - i))) {
        hangul_or_latin += static_cast<int>(word_end - i);
      }
      i = word_end;
      continue;
    }
    size_t at = i;
    if (IsLetter(DecodeUtf8At(line, &i))) ++hangul_or_latin;
    if (i == at) ++i;
  }
  return hangul_or_latin <= (line.rfind("By ", 0) == 0 ? 40 : 12);
}

bool IsFinalSyllable(const std::string& ch) {
  static constexpr std::string_view kFinals[] = {"다", "요", "죠", "음", "함", "임", "됨", "까",
                                                 "니", "오", "라", "자", "지", "네", "군", "것"};
  for (std::string_view f : kFinals) {
    if (ch == f) return true;
  }
  return false;
}

bool IsEnglishAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbrev[] = {
      "Mr",  "Mrs",  "Ms",  "Dr",  "Prof", "Inc", "Corp", "Co",  "Ltd", "St",  "vs",  "etc",
      "e.g", "i.e",  "U.S", "U.K", "No",   "Jan", "Feb",  "Mar", "Apr", "Jun", "Jul", "Aug",
      "Sep", "Sept", "Oct", "Nov", "Dec",  "Gov", "Sen",  "Rep", "Jr",  "Sr"};
  for (std::string_view a : kAbbrev) {
    if (word == a) return true;
  }
  return word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));  // initials
}

// Byte offsets where sentences end inside `s` (exclusive ends), never inside quotes or
// brackets, never after an abbreviation.
std::vector<size_t> SentenceEnds(std::string_view s, bool korean) {
  std::vector<size_t> ends;
  int depth = 0;
  bool straight_double = false, straight_single = false;
  std::vector<char32_t> cps;
  size_t i = 0;
  std::string prev_char;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8At(s, &i);
    std::string ch(s.substr(start, i - start));
    switch (c) {
      case '(':
      case '[':
      case 0x300C:
      case 0x300E:
      case 0x2018:
      case 0x201C:
        ++depth;
        break;
      case ')':
      case ']':
      case 0x300D:
      case 0x300F:
      case 0x201D:
        if (depth > 0) --depth;
        break;
      case 0x2019:  // ’ closes ‘, but also writes years ('24) and apostrophes
        if (depth > 0 && !(i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))) --depth;
        break;
      case '"':
        straight_double = !straight_double;
        break;
      case '\'': {
        bool year = i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) &&
                    std::isdigit(static_cast<unsigned char>(s[i + 1]));
        bool inside_word = start > 0 && std::isalpha(static_cast<unsigned char>(s[start - 1]));
        if (!year && !inside_word) straight_single = !straight_single;
        break;
      }
      default:
        break;
    }
    bool quoted = depth > 0 || straight_double || straight_single;
    if (!quoted && (c == '.' || c == '?' || c == '!' || c == 0x3002)) {
      bool at_end = i >= s.size();
      bool space_next = !at_end && (s[i] == ' ');
      if (at_end || space_next) {
        bool ok;
        if (korean) {
          ok = IsFinalSyllable(prev_char) || c != '.' ||
               (prev_char.size() == 1 && std::isalnum(static_cast<unsigned char>(prev_char[0])));
        } else {
          size_t w = start;
          while (w > 0 && s[w - 1] != ' ') --w;
          std::string_view word = s.substr(w, start - w);
          ok = !IsEnglishAbbreviation(word);
          if (ok && space_next) {
            size_t n = i + 1;
            ok = n >= s.size() || !std::islower(static_cast<unsigned char>(s[n]));
          }
        }
        if (ok) ends.push_back(i);
      }
    }
    if (c != ' ') prev_char = ch;
  }
  return ends;
}

// "X: body" -- X short, the colon not part of a time, URL or ratio. Returns the colon offset.
size_t DefinitionColon(const std::string& line) {
  size_t colon = line.find(':');
  while (colon != std::string::npos) {
    bool digits_around = colon > 0 && colon + 1 < line.size() &&
                         std::isdigit(static_cast<unsigned char>(line[colon - 1])) &&
                         std::isdigit(static_cast<unsigned char>(line[colon + 1]));
    bool url = colon + 2 < line.size() && line[colon + 1] == '/' && line[colon + 2] == '/';
    if (!digits_around && !url) break;
    colon = line.find(':', colon + 1);
  }
  if (colon == std::string::npos || colon == 0 || colon + 1 >= line.size())
    return std::string::npos;
  if (line[colon + 1] != ' ') return std::string::npos;
  std::string topic = Trim(line.substr(0, colon));
  if (topic.empty() || CodePointCount(topic) > 40) return std::string::npos;
  int words = 1 + static_cast<int>(std::count(topic.begin(), topic.end(), ' '));
  if (words > 6) return std::string::npos;
  // A clause before the colon ("...했다:") is not a term being defined.
  std::string last = topic.size() >= 3 ? topic.substr(topic.size() - 3) : topic;
  if (last == "다") return std::string::npos;
  return colon;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  std::string nfc = Nfc(text);
  std::string out;
  out.reserve(nfc.size());
  size_t i = 0;
  while (i < nfc.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8At(nfc, &i);
    if (c == '\r') continue;
    if (c == 0x2027 || c == 0x30FB || c == 0xFF65 || c == 0x2219 || c == 0x22C5) {
      AppendUtf8(&out, 0x00B7);
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      out.push_back(static_cast<char>(c - 0xFF01 + 0x21));
    } else if (c == 0x00A0 || c == 0x3000 || c == '\t' || c == 0x2002 || c == 0x2003 ||
               c == 0x2009 || c == 0x200A) {
      out.push_back(' ');
    } else if (c == 0x200B || c == 0xFEFF) {
      // zero-width space, BOM: drop
    } else {
      out.append(nfc, start, i - start);
    }
  }
  return out;
}

std::string DetectLanguage(std::string_view text) {
  size_t hangul = 0, letters = 0;
  size_t i = 0;
  while (i < text.size() && letters < 200000) {
    char32_t c = DecodeUtf8At(text, &i);
    if (IsHangulSyllable(c)) ++hangul;
    if (IsLetter(c)) ++letters;
  }
  return letters > 0 && hangul * 10 >= letters ? "ko" : "en";
}

SplitDocument Split(std::string_view text, const std::string& language) {
  SplitDocument out;
  const bool korean = language == "ko";
  int line_no = 0, paragraph = 1, number = 0;
  bool prev_blank = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty()) {
      if (!prev_blank) ++paragraph;
      prev_blank = true;
      if (nl == text.size()) break;
      continue;
    }
    prev_blank = false;
    if (IsBoilerplate(line) || IsDateLine(line)) {
      // Footer tables and bylines date the document.
      for (size_t k = 0; k < line.size();) {
        DocDate d;
        if (!ParseFullDate(std::string_view(line).substr(k), &d)) break;
        if (d.year * 10000 + d.month * 100 + d.day >
            out.date.year * 10000 + out.date.month * 100 + out.date.day) {
          out.date = d;
        }
        size_t found = line.find(std::to_string(d.year), k);
        k = found == std::string::npos ? line.size() : found + 4;
      }
      if (nl == text.size()) break;
      continue;
    }
    Sentence::Kind kind = Sentence::Kind::kNormal;
    std::string body = line;
    for (const char* marker : {"*", "※", "**"}) {
      if (body.rfind(marker, 0) == 0) {
        kind = Sentence::Kind::kFootnote;
        body = Trim(body.substr(std::strlen(marker)));
      }
    }
    std::string topic;
    size_t body_begin = 0;
    size_t colon = DefinitionColon(body);
    if (colon != std::string::npos) {
      kind = Sentence::Kind::kDefinition;
      topic = Trim(body.substr(0, colon));
      body_begin = colon + 1;
      while (body_begin < body.size() && body[body_begin] == ' ') ++body_begin;
    }
    std::vector<size_t> ends = SentenceEnds(std::string_view(body).substr(body_begin), korean);
    size_t start = 0;
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t e : ends) {
      spans.emplace_back(start, body_begin + e);
      start = body_begin + e;
    }
    if (start < body.size()) spans.emplace_back(start, body.size());
    for (size_t k = 0; k < spans.size(); ++k) {
      std::string s =
          Trim(std::string_view(body).substr(spans[k].first, spans[k].second - spans[k].first));
      if (s.empty()) continue;
      Sentence sentence;
      sentence.number = ++number;
      sentence.line = line_no;
      sentence.paragraph = paragraph;
      sentence.kind = kind;
      sentence.text = s;
      sentence.topic = topic;
      sentence.body_begin = k == 0 ? body_begin : 0;
      out.sentences.push_back(std::move(sentence));
    }
    if (nl == text.size()) break;
  }
  return out;
}

}  // namespace kg::ingest
