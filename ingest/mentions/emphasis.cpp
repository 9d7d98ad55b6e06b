// Bold and linked spans as name candidates.
#include "ingest/mentions/emphasis.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>

#include "ingest/ko/korean.h"
#include "ingest/mentions/event_names.h"
#include "ingest/mentions/mentions.h"
#include "ingest/values.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

bool HangulOnly(const std::string& s) {
  for (char32_t c : ToCodePoints(s)) {
    if (!IsHangulSyllable(c)) return false;
  }
  return !s.empty();
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool NameChar(char32_t c) {
  return IsHangulSyllable(c) || (c < 128 && (std::isalnum(static_cast<int>(c)) || c == '-' ||
                                             c == '.' || c == '&' || c == '+' || c == '\''));
}

bool AllLatin(const std::string& w) {
  for (char c : w) {
    if (static_cast<unsigned char>(c) >= 128) return false;
  }
  return true;
}

}  // namespace

bool OnlyWordsOfTheLanguage(const std::string& phrase, KoreanMorphology* morphology,
                            const std::function<bool(const std::string&)>& classifier) {
  if (!morphology) return false;
  std::vector<std::string> words = SplitWords(phrase);
  bool korean = false;
  for (const std::string& w : words) {
    if (AllLatin(w)) continue;
    korean = true;
    if (!morphology->Analyze(w)->known) return false;
  }
  return korean && (words.size() == 1 || !classifier(words.back()));
}

EmphasizedName NameOfSpan(const std::string& raw, KoreanMorphology* morphology,
                          const std::function<bool(const std::string&)>& classifier) {
  EmphasizedName out;
  std::string span = raw;
  while (!span.empty() && std::strchr(" :.,!?;\"'", span.back())) span.pop_back();
  while (!span.empty() && std::strchr(" \"'", span.front())) span.erase(0, 1);
  // "비오 3(Veo 3)": a Korean model name with its Latin spelling in parentheses, a number in
  // both, is the Latin name.
  size_t open = span.find('(');
  if (open != std::string::npos && open > 0 && span.back() == ')' &&
      span.find('(', open + 1) == std::string::npos) {
    std::string korean = span.substr(0, open),
                latin = span.substr(open + 1, span.size() - open - 2);
    while (!korean.empty() && korean.back() == ' ') korean.pop_back();
    auto digit = [](const std::string& w) {
      return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!AllLatin(korean) && !latin.empty() && AllLatin(latin) && digit(latin) && digit(korean) &&
        TransliterationSimilarity(korean, latin) >= 0.5) {
      out.name = latin;
      out.aliases.push_back(Alias{korean, "ko"});
      return out;
    }
  }
  std::vector<std::string> words = SplitWords(span);
  if (words.empty() || words.size() > 4) return out;
  for (const std::string& w : words) {
    std::vector<char32_t> cps = ToCodePoints(w);
    for (size_t i = 0; i < cps.size(); ++i) {
      // A colon inside a Hangul word is a stylised name's (믿:음), not punctuation.
      bool styled = cps[i] == U':' && i > 0 && i + 1 < cps.size() && IsHangulSyllable(cps[i - 1]) &&
                    IsHangulSyllable(cps[i + 1]);
      if (!NameChar(cps[i]) && !styled) return out;
    }
  }
  bool hangul = false, model_number = false;
  for (const std::string& w : words) {
    hangul |= !AllLatin(w);
    // 누리 X6 프로: a word with digits makes it a model's name, whatever its other words read as.
    model_number |= words.size() > 1 &&
                    std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  if (hangul && morphology && !model_number) {
    for (const std::string& w : words) {
      if (AllLatin(w)) continue;
      std::shared_ptr<const WordAnalysis> a = morphology->Analyze(w);
      for (const WordReading& r : a->readings) {
        if (r.predicate && !r.compound) return out;  // a verb form: a phrase, not a name
      }
      // A particle on the last word means a phrase was emphasised (업무와 학업을).
      if (&w == &words.back() && words.size() > 1 && !SplitParticles(w).particle.empty() &&
          !a->known) {
        return out;
      }
    }
    if (OnlyWordsOfTheLanguage(span, morphology, classifier)) return out;
  }
  // "알파고 AlphaGo": a Korean name with its Latin spelling.
  if (words.size() >= 2 && !AllLatin(words[0]) && AllLatin(words.back())) {
    size_t split = 0;
    while (split < words.size() && !AllLatin(words[split])) ++split;
    std::string korean, latin;
    for (size_t i = 0; i < words.size(); ++i) {
      std::string& to = i < split ? korean : latin;
      to += (to.empty() ? "" : " ") + words[i];
    }
    bool all_latin_after = true;
    for (size_t i = split; i < words.size(); ++i) all_latin_after &= AllLatin(words[i]);
    if (all_latin_after && TransliterationSimilarity(korean, latin) >= 0.5) {
      out.name = latin;
      out.aliases.push_back(Alias{korean, "ko"});
      return out;
    }
  }
  out.name = span;
  return out;
}

namespace {

// **제미나이 2.5 프로**: a known product's name, then only versions and tier words
// (lexicon.json "product_tier", or a generation after a version), is that product's tier, named in
// English as the product is (Gemini 2.5 Pro); empty when the span is no such name.
std::string TieredProductName(const std::vector<std::string>& words, const DocEntities& entities) {
  const Lexicon& lex = entities.lexicon();
  for (size_t head = 1; head < words.size() && head <= 2; ++head) {
    std::string base;
    for (size_t i = 0; i < head; ++i) base += (i ? " " : "") + words[i];
    std::string name, type;
    if (!entities.NameAndType(base, &name, &type) || type != "Product") continue;
    bool tier = false;
    for (size_t i = head; i < words.size(); ++i) {
      const std::string& w = words[i];
      std::string t = lex.ClassifierType("product_tier", w);
      bool version = w.size() <= 8 && std::any_of(w.begin(), w.end(), IsDigitByte) &&
                     std::all_of(w.begin(), w.end(), [](char c) {
                       return IsDigitByte(c) || IsAlphaByte(c) || c == '.';
                     });
      // A generation after a version (**스냅드래곤 8 3세대**) is a tier as well.
      if (t.empty() && !version && i > head) t = lex.ProductGeneration(w);
      if (t.empty() && !version) return std::string();
      tier |= !t.empty();
      name += " " + (t.empty() ? w : t);
    }
    return tier ? name : std::string();
  }
  return std::string();
}

}  // namespace

void LearnEmphasizedNames(const std::vector<std::string>& spans, KoreanMorphology* morphology,
                          const std::function<bool(const std::string&)>& is_title,
                          DocEntities* entities) {
  for (const std::string& span : spans) {
    if (!span.empty() && span.back() == ':') continue;   // a label: **현재 상황:**
    if (LearnEmphasizedEvent(span, entities)) continue;  // **서울 AI 신뢰 포럼 2025**
    if (!FindValues(span, DocDate{}).empty()) continue;  // **1997년**, **5,000억 원**
    // **한가람 대표**: a Hangul personal name (2-4 syllables) and the title after it.
    std::vector<std::string> words = SplitWords(span);
    if (morphology && words.size() == 2 && is_title(words[1]) && HangulOnly(words[0]) &&
        CodePointCount(words[0]) >= 2 && CodePointCount(words[0]) <= 4) {
      int e = entities->Find(words[0]);
      if (e < 0) e = entities->Intern(words[0], "Person", {});
      entities->SetType(e, "Person");
      continue;
    }
    // **누리전자 한다은 대표**: a known organisation, the person and the title; the person is the
    // name learned, the organisation and title are read in the sentence as anywhere else.
    if (morphology && words.size() >= 3 && is_title(words.back())) {
      const std::string& person = words[words.size() - 2];
      std::string org;
      for (size_t i = 0; i + 2 < words.size(); ++i) org += (i ? " " : "") + words[i];
      std::string org_name, org_type;
      if (HangulOnly(person) && CodePointCount(person) >= 2 && CodePointCount(person) <= 4 &&
          entities->NameAndType(org, &org_name, &org_type) && org_type != "Person") {
        int e = entities->Find(person);
        if (e < 0) e = entities->Intern(person, "Person", {});
        entities->SetType(e, "Person");
        continue;
      }
    }
    std::string tiered = TieredProductName(words, *entities);
    if (!tiered.empty()) {
      if (entities->Find(tiered) < 0) entities->Intern(tiered, "Product", {Alias{span, "ko"}});
      continue;
    }
    EmphasizedName n = NameOfSpan(span, morphology, [&](const std::string& w) {
      const Lexicon& lex = entities->lexicon();
      return !lex.ClassifierType("ko_after_name", w).empty() ||
             !lex.ClassifierSuffixType("ko_name_suffix", w).empty();
    });
    if (n.name.empty() || entities->Find(n.name) >= 0) continue;
    bool known_alias = false;
    for (const Alias& a : n.aliases) known_alias |= entities->Find(a.text) >= 0;
    if (known_alias) continue;
    // A name that ends in a noun of its kind says it (**국가 혁신 지수** is a work).
    std::string kind = entities->lexicon().ClassifierSuffixType("ko_name_suffix", n.name);
    entities->Intern(n.name, kind, n.aliases);
  }
}

}  // namespace kg::ingest
