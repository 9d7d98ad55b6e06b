// English lemmas and word classes from WordNet: morphy() for "bought" -> "buy", "talks" ->
// "talk", and the lexicographer file of a noun's first sense ("cardiologist" names a person).
// The only runtime user of WordNet; opened on first use, once per process, answers cached.
#pragma once

#include <string>

namespace kg::ingest {

enum class WordClass { kNoun, kVerb, kAdjective, kAdverb };

class WordNet {
 public:
  // The process-wide instance (thread-safe; WordNet itself is not, so calls are serialised).
  static WordNet& Shared();

  bool available() const { return available_; }
  // Base form of `word` (lower-cased) as `cls`; the word itself when WordNet knows no other.
  std::string Lemma(const std::string& word, WordClass cls);
  // True when WordNet has `word` (any inflection) as `cls`.
  bool Has(const std::string& word, WordClass cls);
  // True when WordNet has `word` as a noun and never as a verb ("center", not "plant").
  bool NounOnly(const std::string& word) { return Has(word, WordClass::kNoun) && !Has(word, WordClass::kVerb); }
  // True when the first sense of noun `word` names a person ("engineer", "chairman").
  bool IsPersonNoun(const std::string& word);
  // True when the first sense of noun `word` names a group of people ("company", "automaker").
  bool IsGroupNoun(const std::string& word);
  // True when the first sense of noun `word` names a place ("Stockholm", "Ohio").
  bool IsPlaceNoun(const std::string& word);

 private:
  WordNet();
  // The lexicographer file of noun `word`'s first sense, or -1.
  int FirstNounFile(const std::string& word);
  struct Impl;
  Impl* impl_;
  bool available_ = false;
};

}  // namespace kg::ingest
