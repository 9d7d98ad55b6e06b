// Names Korean grammar and words point at: a person before a title, a name after a noun of
// its kind, organisations and laws by suffix, list siblings, the topic, names qualified by a
// jurisdiction. Products named by a version are in versioned_products.cpp.

#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "ingest/mentions/emphasis.h"
#include "ingest/mentions/mention_finder_impl.h"
#include "ingest/values.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

namespace {
bool RunOfWords(KoreanMorphology* morphology, const std::vector<char32_t>& cps, size_t from, int depth);
}  // namespace

std::vector<MentionFinder::Impl::Token> MentionFinder::Impl::Tokens() {
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

bool MentionFinder::Impl::TitleAt(const std::vector<Token>& tokens, size_t t) {
  if (t >= tokens.size()) return false;
  const std::string& raw = tokens[t].text;
  ParticleSplit title = SplitParticles(StripTrailing(raw));
  // "최고기술책임자(CTO)가": the title with its abbreviation in parentheses.
  size_t paren = raw.find('(');
  std::string bare = paren == std::string::npos || paren == 0 ? std::string() : raw.substr(0, paren);
  return f.IsTitle(title.stem) || f.IsTitle(raw) || (!bare.empty() && f.IsTitle(bare)) ||
         CompoundTitleBody(title.stem) >= 0 ||
         f.IsCompoundTitle(title.stem);  // 통상차관보: a field fused to the title
}

void MentionFinder::Impl::TitledPersons(const std::vector<Token>& tokens) {
  // A word of the language before a title is a body, not a person (이사회 의장).
  auto WordOfTheLanguage = [&](const std::string& w) {
    return f.morphology_ && f.morphology_->Analyze(w)->known;
  };
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    const std::string& name = tokens[k].text;
    // A Hangul syllable is three bytes: test the cheap surname first.
    if (name.size() < 6 || !IsSurname(std::string_view(name).substr(0, 3))) continue;
    if (!AllOf(name, IsHangulSyllable)) continue;
    int64_t n = CodePointCount(name);
    if (n < 2 || n > 4) continue;
    // The title follows the name, or the name of the organisation and then the title
    // (이재용 삼성전자 회장).
    auto is_title = [&](size_t t) { return TitleAt(tokens, t); };
    bool titled = is_title(k + 1);
    if (!titled && k + 2 < tokens.size()) {
      int org = Known(tokens[k + 1].text);
      // An organisation, or a name the document gives of no known kind (**바람소프트**).
      titled = org >= 0 && (TypeIsOrganisation(ents->at(org).type) || ents->at(org).type.empty()) &&
               is_title(k + 2);
      // A word of the office between them (방준혁 이사회 의장, 홍길동 신임 대표).
      const std::string& between = tokens[k + 1].text;
      titled = titled || (org < 0 && is_title(k + 2) && AllOf(between, IsHangulSyllable) &&
                          SplitParticles(between).particle.empty() && WordOfTheLanguage(between));
    }
    if (!titled) continue;
    // "클라우스 마이어 CEO": after a word the dictionary does not know, the name is a foreign
    // one of two words, not this word alone.
    if (k > 0) {
      const std::string& prev = tokens[k - 1].text;
      ParticleSplit ps = SplitParticles(prev);
      // Not when that word is a noun with the copula's adnominal 인 (출신인, 장녀인: "who is
      // a ...") or a compound of dictionary words (an organisation's descriptive name).
      bool copula_adnominal = EndsWith(prev, "인") && prev.size() > 3 &&
                              WordOfTheLanguage(prev.substr(0, prev.size() - 3));
      if (AllOf(prev, IsHangulSyllable) && ps.particle.empty() && Known(prev) < 0 && !WordOfTheLanguage(prev) &&
          !copula_adnominal && !(f.morphology_ && RunOfWords(f.morphology_, ToCodePoints(prev), 0, 0))) {
        continue;
      }
    }
    // "한가람 누리전자 대표": the word between a person and the title is the organisation.
    if (k > 0) {
      int before = Known(StripTrailing(tokens[k - 1].text));
      if (before >= 0 && ents->at(before).type == "Person") continue;
    }
    if (Known(name) >= 0) {
      int e = Known(name);
      if (ents->at(e).type != "Person" && !ents->at(e).type.empty()) continue;
      if (ents->at(e).type.empty() && WordOfTheLanguage(name)) continue;
      ents->SetType(e, "Person");  // a bold name learned without a kind: the title gives it
      cands.push_back({tokens[k].begin, tokens[k].end, e, -1, 4, Mention::Source::kCue});
      continue;
    }
    if (WordOfTheLanguage(name)) continue;
    int e = ents->Intern(name, "Person", {});
    cands.push_back({tokens[k].begin, tokens[k].end, e, -1, 4, Mention::Source::kCue});
  }
}

namespace {

// A name never carries the copula: "모델 X이랍니다" names X, and "모델 계열이랍니다" names
// nothing (계열 is a word). The endings are those read on a noun the dictionary lacks
// (ko_grammar.json unknown_noun_copulas), since a name is such a noun.
std::string WithoutCopula(const std::string& stem) {
  for (const std::string& c : KoreanGrammar::Get().unknown_noun_copulas) {
    if (stem.size() > c.size() && EndsWith(stem, c)) return stem.substr(0, stem.size() - c.size());
  }
  return stem;
}

}  // namespace

void MentionFinder::Impl::ClassifiedNames(const std::vector<Token>& tokens) {
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
      stem = WithoutCopula(SplitParticles(word).stem);
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
      // "로봇 부품사": a kind of thing after a kind of thing names nothing.
      if (!f.lexicon_.ClassifierType("ko_before_name", stem).empty()) continue;
      e = ents->Intern(stem, type, {});
    }
    // A bold name learned without a kind takes it from the noun before it when that noun is
    // plain about it (업체, 스타트업); 플랫폼, 서비스 are said of companies as often as products.
    if (type == "Organization") ents->SetType(e, type);
    cands.push_back({tokens[k].begin, tokens[k].begin + stem.size(), e, -1, 4, Mention::Source::kCue});
  }
}

namespace {

// Whether the syllables of `cps` from `from` on are a run of dictionary words: parts of two
// syllables or more, the last possibly of one (데이터센터, 주식매매계약, 전력망). Such a
// compound is a common noun written without spaces, not a name.
bool RunOfWords(KoreanMorphology* morphology, const std::vector<char32_t>& cps, size_t from, int depth) {
  if (depth > 4) return false;
  if (depth > 0 && morphology->Analyze(FromCodePoints(cps, from, cps.size()))->known) return true;
  for (size_t i = from + 2; i < cps.size(); ++i) {
    if (morphology->Analyze(FromCodePoints(cps, from, i))->known &&
        RunOfWords(morphology, cps, i, depth + 1)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool MentionFinder::Impl::UnknownWord(const std::string& word, const std::string& stem,
                                      bool sibling) {
  if (!PlausibleName(stem) || !AllOf(stem, IsHangulSyllable)) return false;
  if (CodePointCount(stem) < (sibling ? 2u : 3u)) return false;  // syllables; 2 for a sibling
  if (Known(stem) >= 0) return false;
  // A noun that says what kind of thing a name is (스타트업) is none itself.
  if (!f.lexicon_.ClassifierType("ko_before_name", stem).empty() ||
      !f.lexicon_.ClassifierType("ko_after_name", stem).empty()) {
    return false;
  }
  // A common noun borrowed from English (에이전트, 워크플로우) is none either.
  if (OneOf(stem, KoreanGrammar::Get().loanword_common_nouns)) return false;
  // A plural, nominalised or bound form (에이전트들, 하기, 했음) is no name.
  if (OneOf(LastChar(stem), KoreanGrammar::Get().non_name_finals)) return false;
  // Unknown to the dictionary whole, as a compound guess, as a verb's stem (보여주는) and as a
  // run of its words.
  if (f.morphology_->Analyze(word)->known) return false;
  std::shared_ptr<const WordAnalysis> a = f.morphology_->Analyze(stem);
  if (a->known || !a->readings.empty() || f.morphology_->Analyze(stem + "다")->known) return false;
  return sibling || !RunOfWords(f.morphology_, ToCodePoints(stem), 0, 0);
}

void MentionFinder::Impl::UnknownNames(const std::vector<Token>& tokens) {
  if (!f.morphology_) return;
  for (size_t k = 0; k < tokens.size(); ++k) {
    std::string word = StripTrailing(tokens[k].text);
    if (word.empty() || !IsHangulSyllable(ToCodePoints(word).front())) continue;
    // "X라는 스타트업": a quotation naming what follows, read by ClassifiedNames.
    if (EndsWith(word, "라는")) continue;
    ParticleSplit ps = SplitParticles(word);
    if (ps.particle.empty()) continue;
    // The subject's place: who acts is named there (이/가, 은/는, 도).
    if (ps.role != Role::kSubject && ps.role != Role::kTopic && ps.role != Role::kFocus) continue;
    if (Blocked(tokens[k].begin, tokens[k].begin + ps.stem.size()) || !UnknownWord(word, ps.stem)) continue;
    int e = ents->Intern(ps.stem, "", {});
    cands.push_back({tokens[k].begin, tokens[k].begin + ps.stem.size(), e, -1, 5, Mention::Source::kCue});
  }
}

void MentionFinder::Impl::PlacesInPlaces(const std::vector<Token>& tokens) {
  if (!f.morphology_) return;
  for (size_t k = 1; k < tokens.size(); ++k) {
    int outer = Known(tokens[k - 1].text);
    if (outer < 0 || (ents->at(outer).type != "Country" && ents->at(outer).type != "Place")) continue;
    std::string word = StripTrailing(tokens[k].text);
    if (word.empty() || !IsHangulSyllable(ToCodePoints(word).front())) continue;
    ParticleSplit ps = SplitParticles(word);
    // Where something is (에, 에서), whose (의) or where to (로): 헝가리 데브레첸에, 미국 오하이오주의.
    if (ps.role != Role::kTarget && ps.role != Role::kPlace && ps.role != Role::kGenitive && ps.role != Role::kMeans) continue;
    if (Blocked(tokens[k].begin, tokens[k].begin + ps.stem.size())) continue;
    // 경기 화성에: a city named without its unit (화성시) is that city, though the dictionary
    // knows the bare word.
    int e = -1;
    for (const std::string& unit : KoreanGrammar::Get().place_unit_suffixes) {
      int city = Known(ps.stem + unit);
      if (city >= 0 && ents->at(city).type == "Place") e = city;
    }
    if (e < 0 && !UnknownWord(word, ps.stem)) continue;
    if (e < 0) e = ents->Intern(ps.stem, "Place", {});
    cands.push_back({tokens[k].begin, tokens[k].begin + ps.stem.size(), e, -1, 5, Mention::Source::kCue});
  }
}

void MentionFinder::Impl::OrganizationsBySuffix(const std::vector<Token>& tokens) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    ParticleSplit ps = SplitParticles(tokens[k].text);
    const std::string& stem = ps.stem;
    std::string type;
    const std::string suffix = f.lexicon_.ClassifierSuffix("ko_org_suffix", stem, &type);
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
          last == ")" || last == "\xE2\x80\x99" || last == "\xE2\x80\x9D" ||
          last == "속") {  // 직속, 소속: "대통령 직속 X위원회" is under the president, not its name
        break;
      }
      // A time (3월, 2024년, 지난달 누리전자 대표로) says when, it names nothing.
      static const std::vector<std::string> kDateUnits = {"년", "월", "일"};
      if (NumberedTime(prev, kDateUnits) || OneOf(pp.stem, KoreanGrammar::Get().ranking_time_words))
        break;
      // A person's name before an organisation is an apposition (최태원 SK그룹 회장).
      int before = Known(pp.stem);
      // So is a name the document itself marks (**도가온** 누리전자 대표): it is a name of its own.
      if (before >= 0 && (ents->at(before).type == "Person" ||
                          (ents->at(before).type.empty() && !ents->at(before).from_lexicon))) {
        break;
      }
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
      std::string english = f.lexicon_.Transliterate(suffix);
      if (!english.empty() && !prefix.empty() && AllOf(prefix, LatinNameChar) && prefix.back() != ' ') {
        ent = ents->Intern(prefix + " " + english, type, {Alias{name, "ko"}});
      } else {
        ent = ents->Intern(name, type, {});
      }
    }
    ents->SetType(ent, "Organization");  // a bold name of no kind yet: its suffix gives one
    cands.push_back({b, e, ent, -1, 2, Mention::Source::kCue});
  }
}

void MentionFinder::Impl::LawsBySuffix(const std::vector<Token>& tokens) {
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

void MentionFinder::Impl::CompoundAbbreviations() {
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

void MentionFinder::Impl::ListSiblings(const std::vector<Token>& tokens, std::vector<Mention>* chosen) {
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
    list |= then_etc;  // "A, B 등과": the 등 written apart closes a list too
    if (!list || (closing.particle.empty() && !closing.list_end && !then_etc)) continue;
    std::string type;
    bool named = false, wa = false;  // a sibling named already; a list joined by 와/과
    for (size_t i = first; i <= last; ++i) {
      if (const Mention* m = mention_at(tokens[i])) {
        const std::string& t = ents->at(m->entity).type;
        named = true;
        if (!t.empty()) type = t;
      }
      wa |= SplitParticles(StripTrailing(tokens[i].text)).role == Role::kPartner;
    }
    if (type == "Person") continue;  // people need their own cue
    // Without a named sibling's kind only a list closed by 등 (뤼튼 등과), or one joined by 와/과
    // to a name as the subject (A와 B는; not A와 제휴를 맺다), names its unknown words.
    bool etc = closing.list_end || then_etc;
    bool subject = closing.role == Role::kSubject || closing.role == Role::kTopic;
    if (type.empty() && !etc && !(named && wa && subject)) continue;
    for (size_t i = first; i <= last; ++i) {
      if (mention_at(tokens[i])) continue;
      std::string word = StripTrailing(tokens[i].text);
      std::string stem = SplitParticles(word).stem;
      if (stem.size() > 3 && EndsWith(stem, "등")) continue;
      if (type.empty() && !UnknownWord(word, stem, !etc)) continue;
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

void MentionFinder::Impl::Topic() {
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
  // "제미나이 나노": a known product and its tier is named by the tier reading
  // (product_tiers.cpp), in the product's own spelling, not as a new name.
  if (known < 0) {
    std::vector<std::string> words = Words(clean);
    int product = words.size() > 1 ? Known(words.front()) : -1;
    bool tiers = product >= 0 && ents->at(product).type == "Product";
    for (size_t w = 1; tiers && w < words.size(); ++w) {
      tiers = !f.lexicon_.ClassifierType("product_tier", words[w]).empty();
    }
    if (tiers) return;
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

bool MentionFinder::Impl::Blocked(size_t b, size_t e) const {
  return std::any_of(blocked.begin(), blocked.end(),
                     [&](const auto& span) { return b < span.second && e > span.first; });
}

void MentionFinder::Impl::JurisdictionQualified(const std::vector<Token>& tokens) {
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

}  // namespace kg::ingest
