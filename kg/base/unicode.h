// The project's only door to ICU: UTF-8 validation, normalisation, caseless name keys,
// display width, sentence breaks and scripts. Everything else works on valid NFC UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Byte offset of the first ill-formed UTF-8 sequence in `bytes`, or -1 when it is valid.
int64_t FindInvalidUtf8(std::string_view bytes);
// Byte offset of the first NUL byte, or -1.
int64_t FindNul(std::string_view bytes);

// NFC normal form. REQUIRES: valid UTF-8.
std::string Nfc(std::string_view text);
// NFKC (full-width Latin and digits become ASCII). REQUIRES: valid UTF-8.
std::string Nfkc(std::string_view text);

// The key under which a name is looked up: NFKC case-folded, runs of white space collapsed to
// one space, trimmed. "  Naver " and "naver" and "ＮＡＶＥＲ" share one key.
std::string FoldName(std::string_view name);
// Like FoldName but drops every white space: "엔 비디아" and "엔비디아" share one key.
std::string FoldNameNoSpace(std::string_view name);

// Simple case folding of one code point (the form names are matched in).
char32_t FoldChar(char32_t c);

// Lower-cased (full case mapping, locale-independent). REQUIRES: valid UTF-8.
std::string ToLower(std::string_view text);

// Columns a terminal gives `text`: East Asian wide and full-width characters count 2,
// combining marks 0.
int DisplayWidth(std::string_view text);

// Number of code points.
int64_t CodePointCount(std::string_view text);
// Decodes valid UTF-8 into code points.
std::vector<char32_t> ToCodePoints(std::string_view text);
std::string FromCodePoints(const std::vector<char32_t>& cps, size_t begin, size_t end);
void AppendUtf8(std::string* out, char32_t cp);
// Decodes the code point at byte *pos (advancing it); U+FFFD for an ill-formed sequence.
char32_t DecodeUtf8At(std::string_view text, size_t* pos);

// Byte offsets where ICU's sentence break iterator (root locale) puts boundaries, including
// 0 and text.size().
std::vector<size_t> SentenceBoundaries(std::string_view text);

enum class Script { kHangul, kLatin, kHan, kDigit, kOther };
Script ScriptOf(char32_t cp);
bool IsHangulSyllable(char32_t cp);
// A Hangul syllable's final consonant (batchim) as its index in the syllable block: 0 for
// none, 4 for ㄴ, 8 for ㄹ (1..27); -1 for a code point that is not a Hangul syllable.
int HangulFinalIndex(char32_t cp);
bool IsWhiteSpace(char32_t cp);
bool IsLetter(char32_t cp);
bool IsPunctuation(char32_t cp);

// Korean name of a region code such as "FR" ("프랑스"), from ICU's locale data; empty if none.
std::string KoreanCountryName(std::string_view region_code);
std::string EnglishCountryName(std::string_view region_code);
// Every ISO 3166 region code ICU knows.
std::vector<std::string> RegionCodes();

// Latin transliteration of Hangul ("오픈" -> "opeun"), for fuzzy alias matching.
std::string Romanize(std::string_view hangul);

}  // namespace kg
