// Mention detection. Candidates from every source are collected with a priority, then chosen
// greedily without overlap (defined-in-text names first, then known names, longest first).
#include "ingest/mentions/mentions.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "ingest/ko/korean.h"
#include "ingest/mentions/emphasis.h"
#include "kg/base/unicode.h"
#include "ingest/values.h"

namespace kg::ingest {

namespace {

// ---------------------------------------------------------------- scanning helpers

struct Scan {
  std::string_view s;
  std::vector<char32_t> cp;
  std::vector<size_t> off;  // byte offset of each code point; off.back() == s.size()
  std::vector<char32_t> folded;

  explicit Scan(std::string_view text) : s(text) {
    size_t i = 0;
    while (i < s.size()) {
      off.push_back(i);
      char32_t c = DecodeUtf8At(s, &i);
      cp.push_back(c);
      folded.push_back(IsWhiteSpace(c) ? U' ' : FoldChar(c));
    }
    off.push_back(s.size());
  }
  size_t CpAt(size_t byte) const {
    return static_cast<size_t>(std::lower_bound(off.begin(), off.end(), byte) - off.begin());
  }
};

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsHan(char32_t c) { return ScriptOf(c) == Script::kHan; }
bool IsWordChar(char32_t c) { return IsLetter(c) || IsAsciiDigit(c); }

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "o3- mini" -> "o3-mini"; runs of spaces -> one.
std::string TidyName(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == ' ') {
      if (out.empty() || out.back() == ' ' || out.back() == '-') continue;
      size_t j = i;
      while (j < raw.size() && raw[j] == ' ') ++j;
      if (j < raw.size() && (raw[j] == '-' || raw[j] == ',')) continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool AllOf(std::string_view s, bool (*pred)(char32_t)) {
  std::vector<char32_t> cps = ToCodePoints(s);
  if (cps.empty()) return false;
  return std::all_of(cps.begin(), cps.end(), pred);
}

bool HasHangul(std::string_view s) {
  for (char32_t c : ToCodePoints(s)) {
    if (IsHangulSyllable(c)) return true;
  }
  return false;
}

bool HasLatinOrDigit(std::string_view s) {
  for (char32_t c : ToCodePoints(s)) {
    if (IsAsciiLetter(c) || IsAsciiDigit(c)) return true;
  }
  return false;
}

bool LatinNameChar(char32_t c) {
  return IsAsciiLetter(c) || IsAsciiDigit(c) || c == ' ' || c == '.' || c == '-' || c == '&' ||
         c == '+' || c == '\'';
}

bool HanNameChar(char32_t c) { return IsHan(c) || IsAsciiLetter(c) || IsAsciiDigit(c) || c == ' '; }

// Common Korean surnames: a titled person's name starts with one.
bool IsSurname(std::string_view syllable) {
  static const std::unordered_set<std::string_view> kSurnames = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
      "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남",
      "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채",
      "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
      "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제",
      "모", "탁", "국", "어", "은", "편", "용"};
  return kSurnames.count(syllable) > 0;
}

// Trailing punctuation and closing quotes off a word.
std::string StripTrailing(std::string s) {
  while (!s.empty() && std::strchr(".,!?;:\"')", s.back())) s.pop_back();
  return s;
}

bool TypeIsOrganisation(const std::string& type) {
  return type == "Organization" || type == "Government" || type == "Group";
}

// Two to twelve letters of Hangul, Latin or digits (a hyphen inside), with some Hangul:
// the shape of a Korean name written without a gloss (누리랩스, 누리-2, 하이퍼클로바X).
bool PlausibleName(const std::string& s) {
  std::vector<char32_t> cps = ToCodePoints(s);
  if (cps.size() < 2 || cps.size() > 12) return false;
  if (cps[0] < 128 && !std::isalpha(static_cast<int>(cps[0]))) return false;  // 24곳, 3위
  bool hangul = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (IsHangulSyllable(c)) {
      hangul = true;
    } else if (!(c < 128 && (std::isalnum(static_cast<int>(c)) || (c == '-' && i > 0 && i + 1 < cps.size())))) {
      return false;
    }
  }
  return hangul;
}

// Korean organisation suffixes: a name ending in one is an organisation.
constexpr std::string_view kOrgSuffixes[] = {"위원회", "협회", "연구소", "연구원", "재단", "그룹", "전자",
                              "은행", "증권", "공사", "공단", "대학교", "홀딩스", "기구",
                              "연합회", "조합", "정부", "의회", "판공실", "사무국"};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Latin acronyms and words that are not names on their own.
bool IsLatinStopword(const std::string& w) {
  static constexpr std::string_view kStop[] = {
      "AI", "IT", "ICT", "GPU", "GPUs", "CPU", "NPU", "TPU", "API", "APIs", "LLM", "LLMs", "AGI",
      "R&D", "CEO", "CTO", "CFO", "COO", "GDP", "IPO", "ETF", "VR", "AR", "XR", "IoT", "SaaS",
      "PC", "TV", "OS", "UI", "UX", "SW", "HW", "DB", "ML", "NLP", "DX", "AX", "5G", "6G", "RAM",
      "SSD", "GW", "MW", "KW", "TWh", "AI's", "the", "The", "and", "of", "for", "in", "on", "to",
      "a", "A", "I", "B2B", "B2C", "ESG", "M&A", "MOU", "OK", "vs", "etc", "e.g", "Inc", "PDF",
      // Capitalised at the start of an English sentence, or calendar words: not names.
      "In", "On", "At", "But", "However", "It", "Its", "This", "That", "These", "Those", "They",
      "He", "She", "We", "Our", "Their", "His", "Her", "According", "After", "Before",
      "Meanwhile", "Also", "As", "While", "When", "If", "For", "With", "By", "From", "Under",
      "Since", "During", "Last", "Next", "Earlier", "Later", "Both", "Neither", "Other", "Some",
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  for (std::string_view s : kStop) {
    if (w == s) return true;
  }
  return false;
}

// A word that can be (part of) a name: capitalised, or with a digit and a letter (o3, 5G),
// or with a capital inside (eBay, iPhone).
bool IsNameWord(const std::string& w) {
  if (w.empty()) return false;
  if (std::isupper(static_cast<unsigned char>(w[0]))) return true;
  bool digit = std::any_of(w.begin(), w.end(), ::isdigit);
  bool alpha = std::any_of(w.begin(), w.end(), ::isalpha);
  if (digit && alpha) return true;
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// Lower-case words that stay inside a name between name words: "Bank of Korea", "Ministry
// for Europe", "Charles de Gaulle".
bool IsNameConnector(const std::string& w) {
  static constexpr std::string_view kConnectors[] = {"of", "for", "de", "du", "des", "la", "le", "von", "van", "der", "del", "&"};
  return std::any_of(std::begin(kConnectors), std::end(kConnectors), [&](std::string_view c) { return w == c; });
}

// Titles that separate two names in Latin text ("Naver CEO Choi Soo-yeon").
bool IsLatinTitle(const std::string& w) {
  static constexpr std::string_view kTitles[] = {"CEO", "CTO", "CFO", "COO", "Chairman", "Chairwoman", "Chair",
                                  "President", "Founder", "Co-founder", "Director", "Minister",
                                  "Secretary", "Chancellor", "Governor", "Senator", "Mayor"};
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view t) { return w == t; });
}

// A run of Latin words cut into the parts that can be names: plain lower-case words
// ("partnered", "with") and titles end a part; connectors stay only between name words.
std::vector<std::vector<std::string>> NameSegments(const std::vector<std::string>& words) {
  std::vector<std::vector<std::string>> out(1);
  auto close = [&] {
    while (!out.back().empty() && IsNameConnector(out.back().back())) out.back().pop_back();
    if (!out.back().empty()) out.emplace_back();
  };
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    if (IsLatinTitle(w)) {
      close();
      continue;
    }
    if (IsNameWord(w) || (IsNameConnector(w) && !out.back().empty())) {
      out.back().push_back(w);
      continue;
    }
    close();
  }
  close();
  if (out.back().empty()) out.pop_back();
  return out;
}

std::string TypeFromWords(const Lexicon& lexicon, const std::string& name) {
  std::vector<std::string> words = Words(name);
  auto is_year = [](const std::string& w) {
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (words.size() > 1 && is_year(words.back())) words.pop_back();
  if (words.empty()) return "";
  const std::string& last = words.back();
  std::string type = lexicon.ClassifierType("en_last_word", last);
  if (!type.empty()) return type;
  bool digits = false, letters = false;
  for (char c : last) {
    digits |= c >= '0' && c <= '9';
    letters |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (digits && letters) return "Product";
  return "";
}

// The kind of thing a quoted name is, from the noun after the closing quote.
std::string TypeFromClassifier(const Lexicon& lexicon, std::string_view after) {
  std::string_view rest = after;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  // Skip particles glued to the closing quote (‘X’를, ‘X’라는).
  std::vector<std::string> words = Words(rest);
  for (size_t k = 0; k < words.size() && k < 2; ++k) {
    ParticleSplit ps = SplitParticles(words[k]);
    std::string w = k == 0 && IsParticleSequence(words[k]) ? "" : ps.stem;
    if (w.rfind("이라는", 0) == 0 || w.rfind("라는", 0) == 0) continue;
    std::string type = lexicon.ClassifierSuffixType("ko_after_name", w);  // also AI서비스
    if (!type.empty()) return type;
  }
  return "";
}

std::string TypeFromName(const Lexicon& lexicon, const std::string& name) {
  std::string t = lexicon.ClassifierSuffixType("ko_name_suffix", name);
  return t.empty() ? TypeFromWords(lexicon, name) : t;
}

// "Global AI Index 2024" -> "Global AI Index": a yearly edition of a work names the work.
std::string StripEditionYear(const std::string& name) {
  std::vector<std::string> words = Words(name);
  auto is_year = [](const std::string& w) {
    return w.size() == 4 && std::all_of(w.begin(), w.end(), ::isdigit) && (w[0] == '1' || w[0] == '2');
  };
  if (words.size() >= 2 && is_year(words.back())) words.pop_back();
  else if (words.size() >= 2 && is_year(words.front())) words.erase(words.begin());
  else return name;
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Phonetic class of a Latin letter for skeleton comparison (vowels, h, w, y dropped).
char LetterClass(char c) {
  switch (c) {
    case 'k': case 'g': case 'q': case 'c': case 'x': case 'j': return 'K';
    case 't': case 'd': return 'T';
    case 'p': case 'b': case 'f': case 'v': return 'P';
    case 's': case 'z': return 'S';
    case 'l': case 'r': return 'L';
    case 'm': return 'M';
    case 'n': return 'N';
    default: return 0;
  }
}

std::string Skeleton(const std::string& latin) {
  std::string lower;
  for (char c : latin) {
    if (std::isalpha(static_cast<unsigned char>(c))) lower.push_back(static_cast<char>(std::tolower(c)));
  }
  std::string out;
  for (size_t i = 0; i < lower.size(); ++i) {
    // "ng" at the end of a romanized syllable is one nasal.
    if (lower[i] == 'g' && i > 0 && lower[i - 1] == 'n' &&
        (i + 1 == lower.size() || !std::strchr("aeiouy", lower[i + 1]))) {
      continue;
    }
    char k = LetterClass(lower[i]);
    if (k && (out.empty() || out.back() != k)) out.push_back(k);
  }
  return out;
}

size_t Lcs(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

double TransliterationSimilarity(const std::string& hangul, const std::string& latin) {
  // Latin parts of the Hangul side ("즈푸AI") are compared as they are.
  std::string roman = Romanize(hangul);
  std::string a = Skeleton(roman), b = Skeleton(latin);
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(Lcs(a, b)) / static_cast<double>(std::max(a.size(), b.size()));
}

// ---------------------------------------------------------------- the finder

struct MentionFinder::Impl {
  const MentionFinder& f;
  const Sentence& sentence;
  DocEntities* ents;
  Scan scan;
  bool learning;

  std::vector<std::pair<size_t, size_t>> blocked;  // glossed parens, values: no names here
  std::vector<std::pair<size_t, size_t>> value_spans;  // dates, percentages, ranks

  struct Candidate {
    size_t begin, end;  // bytes
    int entity;
    int owner = -1;
    int priority;  // lower wins
    Mention::Source source;
  };
  std::vector<Candidate> cands;

  Impl(const MentionFinder& finder, const Sentence& s, DocEntities* e, bool learn)
      : f(finder), sentence(s), ents(e), scan(s.text), learning(learn) {}

  std::string_view text() const { return scan.s; }

  // Lexicon or document entity named exactly `surface`; -1 if none.
  int Known(std::string_view surface) {
    if (const std::vector<int>* ids = f.lexicon_names_.Exact(surface)) {
      return ents->FromLexicon(ids->front());
    }
    return ents->Find(surface);
  }

  // The eojeols ending right before byte `end` (skipping one space), up to `max`, as byte
  // starts (nearest first). Stops at punctuation.
  std::vector<size_t> HeadStarts(size_t end, int max) {
    std::vector<size_t> starts;
    std::string_view s = text();
    size_t e = end;
    while (e > 0 && s[e - 1] == ' ') --e;
    size_t pos = e;
    for (int k = 0; k < max && pos > 0; ++k) {
      size_t b = pos;
      while (b > 0 && s[b - 1] != ' ') {
        size_t prev = b - 1;
        while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80) --prev;
        size_t tmp = prev;
        char32_t c = DecodeUtf8At(s, &tmp);
        if (c == ',' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == '"' ||
            c == '\'' || c == 0x300C || c == 0x300D || c == '(' || c == ')' || c == ':' ||
            c == 0x00B7) {
          break;
        }
        b = prev;
      }
      if (b == pos) break;
      starts.push_back(b);
      if (b == 0 || s[b - 1] != ' ') break;
      pos = b - 1;
      while (pos > 0 && s[pos - 1] == ' ') --pos;
    }
    return starts;
  }

  // ------------------------------------------------------------ parentheses

  struct ParenDecision {
    enum class Kind { kNone, kAlias, kProduct } kind = Kind::kNone;
    size_t head_begin = 0, head_end = 0, close = 0;  // bytes; close = after ')'
    int entity = -1, owner = -1;
  };

  bool InListOfParens(size_t open, size_t close) {
    // "A(a), B(b), C(c)": a paren followed or preceded by ", X(" is a list of names.
    std::string_view s = text();
    size_t after = close;
    while (after < s.size() && s[after] == ' ') ++after;
    if (after < s.size() && s[after] == ',') {
      size_t next_open = s.find('(', after);
      size_t next_comma = s.find(',', after + 1);
      if (next_open != std::string_view::npos &&
          (next_comma == std::string_view::npos || next_open < next_comma)) {
        return true;
      }
    }
    size_t before = s.rfind(',', open);
    if (before != std::string_view::npos) {
      size_t prev_close = s.rfind(')', open);
      if (prev_close != std::string_view::npos && prev_close < open && prev_close + 3 >= before &&
          prev_close < before) {
        return true;
      }
    }
    return false;
  }

  ParenDecision AnalyzeParen(size_t open, size_t close_paren, bool in_quote_first_token,
                             bool in_quote) {
    ParenDecision d;
    std::string_view s = text();
    d.close = close_paren + 1;
    std::string content = Trim(s.substr(open + 1, close_paren - open - 1));
    std::string main = content.substr(0, content.find(','));
    main = Trim(main);
    if (main.empty() || HasHangul(main)) return d;  // a Korean gloss
    std::vector<size_t> starts = HeadStarts(open, 3);
    if (starts.empty()) return d;
    size_t head_end = open;
    while (head_end > 0 && s[head_end - 1] == ' ') --head_end;
    if (open - head_end > 1) return d;  // more than one space: not attached

    auto head_text = [&](size_t b) { return std::string(s.substr(b, head_end - b)); };
    bool han = AllOf(main, HanNameChar) && !AllOf(main, [](char32_t c) {
      return IsAsciiLetter(c) || IsAsciiDigit(c) || c == ' ';
    });
    if (han) {
      // Hanja: an alias of a name, or the Sino-Korean spelling of a common word.
      std::string head = head_text(starts[0]);
      if (in_quote && !in_quote_first_token) return d;
      int known = Known(head);
      bool namey = known >= 0 || HasLatinOrDigit(head) || InListOfParens(open, close_paren) ||
                   (sentence.kind == Sentence::Kind::kDefinition && open < sentence.body_begin);
      if (!namey) return d;
      d.kind = ParenDecision::Kind::kAlias;
      d.head_begin = starts[0];
      d.head_end = head_end;
      d.entity = known >= 0 ? known : ents->Intern(head, "", {});
      ents->AddAlias(d.entity, Alias{main, "zh"});
      return d;
    }
    if (!AllOf(main, LatinNameChar)) return d;
    if (AllOf(main, [](char32_t c) { return IsAsciiDigit(c) || c == '.' || c == ' '; })) return d;
    std::string latin = TidyName(main);

    // ORG(PRODUCT): a version-like name after a known organisation.
    std::string last_head = head_text(starts[0]);
    int head_known = Known(last_head);
    bool has_digit = std::any_of(latin.begin(), latin.end(), ::isdigit);
    if (has_digit && head_known >= 0 && (ents->at(head_known).type == "Organization")) {
      d.kind = ParenDecision::Kind::kProduct;
      d.head_begin = starts[0];
      d.head_end = head_end;
      d.owner = head_known;
      // The writer named the product by its maker ("미스트랄(Mistral-7B)의 출시"), so
      // that name is an alias of the product as well.
      d.entity = ents->Intern(latin, "Product", {Alias{last_head, "ko"}});
      ents->SetOwner(d.entity, head_known);
      return d;
    }
    // Acronym of the word before it: 연방수사국(FBI).
    bool acronym = latin.size() >= 2 && latin.size() <= 8 &&
                   std::all_of(latin.begin(), latin.end(), [](char c) {
                     return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '&' || c == '.';
                   });
    int best = -1;
    double best_score = 0;
    for (size_t k = 0; k < starts.size(); ++k) {
      std::string h = head_text(starts[k]);
      // A candidate that swallows another known name is not one name.
      if (k > 0) {
        bool inner_known = false;
        for (size_t m = 0; m < k; ++m) {
          std::string piece = Trim(s.substr(starts[m + 1], starts[m] - starts[m + 1]));
          if (Known(piece) >= 0) inner_known = true;
        }
        if (inner_known) continue;
      }
      double score = Known(h) >= 0 ? 1.0 : TransliterationSimilarity(h, latin);
      if (score >= best_score && score > 0) {  // ties go to the longer head
        best_score = score;
        best = static_cast<int>(k);
      }
    }
    // A title (대표이사(CEO)) or a word of the language with its English
    // (인공지능(AI), 구현(implementation)) is a gloss, not a name.
    if (f.IsTitle(latin) || f.IsTitle(last_head)) return d;
    if (head_known < 0 && Known(latin) < 0 && f.morphology_ && f.morphology_->Analyze(last_head)->known) {
      return d;
    }
    if (best >= 0 && best_score >= 0.75) {
      d.head_begin = starts[static_cast<size_t>(best)];
    } else if (acronym && (head_known >= 0 || HasHangul(last_head))) {
      d.head_begin = starts[0];
    } else {
      return d;  // a translation: 구현(implementation)
    }
    d.kind = ParenDecision::Kind::kAlias;
    d.head_end = head_end;
    std::string head = head_text(d.head_begin);
    std::string type = FollowedByTitle(d.close) ? "Person" : "";
    if (type.empty() && acronym) type = "Organization";
    int known = Known(head);
    if (known < 0) known = Known(latin);
    if (known >= 0) {
      d.entity = known;
      ents->AddAlias(known, Alias{head, "ko"});
      ents->AddAlias(known, Alias{latin, "en"});
      if (!type.empty()) ents->SetType(known, type);
    } else {
      d.entity = ents->Intern(latin, type, {Alias{head, "ko"}});
    }
    return d;
  }

  bool FollowedByTitle(size_t byte) {
    std::string_view s = text();
    size_t i = byte;
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    std::string word(s.substr(i, j - i));
    ParticleSplit ps = SplitParticles(word);
    return f.IsTitle(ps.stem) || f.IsTitle(word);
  }

  void Parens(const std::vector<std::pair<size_t, size_t>>& quotes) {
    std::string_view s = text();
    size_t i = 0;
    while ((i = s.find('(', i)) != std::string_view::npos) {
      size_t close = s.find(')', i + 1);
      size_t nested = s.find('(', i + 1);
      if (close == std::string_view::npos) break;
      if (nested != std::string_view::npos && nested < close) {
        i = nested;
        continue;
      }
      bool in_quote = false, first_token = false;
      for (const auto& [qb, qe] : quotes) {
        if (i > qb && i < qe) {
          in_quote = true;
          first_token = s.substr(qb, i - qb).find(' ') == std::string_view::npos;
        }
      }
      ParenDecision d = AnalyzeParen(i, close, first_token, in_quote);
      // A Latin gloss that is not a name (행동(Action)) must not become one later.
      if (d.kind == ParenDecision::Kind::kNone && !HasHangul(s.substr(i, close - i))) {
        blocked.emplace_back(i, close + 1);
      }
      if (d.kind != ParenDecision::Kind::kNone && !in_quote) {
        if (d.kind == ParenDecision::Kind::kProduct) {
          cands.push_back({d.head_begin, d.close, d.entity, d.owner, 0, Mention::Source::kParen});
        } else {
          cands.push_back({d.head_begin, d.close, d.entity, -1, 0, Mention::Source::kParen});
        }
      }
      i = close + 1;
    }
  }

  // ------------------------------------------------------------ quotes

  std::vector<std::pair<size_t, size_t>> QuoteSpans() {
    std::vector<std::pair<size_t, size_t>> spans;
    std::string_view s = text();
    struct Pair {
      const char* open;
      const char* close;
    } pairs[] = {{"\xE2\x80\x98", "\xE2\x80\x99"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                 {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"},
                 {"'", "'"},                       {"\"", "\""}};
    for (const Pair& p : pairs) {
      size_t i = 0;
      size_t ol = std::strlen(p.open), cl = std::strlen(p.close);
      while ((i = s.find(p.open, i)) != std::string_view::npos) {
        size_t content = i + ol;
        // '24.3월: an apostrophe before a year, not a quote.
        if (content + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[content])) &&
            std::isdigit(static_cast<unsigned char>(s[content + 1])) && content + 2 < s.size() &&
            s[content + 2] == '.') {
          i = content;
          continue;
        }
        if (ol == 1 && i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) {  // it's
          i = content;
          continue;
        }
        size_t j = content;
        size_t close = std::string_view::npos;
        while ((j = s.find(p.close, j)) != std::string_view::npos) {
          // ’ followed by two digits and '.' writes a year, keep looking.
          bool year = j + cl + 2 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + cl])) &&
                      std::isdigit(static_cast<unsigned char>(s[j + cl + 1])) && s[j + cl + 2] == '.';
          if (!year) {
            close = j;
            break;
          }
          j += cl;
        }
        if (close == std::string_view::npos) break;
        bool overlaps = false;
        for (const auto& [b, e] : spans) {
          if (i < e && close + cl > b) overlaps = true;
        }
        if (!overlaps && close > content) spans.emplace_back(i, close + cl);
        i = close + cl;
      }
    }
    return spans;
  }

  // Direct speech: "..."라고 말했다.
  bool IsSpeech(size_t after) {
    std::string_view rest = text().substr(after);
    for (const char* m : {"라고", "이라고", "라며", "이라며", "고 말", "고 밝", "며 "}) {
      if (rest.rfind(m, 0) == 0) return true;
    }
    return false;
  }

  void Quotes(const std::vector<std::pair<size_t, size_t>>& spans) {
    std::string_view s = text();
    for (const auto& [qb, qe] : spans) {
      size_t ob = qb, oe = qb;
      oe += (static_cast<unsigned char>(s[qb]) < 0x80) ? 1 : 3;
      size_t ce = qe;
      size_t cb = (static_cast<unsigned char>(s[qe - 1]) < 0x80) ? qe - 1 : qe - 3;
      (void)ob;
      std::string content = Trim(s.substr(oe, cb - oe));
      if (content.empty() || Words(content).size() > 10 || IsSpeech(ce)) continue;
      if (content.find('?') != std::string::npos && Words(content).size() > 4) {
        // A title phrased as a question: a work ('..., 우리의 대응전략은?' 자료).
      }
      std::vector<Alias> aliases;
      std::string name = content;
      std::string type;
      // A parenthesis after the first word(s) names the head: ‘아르테미스(Artemis) 계획’.
      size_t p = content.find('(');
      if (p != std::string::npos) {
        size_t q = content.find(')', p);
        if (q != std::string::npos) {
          std::string head = Trim(content.substr(0, p));
          std::string inner = Trim(content.substr(p + 1, q - p - 1));
          std::string main = Trim(inner.substr(0, inner.find(',')));
          std::string rest = Trim(content.substr(q + 1));
          bool latin = !main.empty() && AllOf(main, LatinNameChar) && !HasHangul(main) &&
                       TransliterationSimilarity(head, main) >= 0.6;
          bool han = !main.empty() && Words(head).size() == 1 && AllOf(main, HanNameChar) &&
                     !AllOf(main, [](char32_t c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == ' '; });
          if (latin) {
            // Translate the Korean words that follow: 프로젝트 -> Project, 맥스 -> Max.
            std::string tail;
            bool all = true;
            for (const std::string& w : Words(rest)) {
              if (!HasHangul(w)) {
                tail += " " + w;
                continue;
              }
              // 2.5-맥스: translate the Hangul part after a hyphen.
              size_t dash = w.rfind('-');
              std::string lead = dash == std::string::npos ? "" : w.substr(0, dash + 1);
              std::string word = dash == std::string::npos ? w : w.substr(dash + 1);
              std::string t = f.lexicon_.Transliterate(word);
              if (t.empty()) {
                all = false;
                break;
              }
              tail += " " + lead + t;
            }
            std::string korean = TidyName(head + (rest.empty() ? "" : " " + rest));
            aliases.push_back(Alias{korean, "ko"});
            name = all ? TidyName(main + tail) : korean;
            if (all) aliases.push_back(Alias{TidyName(head + " " + rest), "ko"});
          } else if (han) {
            name = head + (rest.empty() ? "" : " " + rest);
            aliases.push_back(Alias{main, "zh"});
          } else {
            name = TidyName(head + (rest.empty() ? "" : " " + rest));  // drop the gloss
          }
        }
      }
      name = TidyName(name);
      type = TypeFromClassifier(f.lexicon_, s.substr(ce));
      if (type.empty()) type = TypeFromName(f.lexicon_, name);
      if (type == "Work") {
        std::string edition = StripEditionYear(name);
        if (edition != name) {
          aliases.push_back(Alias{name, ""});
          name = edition;
        }
      }
      if (name.empty()) continue;
      int known = Known(name);
      int e = known >= 0 ? known : ents->Intern(name, type, aliases);
      if (known >= 0) {
        for (const Alias& a : aliases) ents->AddAlias(e, a);
      }
      cands.push_back({qb, qe, e, -1, 1, Mention::Source::kQuote});
    }
  }

  // ------------------------------------------------------------ gazetteer

  bool ValidStart(size_t b) {
    if (b == 0) return true;
    char32_t prev = scan.cp[b - 1], cur = scan.cp[b];
    if (!IsWordChar(prev)) return true;
    // A script change starts a word: 對중국, AI산업 (but not Latin inside Latin).
    Script ps = ScriptOf(prev), cs = ScriptOf(cur);
    if (ps == Script::kHan && cs == Script::kHangul) return true;
    if (IsAsciiLetter(cur) || IsAsciiDigit(cur)) return false;
    return false;
  }

  bool ValidEnd(size_t e) {
    if (e >= scan.cp.size()) return true;
    char32_t next = scan.cp[e];
    char32_t last = scan.cp[e - 1];
    if ((IsAsciiLetter(last) || IsAsciiDigit(last)) && (IsAsciiLetter(next) || IsAsciiDigit(next))) {
      return false;
    }
    if (!IsWordChar(next)) return true;
    // The rest of the eojeol must be particles (or a plural/side suffix plus particles).
    size_t j = e;
    while (j < scan.cp.size() && IsWordChar(scan.cp[j])) ++j;
    std::string rest = FromCodePoints(scan.cp, e, j);
    if (IsParticleSequence(rest)) return true;
    for (const char* suffix : {"들", "측", "내", "간", "산", "발", "사"}) {
      size_t n = std::strlen(suffix);
      if (rest.compare(0, n, suffix) == 0 && IsParticleSequence(rest.substr(n))) return true;
    }
    return false;
  }

  void GazetteerMatches() {
    std::vector<Gazetteer::Match> matches;
    for (size_t b = 0; b < scan.cp.size(); ++b) {
      if (scan.folded[b] == ' ' || !ValidStart(b)) continue;
      matches.clear();
      f.lexicon_names_.MatchesAt(scan.folded, b, &matches);
      size_t lexicon_count = matches.size();
      ents->names().MatchesAt(scan.folded, b, &matches);
      const Gazetteer::Match* best = nullptr;
      bool best_lexicon = false;
      for (size_t k = 0; k < matches.size(); ++k) {
        const Gazetteer::Match& m = matches[k];
        if (m.spaces > 0) {
          size_t letters = static_cast<size_t>(std::count_if(
              scan.folded.begin() + static_cast<long>(m.begin), scan.folded.begin() + static_cast<long>(m.end),
              [](char32_t c) { return c != U' '; }));
          if (letters < 4) continue;  // a stray space only inside a long name
        }
        if (scan.folded[m.end - 1] == ' ') continue;
        if (!ValidEnd(m.end)) continue;
        if (!best || m.end > best->end) {
          best = &m;
          best_lexicon = k < lexicon_count;
        }
      }
      if (!best) continue;
      int entity = best_lexicon ? ents->FromLexicon(best->ids->front()) : best->ids->front();
      cands.push_back({scan.off[best->begin], scan.off[best->end], entity, -1, 2,
                       Mention::Source::kLexicon});
    }
  }

  // ------------------------------------------------------------ Latin names

  void LatinNames() {
    std::string_view s = text();
    size_t i = 0;
    while (i < scan.cp.size()) {
      if (!IsAsciiLetter(scan.cp[i]) && !IsAsciiDigit(scan.cp[i])) {
        ++i;
        continue;
      }
      if (i > 0 && (IsAsciiLetter(scan.cp[i - 1]) || IsAsciiDigit(scan.cp[i - 1]))) {
        ++i;
        continue;
      }
      // A run of Latin words separated by single spaces.
      size_t j = i;
      size_t last_word_end = i;
      while (j < scan.cp.size()) {
        size_t k = j;
        while (k < scan.cp.size() && (IsAsciiLetter(scan.cp[k]) || IsAsciiDigit(scan.cp[k]) ||
                                      scan.cp[k] == '.' || scan.cp[k] == '-' || scan.cp[k] == '&' ||
                                      scan.cp[k] == '+')) {
          ++k;
        }
        while (k > j && (scan.cp[k - 1] == '.' || scan.cp[k - 1] == '-')) --k;
        if (k == j) break;
        last_word_end = k;
        // Continue only over one space into another Latin word.
        if (k < scan.cp.size() && scan.cp[k] == ' ' && k + 1 < scan.cp.size() &&
            (IsAsciiLetter(scan.cp[k + 1]) || IsAsciiDigit(scan.cp[k + 1]))) {
          j = k + 1;
          continue;
        }
        break;
      }
      std::string run = FromCodePoints(scan.cp, i, last_word_end);
      size_t search_from = scan.off[i];
      for (const std::vector<std::string>& segment : NameSegments(Words(run))) {
        std::vector<std::string> words = segment;
        // Drop stop words at the edges.
        while (!words.empty() && IsLatinStopword(words.front())) words.erase(words.begin());
        while (!words.empty() && IsLatinStopword(words.back())) words.pop_back();
        bool namey = std::any_of(words.begin(), words.end(), IsNameWord);
        // A bare version ("R2") is named after its sibling, not here.
        if (words.size() == 1) {
          const std::string& w = words[0];
          size_t letters = 0;
          while (letters < w.size() && std::isalpha(static_cast<unsigned char>(w[letters]))) ++letters;
          if (letters <= 2 && letters < w.size() &&
              std::all_of(w.begin() + static_cast<long>(letters), w.end(), ::isdigit)) {
            namey = false;
          }
        }
        if (words.empty() || !namey) continue;
        std::string name;
        for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
        // One letter written onto a Korean word is a label, not a name: 시리즈B, 플랜A.
        if (name.size() == 1 && i > 0 && IsHangulSyllable(scan.cp[i - 1]) && Known(name) < 0) continue;
        size_t b = s.find(name, search_from);
        if (b == std::string_view::npos) continue;
        search_from = b + name.size();
        if (ValidEnd(scan.CpAt(b + name.size()))) {
          int e = Known(name);
          if (e < 0) e = ents->Intern(name, TypeFromWords(f.lexicon_, name), {});
          cands.push_back({b, b + name.size(), e, -1, 3, Mention::Source::kLatin});
        }
      }
      i = last_word_end > i ? last_word_end : i + 1;
    }
  }

  // ------------------------------------------------------------ Korean cues

  struct Token {
    size_t begin, end;
    std::string text;
  };
  std::vector<Token> Tokens() {
    std::vector<Token> out;
    std::string_view s = text();
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && s[i] == ' ') ++i;
      size_t j = i;
      while (j < s.size() && s[j] != ' ') ++j;
      if (j > i) out.push_back({i, j, std::string(s.substr(i, j - i))});
      i = j;
    }
    return out;
  }

  // "최수연 대표": a person named before a title.
  void TitledPersons(const std::vector<Token>& tokens) {
    for (size_t k = 0; k + 1 < tokens.size(); ++k) {
      const std::string& name = tokens[k].text;
      // A Hangul syllable is three bytes: test the cheap surname first.
      if (name.size() < 6 || !IsSurname(std::string_view(name).substr(0, 3))) continue;
      if (!AllOf(name, IsHangulSyllable)) continue;
      int64_t n = CodePointCount(name);
      if (n < 2 || n > 4) continue;
      // The title follows the name, or the name of the organisation and then the title
      // (이재용 삼성전자 회장).
      auto is_title = [&](size_t t) {
        ParticleSplit title = SplitParticles(StripTrailing(tokens[t].text));
        return f.IsTitle(title.stem) || f.IsTitle(tokens[t].text);
      };
      bool titled = is_title(k + 1);
      if (!titled && k + 2 < tokens.size()) {
        int org = Known(tokens[k + 1].text);
        titled = org >= 0 && TypeIsOrganisation(ents->at(org).type) && is_title(k + 2);
      }
      if (!titled) continue;
      if (Known(name) >= 0) {
        int e = Known(name);
        if (ents->at(e).type != "Person" && !ents->at(e).type.empty()) continue;
        cands.push_back({tokens[k].begin, tokens[k].end, e, -1, 4, Mention::Source::kCue});
        continue;
      }
      int e = ents->Intern(name, "Person", {});
      cands.push_back({tokens[k].begin, tokens[k].end, e, -1, 4, Mention::Source::kCue});
    }
  }

  // "반도체 전문기업 누리반도체가", "생성형 모델 누리-2를": a name the dictionary does not know
  // right after a noun that says what kind of thing it is (lexicon.json ko_before_name), and
  // "누리랩스라는 스타트업": one followed by 라는 + such a noun.
  void ClassifiedNames(const std::vector<Token>& tokens) {
    if (!f.morphology_) return;
    for (size_t k = 0; k < tokens.size(); ++k) {
      std::string word = StripTrailing(tokens[k].text);
      std::string type;
      std::string stem;
      if (k > 0) {
        ParticleSplit prev = SplitParticles(StripTrailing(tokens[k - 1].text));
        if (prev.particle.empty() && prev.stem == tokens[k - 1].text) {
          type = f.lexicon_.ClassifierSuffixType("ko_before_name", prev.stem);
        }
        stem = SplitParticles(word).stem;
      }
      if (type.empty() && k + 1 < tokens.size()) {
        for (std::string_view quote : {"이라는", "라는"}) {
          if (word.size() > quote.size() && EndsWith(word, quote)) {
            std::string next = SplitParticles(StripTrailing(tokens[k + 1].text)).stem;
            type = f.lexicon_.ClassifierSuffixType("ko_before_name", next);
            stem = word.substr(0, word.size() - quote.size());
            break;
          }
        }
      }
      if (type.empty() || !PlausibleName(stem)) continue;
      int e = Known(stem);  // learned in the first pass, or a name the lexicon knows
      if (e < 0) {
        if (f.morphology_->Analyze(stem)->known) continue;  // a word of the language, not a name
        e = ents->Intern(stem, type, {});
      }
      cands.push_back({tokens[k].begin, tokens[k].begin + stem.size(), e, -1, 4, Mention::Source::kCue});
    }
  }

  // "… 특별위원회는": an organisation by its suffix, with up to two modifiers before it.
  void OrganizationsBySuffix(const std::vector<Token>& tokens) {
    for (size_t k = 0; k < tokens.size(); ++k) {
      ParticleSplit ps = SplitParticles(tokens[k].text);
      const std::string& stem = ps.stem;
      std::string_view suffix;
      for (std::string_view sfx : kOrgSuffixes) {
        if (EndsWith(stem, sfx)) suffix = sfx;
      }
      // Hangul, with Latin letters or digits inside ("국가AI위원회"), starting with Hangul.
      if (suffix.empty() || !AllOf(stem, [](char32_t c) { return IsHangulSyllable(c) || IsAsciiLetter(c) || IsAsciiDigit(c); }) ||
          (!HasHangul(stem.substr(0, stem.size() - suffix.size())) && !IsAsciiLetter(ToCodePoints(stem).front()))) {
        continue;
      }
      if (CodePointCount(stem) < CodePointCount(suffix) + 2) continue;  // "위원회" alone
      size_t first = k;
      // A known name needs no words before it; others may take up to two ("미국 하원
      // 특별위원회"), but not across punctuation or a verb form ("주도했으며, 삼성전자").
      for (int back = 0; back < 2 && first > 0 && Known(stem) < 0; ++back) {
        const std::string& prev = tokens[first - 1].text;
        ParticleSplit pp = SplitParticles(prev);
        if (!pp.particle.empty() || !HasHangul(prev)) break;
        std::string last = LastChar(prev);
        if (last == "한" || last == "된" || last == "는" || last == "적" || last == "게" ||
            last == "히" || last == "인" || last == "던" || last == "할" || last == "," ||
            last == "." || last == "며" || last == "고" || last == "서" || last == "다" ||
            last == "면" || last == "해" || last == "여" || last == "자" || last == "지" ||
            last == ")" || last == "\xE2\x80\x99" || last == "\xE2\x80\x9D") {
          break;
        }
        // A person's name before an organisation is an apposition (최태원 SK그룹 회장).
        int before = Known(pp.stem);
        if (before >= 0 && ents->at(before).type == "Person") break;
        --first;
      }
      size_t b = tokens[first].begin;
      size_t e = tokens[k].begin + stem.size();
      std::string name(text().substr(b, e - b));
      int known = Known(name);
      int ent = known;
      if (ent < 0) {
        // "XYZ그룹" -> "XYZ Group": a Latin name with a loanword suffix reads in English.
        std::string prefix = name.substr(0, name.size() - suffix.size());
        std::string english = f.lexicon_.Transliterate(std::string(suffix));
        if (!english.empty() && !prefix.empty() && AllOf(prefix, LatinNameChar) && prefix.back() != ' ') {
          ent = ents->Intern(prefix + " " + english, "Organization", {Alias{name, "ko"}});
        } else {
          ent = ents->Intern(name, "Organization", {});
        }
      }
      cands.push_back({b, e, ent, -1, 2, Mention::Source::kCue});
    }
  }

  // Statutes named by their suffix: "인공지능법", "반도체특별법", "AI 법", "개인정보 보호법안".
  void LawsBySuffix(const std::vector<Token>& tokens) {
    // Common words that end in 법 but name no law.
    static constexpr std::string_view kNotLaws[] = {"방법", "기법", "해법", "불법", "입법", "편법", "위법", "적법",
                                     "합법", "비법", "용법", "문법", "사법", "수법", "요법", "어법",
                                     "화법", "필법", "설법", "마법", "공법", "탈법"};
    for (size_t k = 0; k < tokens.size(); ++k) {
      ParticleSplit ps = SplitParticles(tokens[k].text);
      std::string stem = ps.stem;
      while (!stem.empty() && (stem.back() == ',' || stem.back() == '.')) stem.pop_back();
      const char* suffix = EndsWith(stem, "법안") ? "법안" : EndsWith(stem, "법") ? "법" : nullptr;
      if (!suffix) continue;
      bool common = false;
      for (std::string_view w : kNotLaws) common |= EndsWith(stem, w);
      if (common) continue;
      size_t b = tokens[k].begin;
      int64_t stem_cps = CodePointCount(stem);
      if (stem_cps == CodePointCount(suffix)) {
        // A bare "법" after its subject word: "AI 법".
        if (k == 0) continue;
        ParticleSplit prev = SplitParticles(tokens[k - 1].text);
        if (!prev.particle.empty() || prev.stem != tokens[k - 1].text ||
            !AllOf(prev.stem, [](char32_t c) { return IsHangulSyllable(c) || IsAsciiLetter(c) || IsAsciiDigit(c); })) {
          continue;
        }
        b = tokens[k - 1].begin;
      } else if (stem_cps < CodePointCount(suffix) + 2 ||
                 !AllOf(stem, [](char32_t c) { return IsHangulSyllable(c) || IsAsciiLetter(c) || IsAsciiDigit(c); })) {
        continue;  // "세법" and the like are too short to tell
      }
      size_t e = tokens[k].begin + stem.size();
      std::string name(text().substr(b, e - b));
      int known = Known(name);
      if (known < 0) known = ents->Find(FoldNameNoSpace(name));
      int ent = known >= 0 ? known : ents->Intern(name, "Law", {});
      cands.push_back({b, e, ent, -1, 2, Mention::Source::kCue});
    }
  }

  // 미·중, 한·미·일, 미-중: one-syllable country abbreviations joined by a dot or hyphen.
  void CompoundAbbreviations() {
    for (size_t i = 0; i + 2 < scan.cp.size(); ++i) {
      char32_t sep = scan.cp[i + 1];
      if (sep != 0x00B7 && sep != '-' && sep != 0x2010) continue;
      // Collect the chain around this separator.
      size_t start = i;
      while (start >= 2 && (scan.cp[start - 1] == 0x00B7 || scan.cp[start - 1] == '-')) start -= 2;
      if (start > 0 && IsWordChar(scan.cp[start - 1])) continue;
      std::vector<size_t> syllables;
      size_t k = start;
      while (k < scan.cp.size() && IsHangulSyllable(scan.cp[k])) {
        syllables.push_back(k);
        if (k + 2 < scan.cp.size() + 1 && k + 1 < scan.cp.size() &&
            (scan.cp[k + 1] == 0x00B7 || scan.cp[k + 1] == '-' || scan.cp[k + 1] == 0x2010) &&
            k + 2 < scan.cp.size() && IsHangulSyllable(scan.cp[k + 2])) {
          k += 2;
          continue;
        }
        break;
      }
      if (syllables.size() < 2) continue;
      // Every syllable an abbreviation, and the chain not part of a longer word.
      std::vector<int> countries;
      for (size_t pos : syllables) {
        int lex = f.lexicon_.CompoundAbbreviation(FromCodePoints(scan.cp, pos, pos + 1));
        if (lex < 0) break;
        countries.push_back(lex);
      }
      if (countries.size() != syllables.size()) continue;
      for (size_t m = 0; m < syllables.size(); ++m) {
        size_t pos = syllables[m];
        cands.push_back({scan.off[pos], scan.off[pos + 1], ents->FromLexicon(countries[m]), -1, 0,
                         Mention::Source::kAbbreviation});
      }
      i = syllables.back();
    }
  }

  // "네이버와 카카오벤처스, 한국산업은행 등이": in a list whose members are joined by 와/과 or
  // commas, a member the dictionary does not know is a name of the same kind as a named
  // sibling.
  void ListSiblings(const std::vector<Token>& tokens, std::vector<Mention>* chosen) {
    if (!f.morphology_) return;
    auto mention_at = [&](const Token& t) -> const Mention* {
      for (const Mention& m : *chosen) {
        if (m.begin >= t.begin && m.begin < t.end) return &m;
      }
      return nullptr;
    };
    size_t k = 0;
    while (k < tokens.size()) {
      // A run of tokens each ending in 와/과 or a comma, closed by the next token.
      size_t first = k, last = k;
      while (last + 1 < tokens.size()) {
        const std::string& t = tokens[last].text;
        ParticleSplit ps = SplitParticles(t);
        bool joins = t.back() == ',' || ((ps.particle == "와" || ps.particle == "과") && ps.role == Role::kPartner);
        if (!joins) break;
        ++last;
      }
      k = last + 1;
      if (last == first) continue;
      // A list, not a comma after an adverbial ("2016년 3월, 구글이"): joined by 와/과, closed
      // by 등, or at least three members.
      bool list = last - first >= 2;
      for (size_t i = first; i <= last; ++i) {
        ParticleSplit ps = SplitParticles(StripTrailing(tokens[i].text));
        list |= ps.list_end || ps.particle == "와" || ps.particle == "과";
      }
      // The run ends in a noun phrase with its particle (…한국산업은행 등이), not in the predicate
      // noun after 와/과 (마이크로소프트와 맞손).
      ParticleSplit closing = SplitParticles(StripTrailing(tokens[last].text));
      bool then_etc = last + 1 < tokens.size() && tokens[last + 1].text.rfind("등", 0) == 0 &&
                      IsParticleSequence(StripTrailing(tokens[last + 1].text));
      if (!list || (closing.particle.empty() && !closing.list_end && !then_etc)) continue;
      std::string type;
      for (size_t i = first; i <= last; ++i) {
        if (const Mention* m = mention_at(tokens[i])) {
          const std::string& t = ents->at(m->entity).type;
          if (!t.empty()) type = t;
        }
      }
      if (type.empty() || type == "Person") continue;  // people need their own cue
      for (size_t i = first; i <= last; ++i) {
        if (mention_at(tokens[i])) continue;
        std::string stem = SplitParticles(StripTrailing(tokens[i].text)).stem;
        if (stem.size() > 3 && EndsWith(stem, "등")) continue;
        bool value = std::any_of(value_spans.begin(), value_spans.end(), [&](const auto& v) {
          return tokens[i].begin < v.second && tokens[i].end > v.first;
        });
        if (!PlausibleName(stem) || value || f.morphology_->Analyze(stem)->known ||
            Blocked(tokens[i].begin, tokens[i].end)) {
          continue;
        }
        int e = Known(stem);
        if (e < 0) e = ents->Intern(stem, type, {});
        chosen->push_back(Mention{tokens[i].begin, tokens[i].begin + stem.size(), e, -1, Mention::Source::kCue});
      }
    }
    std::sort(chosen->begin(), chosen->end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }

  // "라마 3", "Meta Llama 3": a version after an organisation's name is its product.
  void VersionedProducts(std::vector<Mention>* chosen) {
    std::string_view s = text();
    for (size_t k = 0; k < chosen->size(); ++k) {
      Mention& m = (*chosen)[k];
      if (ents->at(m.entity).type != "Organization") continue;
      size_t i = m.end;
      if (i >= s.size() || s[i] != ' ') continue;
      ++i;
      size_t j = i;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '.' ||
                              s[j] == '-')) {
        ++j;
      }
      std::string version(s.substr(i, j - i));
      bool digit = std::any_of(version.begin(), version.end(), ::isdigit);
      if (version.empty() || !digit || version.size() > 8) continue;
      if (k + 1 < chosen->size() && (*chosen)[k + 1].begin < j) continue;
      std::string rest;
      size_t r = j;
      while (r < s.size() && s[r] != ' ') ++r;
      rest = std::string(s.substr(j, r - j));
      if (!IsParticleSequence(rest)) continue;
      const std::string& org = ents->at(m.entity).name;
      std::string name = org + (std::isalpha(static_cast<unsigned char>(version[0])) ? "-" : " ") + version;
      int known = Known(name);
      int e = known >= 0 ? known : ents->Intern(name, "Product", {});
      ents->SetOwner(e, m.entity);
      Mention pm{m.begin, j, e, m.entity, Mention::Source::kVersion};
      (*chosen)[k] = pm;
    }
  }

  static bool TypeCompatible(const std::string& type) {
    return type == "Organization" || type.empty();
  }

  // "V3" next to "Mistral-V2": a bare version takes the name of its sibling.
  void SiblingVersions(std::vector<Mention>* chosen) {
    std::string_view s = text();
    std::vector<Token> tokens = Tokens();
    for (const Token& t : tokens) {
      ParticleSplit ps = SplitParticles(t.text);
      const std::string& v = ps.stem;
      if (v.size() < 2 || v.size() > 4 || !std::isalpha(static_cast<unsigned char>(v[0]))) continue;
      size_t letters = 0;
      while (letters < v.size() && std::isalpha(static_cast<unsigned char>(v[letters]))) ++letters;
      if (letters == v.size() || letters > 2) continue;
      if (!std::all_of(v.begin() + static_cast<long>(letters), v.end(), ::isdigit)) continue;
      bool covered = std::any_of(chosen->begin(), chosen->end(), [&](const Mention& m) {
        return m.begin < t.begin + v.size() && m.end > t.begin;
      });
      if (covered) continue;
      std::string prefix = v.substr(0, letters);
      for (const Mention& m : *chosen) {
        // A copy: Intern below may grow the entity table and move the names.
        const std::string name = ents->at(m.entity).name;
        size_t dash = name.rfind('-');
        if (dash == std::string::npos || ents->at(m.entity).type != "Product") continue;
        std::string sib = name.substr(dash + 1);
        if (sib.size() > letters && sib.compare(0, letters, prefix) == 0 && sib != v &&
            std::all_of(sib.begin() + static_cast<long>(letters), sib.end(), ::isdigit)) {
          std::string full = name.substr(0, dash + 1) + v;
          int known = Known(full);
          int e = known >= 0 ? known : ents->Intern(full, "Product", {Alias{v, ""}});
          // The maker: the sibling's, or the organisation the shared prefix names.
          int owner = m.owner >= 0 ? m.owner : Known(name.substr(0, dash));
          if (owner >= 0 && !TypeCompatible(ents->at(owner).type)) owner = -1;
          ents->SetOwner(e, owner);
          chosen->push_back(Mention{t.begin, t.begin + v.size(), e, owner, Mention::Source::kVersion});
          break;
        }
      }
    }
    std::sort(chosen->begin(), chosen->end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    (void)s;
  }

  void Topic() {
    if (sentence.kind != Sentence::Kind::kDefinition || sentence.topic.empty()) return;
    std::string_view s = text();
    size_t end = s.find(sentence.topic);
    if (end != 0) return;  // only the first sentence of a definition line starts with it
    // Already covered by a paren or known name? Then nothing to add.
    std::string topic = sentence.topic;
    size_t paren = topic.find('(');
    std::string clean = Trim(paren == std::string::npos ? topic : topic.substr(0, paren));
    int known = Known(clean);
    if (known < 0) {
      // "중국 6소호": the last word after a country or organisation modifier.
      std::vector<std::string> words = Words(clean);
      if (words.size() > 1 && Known(words.front()) >= 0) {
        std::string rest = clean.substr(words.front().size() + 1);
        known = Known(rest);
      }
    }
    if (known < 0 && OnlyWordsOfTheLanguage(clean, f.morphology_, [&](const std::string& w) {
          return !f.lexicon_.ClassifierType("ko_after_name", w).empty() ||
                 !f.lexicon_.ClassifierSuffixType("ko_name_suffix", w).empty();
        })) {
      return;  // a label ("현재 상황: ..."), not a name being defined
    }
    int e = known >= 0 ? known : ents->Intern(clean, TypeFromName(f.lexicon_, clean), {});
    cands.push_back({0, clean.size(), e, -1, 1, Mention::Source::kTopic});
  }

  bool Blocked(size_t b, size_t e) const {
    return std::any_of(blocked.begin(), blocked.end(),
                       [&](const auto& span) { return b < span.second && e > span.first; });
  }

  // "(유럽연합) 인공지능법": a name qualified by the jurisdiction written before it.
  void JurisdictionQualified(const std::vector<Token>& tokens) {
    std::string_view s = text();
    for (size_t k = 0; k + 1 < tokens.size(); ++k) {
      const std::string& t = tokens[k].text;
      if (t.size() < 3 || t.front() != '(' || t.find(')') != t.size() - 1) continue;
      std::string inner = t.substr(1, t.size() - 2);
      if (Known(inner) < 0) continue;
      // Try the next one to three words after the parenthesis.
      for (size_t n = std::min<size_t>(3, tokens.size() - k - 1); n >= 1; --n) {
        size_t b = tokens[k + 1].begin, e = tokens[k + n].end;
        std::string words(s.substr(b, e - b));
        ParticleSplit ps = SplitParticles(words);
        std::string name = ps.stem.empty() ? words : ps.stem;
        int found = Known(inner + " " + name);
        if (found >= 0) {
          cands.push_back({b, b + name.size(), found, -1, 1, Mention::Source::kLexicon});
          break;
        }
      }
    }
  }

  std::vector<Mention> Choose() {
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
      if (a.priority != b.priority) return a.priority < b.priority;
      return (a.end - a.begin) > (b.end - b.begin);
    });
    std::vector<Mention> chosen;
    for (const Candidate& c : cands) {
      if (c.source != Mention::Source::kParen && c.source != Mention::Source::kQuote &&
          c.source != Mention::Source::kTopic && Blocked(c.begin, c.end)) {
        continue;
      }
      bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Mention& m) {
        return c.begin < m.end && c.end > m.begin;
      });
      if (overlaps) continue;
      chosen.push_back(Mention{c.begin, c.end, c.entity, c.owner, c.source});
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    return chosen;
  }

  std::vector<Mention> Run(const std::vector<ValueMention>& values) {
    for (const ValueMention& v : values) {
      if (v.kind == ValueMention::Kind::kMoney) blocked.emplace_back(v.begin, v.end);
      else value_spans.emplace_back(v.begin, v.end);
    }
    std::vector<std::pair<size_t, size_t>> quotes = QuoteSpans();
    Topic();
    Parens(quotes);
    Quotes(quotes);
    CompoundAbbreviations();
    std::vector<Token> tokens = Tokens();
    TitledPersons(tokens);
    ClassifiedNames(tokens);
    JurisdictionQualified(tokens);
    GazetteerMatches();
    LatinNames();
    OrganizationsBySuffix(tokens);
    LawsBySuffix(tokens);
    std::vector<Mention> chosen = Choose();
    ListSiblings(tokens, &chosen);
    VersionedProducts(&chosen);
    SiblingVersions(&chosen);
    return chosen;
  }
};

MentionFinder::MentionFinder(const Lexicon& lexicon, const Gazetteer& lexicon_names,
                             const RelationVocabulary& relations)
    : lexicon_(lexicon), lexicon_names_(lexicon_names) {
  for (const RelationDef& r : relations.relations()) {
    for (const std::string& t : r.ko_titles) titles_.insert(t);
  }
}

bool MentionFinder::IsTitle(const std::string& word) const {
  return titles_.count(word) > 0;
}

void MentionFinder::Learn(const Sentence& sentence, const std::vector<ValueMention>& values,
                          DocEntities* entities) const {
  Impl impl(*this, sentence, entities, true);
  impl.Run(values);
}

std::vector<Mention> MentionFinder::Find(const Sentence& sentence,
                                         const std::vector<ValueMention>& values,
                                         DocEntities* entities) const {
  Impl impl(*this, sentence, entities, false);
  return impl.Run(values);
}

}  // namespace kg::ingest
