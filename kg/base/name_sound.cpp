// Consonant classes heard in a Latin or Hangul name (see name_sound.h). The classes are those
// Korean hears: K (ㄱㅋㄲ, k g c q), T (ㄷㅌㄸ, t d), P (ㅂㅍㅃ, p b f v), S (ㅅㅆㅈㅊㅉ, s z j ch
// sh), M, N, G (final ㅇ, ng), L (ㄹ, l r), H (ㅎ, h before a vowel). Hangul syllables are
// decomposed by the Unicode algorithm (initial, vowel, final).
#include "kg/base/name_sound.h"

#include <algorithm>
#include <cstdlib>

#include "kg/base/unicode.h"

namespace kg {

namespace {

constexpr char32_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;
// By initial index (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ); '-' is the silent ㅇ.
constexpr const char* kInitials = "KKNTTLMPPSS-SSSKTPH";
// By final index (none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ):
// a final ㅅ is a foreign final t (마켓 market, 넷 net).
constexpr const char* kFinals = "-KKKNNNTLLLLLLLLMPPTTGTTKTPT";
constexpr int kVowelEu = 18;       // ㅡ, the vowel Hangul adds to split a cluster (스, 트)
constexpr int kFinalRieul = 8;     // final ㄹ
constexpr int kInitialRieul = 5;   // initial ㄹ
// Enough for a name of several words each read two ways (spelled or translated, a soft or
// hard g): 국가 디지털 전환 지수 for "National Digital Transition Index".
constexpr size_t kMaxReadings = 256;
constexpr size_t kMinConsonants = 3;

bool IsSyllable(char32_t c) { return c >= kFirstSyllable && c <= kLastSyllable; }
bool IsVowelLetter(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }
bool IsSoftener(char c) { return c == 'e' || c == 'i' || c == 'y'; }

// One position of a reading: the ways it may sound, each with the vowels it adds.
struct Option {
  std::string consonants;
  int vowels = 0;
};
using Choices = std::vector<Option>;

struct Reading {
  std::vector<Choices> parts;
  void Add(Choices c) { parts.push_back(std::move(c)); }
  void Add(const char* one) { parts.push_back({Option{one, 0}}); }
  void AddEither(const char* a, const char* b) { parts.push_back({Option{a, 0}, Option{b, 0}}); }
  void AddVowel() { parts.push_back({Option{"", 1}}); }
};

// Every way a reading may sound (at most kMaxReadings).
std::vector<Option> Expand(const Reading& r) {
  std::vector<Option> readings = {Option{}};
  for (const Choices& choices : r.parts) {
    std::vector<Option> next;
    for (const Option& so_far : readings) {
      for (const Option& c : choices) {
        if (next.size() < kMaxReadings) {
          next.push_back(Option{so_far.consonants + c.consonants, so_far.vowels + c.vowels});
        }
      }
    }
    readings = std::move(next);
  }
  return readings;
}

// `next` is the code point after `c` (0 at the end): 으 with a final ㄹ before an initial ㄹ
// (플레이 play, 블루 blue, 클라우드 cloud) writes an l-cluster, no vowel heard.
void ReadSyllable(char32_t c, char32_t next, Reading* r) {
  int index = static_cast<int>(c - kFirstSyllable);
  int initial = index / 588, vowel = (index % 588) / 28, final = index % 28;
  bool l_cluster = vowel == kVowelEu && final == kFinalRieul && IsSyllable(next) &&
                   static_cast<int>(next - kFirstSyllable) / 588 == kInitialRieul;
  if (kInitials[initial] != '-') r->Add(std::string(1, kInitials[initial]).c_str());
  if (!(vowel == kVowelEu && final == 0) && !l_cluster) r->AddVowel();
  if (kFinals[final] != '-') r->Add(std::string(1, kFinals[final]).c_str());
}

// One run of Latin letters and digits, lower case.
void ReadLatinWord(const std::string& w, Reading* r) {
  auto at = [&](size_t i) { return i < w.size() ? w[i] : '\0'; };
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i], next = at(i + 1);
    if (c >= '0' && c <= '9') {
      r->Add(std::string(1, c).c_str());
      continue;
    }
    if (IsVowelLetter(c)) {
      if (i == 0 || !IsVowelLetter(w[i - 1])) r->AddVowel();
      continue;
    }
    switch (c) {
      case 'b': case 'f': case 'v': r->Add("P"); break;
      case 'p':
        r->Add("P");
        if (next == 'h') ++i;
        break;
      case 'c':
        if (next == 'h') { r->AddEither("S", "K"); ++i; }  // chip 칩, tech 텍
        else if (next == 'k') { r->Add("K"); ++i; }
        else r->Add(IsSoftener(next) ? "S" : "K");
        break;
      case 'd': r->Add("T"); break;
      case 't':
        if (next == 'h') { r->AddEither("T", "S"); ++i; }
        else if (next == 'i' && (at(i + 2) == 'a' || at(i + 2) == 'o' || at(i + 2) == 'u')) r->Add("S");
        else if (next == 'c' && at(i + 2) == 'h') {}  // 'tch' sounds as its 'ch'
        else r->Add("T");
        break;
      case 'g':
        if (next == 'h') { if (i == 0) r->Add("K"); ++i; }  // silent inside: 'night'
        else if (IsSoftener(next)) r->AddEither("K", "S");
        else r->Add("K");
        break;
      case 'h':
        if (IsVowelLetter(next)) r->Add("H");
        break;
      case 's':
        r->Add("S");
        if (next == 'h') ++i;
        break;
      case 'j': case 'z': r->Add("S"); break;
      case 'x': r->Add(i == 0 ? "S" : "KS"); break;
      case 'k': case 'q': r->Add("K"); break;
      case 'l': if (i == 0) r->AddEither("L", "");  // 이 for Lee
        else r->Add("L");
        break;
      case 'r':
        if (i == 0) r->AddEither("L", "");
        // before a word-final silent e, Korean may not sound it either: core 코어, square 스퀘어
        else if (next == 'e' && at(i + 2) == '\0' && IsVowelLetter(w[i - 1])) r->AddEither("L", "");
        // a final -re after a consonant is the -er of other spellings: centre 센터, metre 미터
        else if (next == 'e' && at(i + 2) == '\0') r->AddEither("", "L");
        else if (IsVowelLetter(next)) r->Add("L");
        else if (next == '\0' && IsVowelLetter(w[i - 1])) r->AddEither("", "L");  // 에테르
        break;  // before a consonant Korean does not sound it: market 마켓
      case 'm': r->Add("M"); break;
      case 'n':
        if (next == 'g') { r->Add("G"); ++i; }
        else r->Add(next == 'k' ? "G" : "N");
        break;
      default: break;  // w and anything else: part of a vowel, or silent
    }
  }
}

Reading Read(std::string_view folded, const NameWords* words);

// A Latin word: as spelled, or as the Korean word(s) a name writes for it (materials 소재).
void ReadLatinOrTranslated(const std::string& w, const NameWords* words, Reading* r) {
  auto it = words ? words->find(w) : NameWords::const_iterator();
  if (!words || it == words->end()) {
    ReadLatinWord(w, r);
    return;
  }
  Reading spelled;
  ReadLatinWord(w, &spelled);
  Choices either = Expand(spelled);
  for (const std::string& korean : it->second) {
    Choices read = Expand(Read(korean, nullptr));
    if (!read.empty()) either.push_back(read.front());
  }
  r->Add(std::move(either));
}

Reading Read(std::string_view folded, const NameWords* words) {
  Reading r;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) ReadLatinOrTranslated(word, words, &r);
    word.clear();
  };
  std::vector<char32_t> cps = ToCodePoints(std::string(folded));
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if (c == '-' && !word.empty()) {
      // A romanised given name's syllables (Hye-rin): one word, so no initial-sound rule
      // after the hyphen.
    } else {
      flush();
      if (IsSyllable(c)) ReadSyllable(c, i + 1 < cps.size() ? cps[i + 1] : 0, &r);
    }
  }
  flush();
  return r;
}

std::string Collapsed(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

}  // namespace

bool HasHangul(std::string_view text) {
  for (char32_t c : ToCodePoints(std::string(text))) {
    if (IsSyllable(c)) return true;
  }
  return false;
}

std::vector<NameSound> LatinSounds(std::string_view folded, const NameWords* words) {
  std::vector<NameSound> out;
  for (const Option& o : Expand(Read(folded, words))) {
    NameSound sound{Collapsed(o.consonants), o.vowels};
    bool seen = std::any_of(out.begin(), out.end(), [&](const NameSound& other) {
      return other.consonants == sound.consonants && other.vowels == sound.vowels;
    });
    if (!seen) out.push_back(sound);
  }
  return out;
}

NameSound HangulSound(std::string_view folded) {
  Reading r = Read(folded, nullptr);
  Option first;
  for (const Choices& choices : r.parts) {
    first.consonants += choices.front().consonants;
    first.vowels += choices.front().vowels;
  }
  return NameSound{Collapsed(first.consonants), first.vowels};
}

bool Distinctive(const NameSound& sound) { return sound.consonants.size() >= kMinConsonants; }

bool SoundAlike(const NameSound& latin, const NameSound& hangul) {
  if (!Distinctive(latin) || latin.consonants != hangul.consonants) return false;
  int tolerance = std::max(1, hangul.vowels / 3);
  return std::abs(latin.vowels - hangul.vowels) <= tolerance;
}

}  // namespace kg
