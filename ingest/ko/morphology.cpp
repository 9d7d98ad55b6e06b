// Hunspell readings of Korean eojeols, turned into lemma, key noun and ending.
#include "ingest/ko/morphology.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "ingest/ko/analysis_cache.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

constexpr size_t kCacheLimit = 200000;

// The verbs that make a verb of the noun before them (공개하다, 공개되다, 가동시키다,
// 투자받다), longest first.
constexpr std::string_view kLightVerbs[] = {"시키", "하", "되", "받"};

// Code points of `s` as a vector, and back.
std::vector<char32_t> Cps(std::string_view s) { return ToCodePoints(s); }

std::string Field(std::string_view analysis, std::string_view name) {
  size_t at = analysis.find(name);
  while (at != std::string_view::npos && at > 0 && analysis[at - 1] != ' ') {
    at = analysis.find(name, at + 1);
  }
  if (at == std::string_view::npos) return std::string();
  size_t begin = at + name.size();
  size_t end = analysis.find(' ', begin);
  return std::string(analysis.substr(begin, end == std::string_view::npos ? end : end - begin));
}

// A noun the dictionary lacks, predicated by the copula (후속작이에요, 챗봇입니다): when no
// reading of the whole word is one the dictionary knows, a word of two or more Hangul syllables
// ending in a copula form (ko_grammar.json: unknown_noun_copulas) is that noun and the copula.
// Marked a guess (compound), so the word still counts as unknown (WordAnalysis::known).
void AddUnknownNounCopula(const std::string& eojeol, WordAnalysis* out) {
  for (const WordReading& r : out->readings) {
    if (!r.compound) return;
  }
  for (const std::string& c : KoreanGrammar::Get().unknown_noun_copulas) {
    if (eojeol.size() <= c.size() || eojeol.compare(eojeol.size() - c.size(), c.size(), c) != 0) continue;
    std::string noun = eojeol.substr(0, eojeol.size() - c.size());
    std::vector<char32_t> cps = Cps(noun);
    if (cps.size() < 2 || !std::all_of(cps.begin(), cps.end(), IsHangulSyllable)) return;
    WordReading r;
    r.lemma = r.key = noun;
    r.rest = c;
    r.copula = true;
    r.compound = true;
    out->readings.push_back(std::move(r));
    return;
  }
}

// Whether the syllable is an infinitive's: no final consonant and the vowel the -어/-아 ending
// leaves (세워, 정해, 쓰여, 이뤄, 나눠, 지어).
bool InfinitiveSyllable(char32_t cp) {
  if (!IsHangulSyllable(cp)) return false;
  const int index = static_cast<int>(cp - 0xAC00);
  if (index % 28 != 0) return false;
  const int vowel = (index / 28) % 21;  // ㅏ 0, ㅐ 1, ㅓ 4, ㅕ 6, ㅘ 9, ㅙ 10, ㅝ 14
  return vowel == 0 || vowel == 1 || vowel == 4 || vowel == 6 || vowel == 9 || vowel == 10 ||
         vowel == 14;
}

// The grammar data analyses are derived with (AddUnknownNounCopula, passive_auxiliary), as one text
// for the cache's file name: editing ko_grammar.json then starts a fresh cache.
std::string AnalysisGrammar() {
  std::string out;
  for (const std::string& c : KoreanGrammar::Get().unknown_noun_copulas) out += c + '\n';
  for (const auto& [aux, light] : KoreanGrammar::Get().passive_auxiliary) out += aux + light + '\n';
  return out;
}

}  // namespace

bool IsAdnominalVerb(const std::string& word) {
  Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
  if (!morphology.ok()) return false;
  std::shared_ptr<const WordAnalysis> a = (*morphology)->Analyze(word);
  return std::any_of(a->readings.begin(), a->readings.end(), [](const WordReading& r) {
    return r.predicate && !r.copula && AnalyzeEnding(r.rest).kind == EndingKind::kAdnominal;
  });
}

WordReading ReadingFrom(std::string_view eojeol, std::string_view analysis) {
  WordReading r;
  r.lemma = Field(analysis, "st:");
  if (r.lemma.empty()) return r;
  r.compound = !Field(analysis, "pa:").empty();
  std::vector<char32_t> word = Cps(eojeol);
  std::vector<char32_t> lemma = Cps(r.lemma);
  // How much of the eojeol the lemma's root covers, syllable for syllable.
  auto shared = [&](const std::vector<char32_t>& root) {
    size_t k = 0;
    while (k < root.size() && k < word.size() && root[k] == word[k]) ++k;
    return k;
  };
  bool verb_form = lemma.size() >= 2 && lemma.back() == U'다' && eojeol != r.lemma;
  if (verb_form) {
    std::vector<char32_t> root(lemma.begin(), lemma.end() - 1);
    r.predicate = true;
    for (std::string_view lv : kLightVerbs) {
      std::vector<char32_t> l = Cps(lv);
      if (root.size() > l.size() && std::equal(l.begin(), l.end(), root.end() - l.size())) {
        std::vector<char32_t> noun(root.begin(), root.end() - l.size());
        if (shared(noun) == noun.size()) {
          r.light = std::string(lv);
          r.key = FromCodePoints(noun, 0, noun.size());
          r.rest = FromCodePoints(word, noun.size(), word.size());
          return r;
        }
      }
    }
    size_t k = shared(root);
    r.key = r.lemma;
    r.rest = FromCodePoints(word, k, word.size());
    return r;
  }
  // A noun, possibly followed by particles or the copula.
  size_t k = shared(lemma);
  r.key = r.lemma;
  r.rest = FromCodePoints(word, k, word.size());
  for (std::string_view c : {"이다", "이고", "이며", "이라", "이었", "이자", "이야", "이에요", "인", "입니", "였",
                             "예요"}) {
    if (r.rest.rfind(c, 0) == 0) r.copula = true;
  }
  // After a vowel the copula loses its 이: 회사다, 회사라고, 회사랍니다, 회사래요, 회사며.
  if (!HasBatchim(r.key)) {
    for (std::string_view c : {"다", "라", "랍니", "래", "며"}) {
      if (r.rest.rfind(c, 0) == 0) r.copula = true;
    }
  }
  return r;
}

Result<KoreanMorphology*> KoreanMorphology::Get() {
  static std::mutex mu;
  static std::unique_ptr<KoreanMorphology> instance;
  std::lock_guard<std::mutex> lock(mu);
  if (instance) return instance.get();
  const char* env = std::getenv("KG_HUNSPELL_DIR");
  std::string dir = env && *env ? env : "/usr/share/hunspell";
  std::string aff = dir + "/ko_KR.aff", dic = dir + "/ko_KR.dic";
  std::error_code ec;
  if (!std::filesystem::exists(aff, ec) || !std::filesystem::exists(dic, ec)) {
    return Status::NotFound("the Korean dictionary for Hunspell is not installed (" + aff +
                            "; Debian package hunspell-ko)");
  }
  instance.reset(new KoreanMorphology(aff, dic));
  return instance.get();
}

KoreanMorphology::KoreanMorphology(std::string aff, std::string dic)
    : aff_(std::move(aff)),
      dic_(std::move(dic)),
      file_(std::make_unique<AnalysisCacheFile>(
          AnalysisCacheFile::PathFor(aff_, dic_, AnalysisGrammar()))) {}

void KoreanMorphology::Flush() {
  std::lock_guard<std::mutex> lock(mu_);
  file_->Flush();
}

KoreanMorphology::~KoreanMorphology() = default;

std::shared_ptr<const WordAnalysis> KoreanMorphology::Analyze(std::string_view eojeol) {
  std::string key(eojeol);
  std::lock_guard<std::mutex> lock(mu_);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  std::shared_ptr<const WordAnalysis> analysis;
  if (const WordAnalysis* stored = file_->Find(key)) {
    analysis = std::make_shared<const WordAnalysis>(*stored);
  } else {
    analysis = std::make_shared<const WordAnalysis>(Compute(key));
    file_->Add(key, *analysis);
  }
  if (cache_.size() >= kCacheLimit) cache_.clear();
  cache_.emplace(std::move(key), analysis);
  return analysis;
}

WordAnalysis KoreanMorphology::Compute(const std::string& eojeol) {
  if (!hunspell_) hunspell_ = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
  WordAnalysis out;
  auto add = [&](const std::string& form) {
    for (const std::string& a : hunspell_->analyze(form)) {
      WordReading r = ReadingFrom(eojeol, a);
      if (r.lemma.empty()) continue;
      bool seen = false;
      for (const WordReading& o : out.readings) seen = seen || (o.lemma == r.lemma && o.rest == r.rest);
      if (!seen) out.readings.push_back(std::move(r));
    }
  };
  add(eojeol);
  auto has_predicate = [&] {
    for (const WordReading& r : out.readings) {
      if (r.predicate && !r.compound) return true;
    }
    return false;
  };
  // Reported speech contracts -다고 해요 to -대요 (만들었대요, 한대요), which the dictionary
  // lacks: read the verb as if the plain -다 ending stood there.
  if (!has_predicate()) {
    for (std::string_view hearsay : {"대요", "대"}) {
      if (eojeol.size() > hearsay.size() + 3 &&
          eojeol.compare(eojeol.size() - hearsay.size(), hearsay.size(), hearsay) == 0) {
        add(eojeol.substr(0, eojeol.size() - hearsay.size()) + "다");
        break;
      }
    }
  }
  // The -어지다 passive (세워졌다, 만들어진): the infinitive's verb, with the ending 되다 would
  // have in 지다's place (ko_grammar.json: passive_auxiliary).
  if (!has_predicate()) {
    std::vector<char32_t> cps = Cps(eojeol);
    for (size_t i = 2; i < cps.size(); ++i) {
      auto aux = KoreanGrammar::Get().passive_auxiliary.find(FromCodePoints(cps, i, i + 1));
      if (aux == KoreanGrammar::Get().passive_auxiliary.end() || !InfinitiveSyllable(cps[i - 1]))
        continue;
      std::string infinitive = FromCodePoints(cps, 0, i);
      std::string ending = aux->second + FromCodePoints(cps, i + 1, cps.size());
      for (const std::string& a : hunspell_->analyze(infinitive)) {
        WordReading r = ReadingFrom(infinitive, a);
        if (!r.predicate || r.compound || r.rest.empty()) continue;
        r.rest = ending;
        out.readings.push_back(std::move(r));
        break;
      }
      break;
    }
  }
  if (!has_predicate()) AddUnknownNounCopula(eojeol, &out);
  // A "compound" of a known noun and what may follow a noun (기업들이: 기업 + 들 + 이) is that
  // noun; 구글은 read as 구 + 글은 is a guess.
  for (WordReading& r : out.readings) {
    if (!r.compound || r.predicate) continue;
    std::string_view rest = r.rest;
    if (rest.rfind("들", 0) == 0) rest.remove_prefix(std::string_view("들").size());
    if (IsParticleSequence(rest)) r.compound = false;
  }
  for (const WordReading& r : out.readings) out.known = out.known || !r.compound;
  return out;
}

}  // namespace kg::ingest
