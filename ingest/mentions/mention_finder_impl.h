// The mention finder's working state for one sentence, shared by the files that hold its
// passes: mentions.cpp (known names, Latin names, choosing), mention_marks.cpp (names a
// text defines in parentheses and quotes), korean_name_cues.cpp (names Korean grammar and
// words point at), versioned_products.cpp (products named by a version). Also the text
// helpers they use (name_words.cpp). Internal to mentions/.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/mentions/mentions.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace mention_text {

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

bool IsAsciiLetter(char32_t c);
bool IsAsciiDigit(char32_t c);
bool IsHan(char32_t c);
bool IsWordChar(char32_t c);
std::vector<std::string> Words(std::string_view s);
std::string TidyName(std::string_view raw);
bool AllOf(std::string_view s, bool (*pred)(char32_t));
bool HasHangul(std::string_view s);
bool HasLatinOrDigit(std::string_view s);
bool LatinNameChar(char32_t c);
bool HanNameChar(char32_t c);
bool IsSurname(std::string_view syllable);
std::string StripTrailing(std::string s);
bool TypeIsOrganisation(const std::string& type);
bool PlausibleName(const std::string& s);
bool IsLatinStopword(const std::string& w);
bool IsNameWord(const std::string& w);
// An ASCII letter or one of Latin-1 and Latin Extended-A/B ("Ø", "é").
bool IsLatinLetter(char32_t c);
bool IsNameConnector(const std::string& w);
bool IsLatinTitle(const std::string& w);
bool IsLatinTitleModifier(const std::string& w);
size_t LatinTitleLength(const std::vector<std::string>& words, size_t k);
std::vector<std::vector<std::string>> NameSegments(const std::vector<std::string>& words);
std::string TypeFromWords(const Lexicon& lexicon, const std::string& name);
std::string TypeFromClassifier(const Lexicon& lexicon, std::string_view after);
std::string TypeFromName(const Lexicon& lexicon, const std::string& name);
std::string StripEditionYear(const std::string& name);
char LetterClass(char c);
std::string Skeleton(const std::string& latin);
size_t Lcs(const std::string& a, const std::string& b);

}  // namespace mention_text

struct MentionFinder::Impl {
  const MentionFinder& f;
  const Sentence& sentence;
  DocEntities* ents;
  mention_text::Scan scan;

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

  Impl(const MentionFinder& finder, const Sentence& s, DocEntities* e)
      : f(finder), sentence(s), ents(e), scan(s.text) {}

  std::string_view text() const { return scan.s; }

  // Lexicon or document entity named exactly `surface`; -1 if none.
  int Known(std::string_view surface);

  // The eojeols ending right before byte `end` (skipping one space), up to `max`, as byte
  // starts (nearest first). Stops at punctuation.
  std::vector<size_t> HeadStarts(size_t end, int max);

  // ------------------------------------------------------------ parentheses

  struct ParenDecision {
    enum class Kind { kNone, kAlias, kProduct } kind = Kind::kNone;
    size_t head_begin = 0, head_end = 0, close = 0;  // bytes; close = after ')'
    int entity = -1, owner = -1;
  };

  bool InListOfParens(size_t open, size_t close);

  ParenDecision AnalyzeParen(size_t open, size_t close_paren, bool in_quote_first_token,
                             bool in_quote);

  bool FollowedByTitle(size_t byte);

  void Parens(const std::vector<std::pair<size_t, size_t>>& quotes);

  // ------------------------------------------------------------ quotes

  std::vector<std::pair<size_t, size_t>> QuoteSpans();

  // Direct speech: "..."라고 말했다.
  bool IsSpeech(size_t after);

  void Quotes(const std::vector<std::pair<size_t, size_t>>& spans);
  // 'X 콘퍼런스' is an Event; 'X' 출범식 names the event 'X 출범식' (event_names.cpp).
  void QuotedEvents(const std::vector<std::pair<size_t, size_t>>& spans);

  // ------------------------------------------------------------ gazetteer

  bool ValidStart(size_t b);

  bool ValidEnd(size_t e);

  void GazetteerMatches();

  // ------------------------------------------------------------ Latin names

  void LatinNames();

  // ------------------------------------------------------------ Korean cues

  struct Token {
    size_t begin, end;
    std::string text;
  };
  std::vector<Token> Tokens();

  // "최수연 대표": a person named before a title.
  void TitledPersons(const std::vector<Token>& tokens);
  // Whether token `t` is a title: of the titles' list, with its abbreviation in parentheses,
  // written onto its body's name (삼척시장) or with its field fused to it (통상차관보).
  bool TitleAt(const std::vector<Token>& tokens, size_t t);
  // "정 장관은": a surname before a title is the one person of the document with that surname
  // (short_titled_persons.cpp).
  void ShortTitledPersons(const std::vector<Token>& tokens);
  // "삼척시장", "개인정보보호위원장": the body a title written onto its name heads (삼척시), when
  // the document or the lexicon names it; -1 if none (short_titled_persons.cpp).
  int CompoundTitleBody(const std::string& word);
  // "엘레나 브로디 의장": a foreign given and family name in Hangul before a title
  // (foreign_titled_persons.cpp).
  void ForeignTitledPersons(const std::vector<Token>& tokens);
  // "서지우 전 보건복지부 차관": a person before 전 (former), an organisation and a title
  // (former_titled_persons.cpp).
  void FormerTitledPersons(const std::vector<Token>& tokens);

  // "반도체 전문기업 누리반도체가", "생성형 모델 누리-2를": a name the dictionary does not know
  // right after a noun that says what kind of thing it is (lexicon.json ko_before_name), and
  // "누리랩스라는 스타트업": one followed by 라는 + such a noun.
  void ClassifiedNames(const std::vector<Token>& tokens);

  // "다온칩스는 ...": a word the dictionary does not know (whole, as a verb's stem or as a
  // run of its words) in the subject's place is a name; its kind comes from later cues.
  void UnknownNames(const std::vector<Token>& tokens);
  // "헝가리 데브레첸에", "서울 강남구 역삼동에": such a word right after a known place and
  // before 에/에서/의 names a place.
  void PlacesInPlaces(const std::vector<Token>& tokens);
  // "중국 X가", "일본 X, 독일 Y 등": such a word right after a country in an actor's or a list
  // member's place names something of that country (country_qualified_names.cpp).
  void NamesAfterCountries(const std::vector<Token>& tokens);
  // "the government of Luxembourg", "Luxembourg's government": the entity "Government of
  // Luxembourg" (government_names.cpp).
  void GovernmentNames();
  // "중국 정부는": the same for a country before 정부 (government_names.cpp).
  void KoreanGovernmentNames(const std::vector<Token>& tokens);
  // Whether `stem` (of eojeol `word`) is Hangul the dictionary does not know in any way.
  // `sibling`: joined by 와/과 to a name, two syllables and a compound of words will do.
  bool UnknownWord(const std::string& word, const std::string& stem, bool sibling = false);

  // "군산공장", "판교 AI 데이터센터", "시안 낸드 공장": a known place, up to two descriptor
  // words, then a facility noun (ko_grammar.json facility_nouns) name a Facility in that
  // place (facility_names.cpp).
  void FacilityNames(const std::vector<Token>& tokens);

  // "… 특별위원회는": an organisation by its suffix, with up to two modifiers before it.
  void OrganizationsBySuffix(const std::vector<Token>& tokens);

  // Statutes named by their suffix: "인공지능법", "반도체특별법", "AI 법", "개인정보 보호법안".
  void LawsBySuffix(const std::vector<Token>& tokens);

  // 미·중, 한·미·일, 미-중: one-syllable country abbreviations joined by a dot or hyphen.
  void CompoundAbbreviations();

  // "누리랩스와 한빛벤처스, 한국산업은행 등이": in a list whose members are joined by 와/과 or
  // commas, a member the dictionary does not know is a name of the same kind as a named
  // sibling.
  void ListSiblings(const std::vector<Token>& tokens, std::vector<Mention>* chosen);

  // "라마 3", "Meta Llama 3": a version after an organisation's name is its product
  // (versioned_products.cpp).
  void VersionedProducts(std::vector<Mention>* chosen);

  // "제미나이 2.5 프로", "스냅드래곤 X 엘리트", "Claude 3.5 Sonnet": a product's name with a
  // tier word (lexicon.json "product_tier") and a version before or after it is one name of
  // its own (product_tiers.cpp). Runs before VersionedProducts, which leaves its names be.
  void TieredProducts(std::vector<Mention>* chosen);

  // Whether an entity of this type (or of none yet) may make a versioned product.
  static bool MayMakeProducts(const std::string& type);

  // "V3" next to "Mistral-V2": a bare version takes the name of its sibling
  // (versioned_products.cpp).
  void SiblingVersions(std::vector<Mention>* chosen);

  void Topic();

  bool Blocked(size_t b, size_t e) const;

  // "(유럽연합) 인공지능법": a name qualified by the jurisdiction written before it.
  void JurisdictionQualified(const std::vector<Token>& tokens);

  std::vector<Mention> Choose();

  std::vector<Mention> Run(const std::vector<ValueMention>& values);
};

}  // namespace kg::ingest
