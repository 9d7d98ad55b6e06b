// Finding a name written in Hangul from its English spelling: a user who asks "who founded
// Celltrion?" about a document that writes 셀트리온 gets the entity the document names. Used
// when a Latin name is not a name or alias of the graph, or is heard over more words than one
// that is (kg/base/name_sound.h says how two spellings are heard alike); a sound shared by two
// entities finds neither.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/base/model.h"
#include "kg/base/name_sound.h"
#include "kg/base/status.h"
#include "kg/io/term_text.h"
#include "kg/storage/store.h"

namespace kg {

class SoundAlikeNames {
 public:
  // References must outlive this.
  // `words` (may be null): English words of organisation names and their Korean words.
  SoundAlikeNames(const ReadView& view, TermText& text, const NameWords* words)
      : view_(view), text_(text), words_(words) {}

  // The one entity whose Hangul name sounds like `latin_name`; empty when none or several
  // do, or when the name has no Latin letter (a name partly in Hangul, K-벤치 leaderboard, is
  // heard). The graph's Hangul names are read once, on
  // the first call.
  Result<std::vector<TermId>> Find(const std::string& latin_name);

 private:
  struct Entry {
    NameSound sound;
    TermId id;
  };
  Status Load(const std::string& prefix);

  const ReadView& view_;
  TermText& text_;
  const NameWords* words_;
  std::map<std::string, bool> loaded_;  // name prefixes read so far
  std::unordered_multimap<std::string, Entry> by_consonants_;
};

}  // namespace kg
