// The lexicon: known entities with canonical English names, types and aliases, from
// ingest/data/lexicon.json, the countries ICU knows (English and Korean names), user files
// (--lexicon) and user entries kept in the database. Plus the small language tables that go
// with names: country abbreviations in compounds (미·중) and loanword transliterations.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/base/model.h"
#include "kg/base/status.h"

namespace kg::ingest {

struct LexiconEntry {
  std::string name;  // canonical display name
  std::string type;  // Organization, Person, Country, ...
  std::vector<Alias> aliases;
};

class Lexicon {
 public:
  // ingest/data/lexicon.json (see RelationVocabulary::Default for where it is found) plus
  // ICU's countries.
  static Result<Lexicon> Default();
  // Parses a lexicon file: {"entities": [{"name", "type", "aliases": {"ko": [...], ...}}]}.
  // Errors name `source` with line and column, or the entry that is malformed.
  static Result<Lexicon> Parse(const std::string& text, const std::string& source);
  static Result<Lexicon> Load(const std::string& path);

  // Adds the entries (and tables) of `other`; an entry with an existing name extends it.
  void Merge(const Lexicon& other);
  void Add(LexiconEntry entry);

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  // Index of the entry whose name is `name` (case-insensitive), or -1.
  int FindByName(const std::string& name) const;
  // Country entry for a region code ("FR"), or -1.
  int Country(const std::string& region) const;
  // "미" -> entry of the United States, for compounds like 미·중; -1 if none.
  int CompoundAbbreviation(const std::string& syllable) const;
  // "프로젝트" -> "Project"; empty if none.
  std::string Transliterate(const std::string& word) const;

  // What kind of thing a classifier noun says a name is (lexicon.json "classifiers"), empty if
  // none. Kinds: "ko_before_name", "ko_after_name", "ko_name_suffix", "ko_org_suffix",
  // "en_last_word".
  std::string ClassifierType(const std::string& kind, const std::string& word) const;
  // The type of the longest classifier of `kind` that `word` ends in ("AI서비스" -> Product).
  std::string ClassifierSuffixType(const std::string& kind, const std::string& word) const;
  // That longest classifier itself (empty if none), its type in *type when given.
  std::string ClassifierSuffix(const std::string& kind, const std::string& word,
                               std::string* type = nullptr) const;
  // A product's generation as the English name writes it: a number and a counter word
  // (classifiers "product_generation": 3세대 -> "Gen 3"); empty for any other word.
  std::string ProductGeneration(const std::string& word) const;

  // The JSON form of one entry (for `kg lexicon list`).
  static nlohmann::json EntryToJson(const LexiconEntry& e);
  // Parses one entry object. Errors name `where`.
  static Result<LexiconEntry> EntryFromJson(const nlohmann::json& j, const std::string& where);

 private:
  Status AddCountries();
  std::vector<LexiconEntry> entries_;
  std::map<std::string, int> by_name_;      // folded name -> index
  std::map<std::string, int> by_region_;    // "FR" -> index
  std::map<std::string, std::string> abbreviations_;  // "미" -> "US"
  std::map<std::string, std::string> transliterations_;
  std::map<std::string, std::vector<std::string>> country_aliases_;
  std::map<std::string, std::string> country_names_;
  std::map<std::string, std::map<std::string, std::string>> classifiers_;  // kind -> word -> type
};

}  // namespace kg::ingest
