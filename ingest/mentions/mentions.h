// Entity mentions in a sentence: known names from the gazetteer (space-insensitive), names
// defined in the text itself -- parenthesised aliases 순다르 피차이(Sundar Pichai), Hanja glosses,
// quoted names ‘아르테미스(Artemis) 계획’, definition topics "X: ..." -- Latin-script
// names, titled persons (최수연 대표), organisations by suffix (…위원회), country
// abbreviations in compounds (미·중), and products written as ORG(PRODUCT) or ORG + version.
//
// Run Learn() over every sentence first (names defined anywhere are known everywhere), then
// Find() sentence by sentence.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "ingest/mentions/doc_entities.h"
#include "ingest/extraction.h"
#include "ingest/ko/morphology.h"
#include "ingest/mentions/gazetteer.h"
#include "ingest/lexicon.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

struct Mention {
  size_t begin = 0, end = 0;  // bytes in the sentence
  int entity = -1;
  int owner = -1;  // a product written ORG(PRODUCT): the organisation that makes it
  enum class Source { kLexicon, kParen, kQuote, kLatin, kCue, kTopic, kAbbreviation, kVersion };
  Source source = Source::kLexicon;
};

class MentionFinder {
 public:
  // References must outlive the finder. `lexicon_names` maps names/aliases to lexicon indexes.
  MentionFinder(const Lexicon& lexicon, const Gazetteer& lexicon_names,
                const RelationVocabulary& relations);

  // `values` are the sentence's values found without a document date (FindValues(text, {})):
  // no name is taken from inside an amount of money. The caller finds them once for both calls.
  // Registers the names `sentence` defines.
  void Learn(const Sentence& sentence, const std::vector<ValueMention>& values,
             DocEntities* entities) const;
  // Every mention, sorted by position, not overlapping.
  std::vector<Mention> Find(const Sentence& sentence, const std::vector<ValueMention>& values,
                            DocEntities* entities) const;

  // Title words (대표, CEO, 회장, ...) from the relation vocabulary.
  bool IsTitle(const std::string& word) const;
  // A title with a field before it, written as one word (통상차관보, 홍보국장 when 국장 is a
  // title): two Hangul syllables or more, then a title of two or more. A word that ends in an
  // organisation's suffix (경제연구원) names the organisation, not a post.
  bool IsCompoundTitle(const std::string& word) const;

  // Korean morphology, for telling a name from a word of the language (set once the first
  // Korean document is read; until then names need other cues).
  void set_morphology(KoreanMorphology* morphology) { morphology_ = morphology; }

 private:
  struct Impl;
  const Lexicon& lexicon_;
  const Gazetteer& lexicon_names_;
  std::unordered_set<std::string> titles_;
  KoreanMorphology* morphology_ = nullptr;
};

// Similarity of a Hangul name and a Latin one by their consonant skeletons (0..1), to tell a
// transliteration 스텝펀(Stepfun) from a translation 구현(implementation).
double TransliterationSimilarity(const std::string& hangul, const std::string& latin);

// The mention that starts at byte `at` of the sentence, or null.
const Mention* MentionAt(const std::vector<Mention>& mentions, size_t at);

}  // namespace kg::ingest
