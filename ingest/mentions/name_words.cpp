// Text helpers of the mention finder: trimming, name words and stopwords, Latin name
// segments, types from a name's words, transliteration similarity.

#include "ingest/mentions/mention_finder_impl.h"
#include "kg/base/strings.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "ingest/ko/korean.h"
#include "ingest/mentions/emphasis.h"
#include "ingest/values.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace mention_text {

// ---------------------------------------------------------------- scanning helpers


bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsHan(char32_t c) { return ScriptOf(c) == Script::kHan; }
bool IsWordChar(char32_t c) { return IsLetter(c) || IsAsciiDigit(c); }

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
bool IsLatinLetter(char32_t c) {
  return IsAsciiLetter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsNameWord(const std::string& w) {
  if (w.empty()) return false;
  if (std::isupper(static_cast<unsigned char>(w[0]))) return true;
  // "Øyvind", "Ángel": a capital of Latin-1 or Latin Extended-A (odd code points there are
  // small letters, Latin-1's capitals end at U+00DE).
  if (static_cast<unsigned char>(w[0]) >= 0xC0) {
    char32_t c = ToCodePoints(w.substr(0, 4)).front();
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x100 && c <= 0x17F && c % 2 == 0)) return true;
  }
  bool digit = std::any_of(w.begin(), w.end(), IsDigitByte);
  bool alpha = std::any_of(w.begin(), w.end(), IsAlphaByte);
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

bool IsLatinTitleModifier(const std::string& w) {
  static constexpr std::string_view kModifiers[] = {"Executive", "Vice", "Deputy", "Chief", "Senior",
                                                    "Acting", "Interim", "Managing", "Founding"};
  return std::any_of(std::begin(kModifiers), std::end(kModifiers), [&](std::string_view t) { return w == t; });
}

// The number of title words starting at words[k]: modifiers then a title ("Executive Chair",
// "Vice Chairman", "CEO"), or 0.
size_t LatinTitleLength(const std::vector<std::string>& words, size_t k) {
  size_t j = k;
  while (j < words.size() && IsLatinTitleModifier(words[j])) ++j;
  return j < words.size() && IsLatinTitle(words[j]) ? j - k + 1 : 0;
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
    if (size_t title = LatinTitleLength(words, k); title > 0) {
      close();
      k += title - 1;
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
    return w.size() == 4 && std::all_of(w.begin(), w.end(), IsDigitByte) && (w[0] == '1' || w[0] == '2');
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

}  // namespace mention_text

using namespace mention_text;

double TransliterationSimilarity(const std::string& hangul, const std::string& latin) {
  // Latin parts of the Hangul side ("즈푸AI") are compared as they are.
  std::string roman = Romanize(hangul);
  std::string a = Skeleton(roman), b = Skeleton(latin);
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(Lcs(a, b)) / static_cast<double>(std::max(a.size(), b.size()));
}

}  // namespace kg::ingest
