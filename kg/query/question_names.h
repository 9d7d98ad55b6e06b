// Finds the names in a question's words: the longest run of words that is a name or alias of
// an entity in the graph (case-insensitive, NFC), with what follows the name inside its last
// word kept apart -- English "'s", a Korean particle or copula ending (누리랩스의, 국가야) -- and,
// for Korean, names written without their spaces (김민준 for 김 민준).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "kg/base/model.h"
#include "kg/base/status.h"
#include "kg/io/term_text.h"
#include "kg/query/sound_alike_names.h"
#include "kg/storage/store.h"

namespace kg {

struct NameMatch {
  size_t first = 0, end = 0;  // words [first, end)
  std::vector<TermId> ids;    // entities with that name
  std::string text;           // the name as written
  std::string rest;           // what follows it in its last word: "'s", "가", "의", "야"
};

class NameFinder {
 public:
  // References must outlive the finder. `name_endings` are the copula and question endings
  // that may follow a Korean name inside its eojeol (question_words.json).
  // `sound_names`, when given, finds an English spelling of a name the graph has in Hangul.
  NameFinder(const ReadView& view, TermText& text, const std::vector<std::string>& name_endings,
             SoundAlikeNames* sound_names = nullptr)
      : view_(view), text_(text), name_endings_(name_endings), sound_names_(sound_names) {}

  // Left to right, the longest name starting at each word not inside an earlier name.
  // `may_start(i)` says whether word i may begin a name (quoted words always may);
  // `may_be_alone(i)` whether it may be a one-word name by itself (a lower-case function word
  // is not). `words` are as written, punctuation included.
  Result<std::vector<NameMatch>> Find(const std::vector<std::string>& words, bool korean,
                                      const std::function<bool(size_t)>& may_be_alone);

  // Entities whose name is `text` exactly (folded).
  Result<std::vector<TermId>> Lookup(const std::string& text);

 private:
  Result<bool> Longest(const std::vector<std::string>& words, size_t start, bool korean,
                       NameMatch* best);
  Result<bool> SpacelessKorean(const std::vector<std::string>& words, size_t start,
                               NameMatch* best);
  // `may_be_alone` as for Find: a lower-case word that may not be a name by itself (a
  // function word, a relation or kind word) ends the run.
  Result<bool> SoundedLatin(const std::vector<std::string>& words, size_t start,
                            const std::function<bool(size_t)>& may_be_alone, NameMatch* best);

  const ReadView& view_;
  TermText& text_;
  const std::vector<std::string>& name_endings_;
  SoundAlikeNames* sound_names_;
  std::map<std::string, std::vector<TermId>> cache_;
  std::map<std::string, std::vector<std::pair<std::string, TermId>>> prefix_cache_;
};

// True when `rest` may follow a Korean name inside its eojeol: particles (가, 의, 와의, 에서는)
// or one of `name_endings` (야, 인가요, 입니까).
bool KoreanNameTail(const std::vector<std::string>& name_endings, const std::string& rest);

// A word without the punctuation that ends it ("OpenAI?" -> "OpenAI").
std::string TrimPunctuation(const std::string& word);

}  // namespace kg
