// Korean morphology from Hunspell with the Korean dictionary (hunspell-ko): what an eojeol's
// lemma is (내놨어요 -> 내놓다, 선보였죠 -> 선보이다, 회사들이 -> 회사) and whether the
// dictionary knows it at all -- an unknown word in a name position is a name candidate. The
// dictionary labels lemmas but not endings; the ending left after the lemma's root is classed by
// AnalyzeEnding (korean.h). Analyses are cached: words repeat.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/base/status.h"

class Hunspell;

namespace kg::ingest {

class AnalysisCacheFile;

// One reading of an eojeol.
struct WordReading {
  std::string lemma;  // dictionary form: 공개하다, 내놓다, 회사
  // A predicate reading: the lemma ends in 다 and the eojeol inflects it.
  bool predicate = false;
  // For 하다/되다/시키다/받다 predicates the noun they make a verb of (공개 of 공개했다);
  // for nouns the noun itself; for other predicates the lemma.
  std::string key;
  std::string light;  // "하", "되", "시키", "받" for such predicates, else empty
  // The eojeol after `key` (or, for other predicates, after the part it shares with the
  // lemma's root): 했습니다, 된, 았다, 를.
  std::string rest;
  bool copula = false;  // noun + 이다 (모델이다, 기업인, 예정이다)
  // Hunspell's guess at a compound of parts it knows (구글은 -> 구 + ...): not a reading of a
  // word the dictionary knows.
  bool compound = false;
};

struct WordAnalysis {
  bool known = false;  // the dictionary has a reading that is not a compound guess
  std::vector<WordReading> readings;
};

class KoreanMorphology {
 public:
  // The process-wide analyser over $KG_HUNSPELL_DIR/ko_KR.{aff,dic} (default
  // /usr/share/hunspell). Fails with NotFound when the dictionary is not installed (Debian:
  // hunspell-ko). The dictionary itself (about half a second to load) is loaded only when a
  // word is met that the analysis cache file (analysis_cache.h) does not hold.
  static Result<KoreanMorphology*> Get();

  // REQUIRES: one eojeol, valid UTF-8, trailing punctuation stripped. Thread-safe. The cache
  // is bounded (memory stays flat however much text goes through), hence shared ownership.
  std::shared_ptr<const WordAnalysis> Analyze(std::string_view eojeol);

  // Writes the analyses made since the last call to the cache file (best effort).
  void Flush();

  ~KoreanMorphology();

 private:
  KoreanMorphology(std::string aff, std::string dic);
  WordAnalysis Compute(const std::string& eojeol);

  std::string aff_, dic_;
  std::unique_ptr<Hunspell> hunspell_;  // loaded on the first word the cache file lacks
  std::unique_ptr<AnalysisCacheFile> file_;
  std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const WordAnalysis>> cache_;
};

// Whether the dictionary reads `word` as a verb (not the copula) in its adnominal form, which
// modifies the noun after it (개발한, 참여한, 있는): that noun heads a relative clause.
bool IsAdnominalVerb(const std::string& word);

// Reads one Hunspell analysis line (" st:공개하다 fl:35") of `eojeol` into a reading.
// Exposed for tests.
WordReading ReadingFrom(std::string_view eojeol, std::string_view analysis);

}  // namespace kg::ingest
