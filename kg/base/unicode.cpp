// ICU behind the small interface of unicode.h. Hot paths (name folding during bulk import)
// take an ASCII fast path; everything else goes through ICU.
#include "kg/base/unicode.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace kg {

namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string ToUtf8(const icu::UnicodeString& us) {
  std::string out;
  us.toUTF8String(out);
  return out;
}

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string Normalize(const icu::Normalizer2* norm, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString us = FromUtf8(text);
  icu::UnicodeString result = norm->normalize(us, status);
  if (U_FAILURE(status)) return std::string(text);
  return ToUtf8(result);
}

const icu::Normalizer2* NfcInstance() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFCInstance(status);
}

const icu::Normalizer2* NfkcInstance() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFKCInstance(status);
}

const icu::Normalizer2* NfkcCasefoldInstance() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFKCCasefoldInstance(status);
}

// Collapses white space runs to one ' ' (or removes them) and trims.
std::string CollapseSpaces(std::string_view s, bool keep_single) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && (u_isUWhiteSpace(c) || c == 0x200B)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space && keep_single) out.push_back(' ');
    pending_space = false;
    out.append(s.data() + start, i - start);
  }
  return out;
}

}  // namespace

int64_t FindInvalidUtf8(std::string_view bytes) {
  const char* s = bytes.data();
  const int64_t n = static_cast<int64_t>(bytes.size());
  int64_t i = 0;
  while (i < n) {
    // Fast skip over ASCII.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    // U8_NEXT works on int32 lengths: feed it a window.
    int32_t window = static_cast<int32_t>(std::min<int64_t>(n - i, 8));
    int32_t j = 0;
    UChar32 c;
    U8_NEXT(s + i, j, window, c);
    if (c < 0) return i;
    i += j;
  }
  return -1;
}

int64_t FindNul(std::string_view bytes) {
  size_t pos = bytes.find('\0');
  return pos == std::string_view::npos ? -1 : static_cast<int64_t>(pos);
}

std::string Nfc(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  return Normalize(NfcInstance(), text);
}

std::string Nfkc(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  return Normalize(NfkcInstance(), text);
}

std::string FoldName(std::string_view name) {
  if (IsAscii(name)) {
    std::string out = CollapseSpaces(name, true);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
  }
  return CollapseSpaces(Normalize(NfkcCasefoldInstance(), name), true);
}

std::string FoldNameNoSpace(std::string_view name) {
  return CollapseSpaces(FoldName(name), false);
}

char32_t FoldChar(char32_t c) {
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::string ToLower(std::string_view text) {
  icu::UnicodeString us = FromUtf8(text);
  us.toLower(icu::Locale::getRoot());
  return ToUtf8(us);
}

int DisplayWidth(std::string_view text) {
  int width = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) {
      width += 1;
      continue;
    }
    int8_t cat = u_charType(c);
    if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR ||
        c == 0x200B) {
      continue;
    }
    if (c >= 0x1160 && c <= 0x11FF) continue;  // conjoining jamo vowels/finals
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

int64_t CodePointCount(std::string_view text) {
  int64_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::vector<char32_t> ToCodePoints(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

void AppendUtf8(std::string* out, char32_t cp) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, static_cast<UChar32>(cp), error);
  if (!error) out->append(buf, len);
}

char32_t DecodeUtf8At(std::string_view text, size_t* pos) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size() - *pos, 8));
  UChar32 c;
  U8_NEXT(text.data() + *pos, i, n, c);
  *pos += static_cast<size_t>(i);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

std::string FromCodePoints(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < cps.size(); ++i) AppendUtf8(&out, cps[i]);
  return out;
}

std::vector<size_t> SentenceBoundaries(std::string_view text) {
  std::vector<size_t> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status) || !it) {
    if (ut) utext_close(ut);
    return {0, text.size()};
  }
  it->setText(ut, status);
  for (int32_t pos = it->first(); pos != icu::BreakIterator::DONE; pos = it->next()) {
    out.push_back(static_cast<size_t>(pos));
  }
  utext_close(ut);
  if (out.empty() || out.front() != 0) out.insert(out.begin(), 0);
  if (out.back() != text.size()) out.push_back(text.size());
  return out;
}

Script ScriptOf(char32_t cp) {
  if (u_isdigit(static_cast<UChar32>(cp))) return Script::kDigit;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &status);
  switch (sc) {
    case USCRIPT_HANGUL: return Script::kHangul;
    case USCRIPT_LATIN: return Script::kLatin;
    case USCRIPT_HAN: return Script::kHan;
    default: return Script::kOther;
  }
}

bool IsHangulSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

int HangulFinalIndex(char32_t cp) {
  return IsHangulSyllable(cp) ? static_cast<int>((cp - 0xAC00) % 28) : -1;
}

bool IsWhiteSpace(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

bool IsLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }

bool IsPunctuation(char32_t cp) { return u_ispunct(static_cast<UChar32>(cp)); }

std::string KoreanCountryName(std::string_view region_code) {
  icu::Locale loc("und", std::string(region_code).c_str());
  icu::UnicodeString name;
  loc.getDisplayCountry(icu::Locale("ko"), name);
  std::string out = ToUtf8(name);
  return out == region_code ? std::string() : out;
}

std::string EnglishCountryName(std::string_view region_code) {
  icu::Locale loc("und", std::string(region_code).c_str());
  icu::UnicodeString name;
  loc.getDisplayCountry(icu::Locale("en"), name);
  std::string out = ToUtf8(name);
  return out == region_code ? std::string() : out;
}

std::vector<std::string> RegionCodes() {
  std::vector<std::string> out;
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) out.emplace_back(*c);
  return out;
}

std::string Romanize(std::string_view hangul) {
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> translit;
  // ICU's rule-based transliterator costs tens of microseconds a call, and a document asks
  // for the same few names again and again: remember the answers (bounded).
  static std::unordered_map<std::string, std::string> memo;
  std::lock_guard<std::mutex> lock(mu);
  auto hit = memo.find(std::string(hangul));
  if (hit != memo.end()) return hit->second;
  if (!translit) {
    UErrorCode status = U_ZERO_ERROR;
    translit.reset(icu::Transliterator::createInstance("Hangul-Latin; Latin-ASCII",
                                                       UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit.reset();
    if (!translit) return std::string(hangul);
  }
  icu::UnicodeString us = FromUtf8(hangul);
  translit->transliterate(us);
  std::string out = ToUtf8(us);
  if (memo.size() >= 65536) memo.clear();
  memo.emplace(std::string(hangul), out);
  return out;
}

}  // namespace kg
