// The entities of one document as they are found: each mention resolves to one entry here,
// merged by name or alias with the lexicon first, so "네이버" and "Naver" are one entity and a
// name defined once ("순다르 피차이(Sundar Pichai)") is recognised again later in the text.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions/gazetteer.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

class DocEntities {
 public:
  // `lexicon_names` maps every lexicon name and alias to its entry index.
  DocEntities(const Lexicon& lexicon, const Gazetteer& lexicon_names);

  // The entity for a lexicon entry (created on first use).
  int FromLexicon(int lexicon_index);
  // The entity with this name or one of these aliases -- in the lexicon or already in the
  // document -- else a new one. New aliases are added to it.
  int Intern(const std::string& name, const std::string& type, const std::vector<Alias>& aliases);
  // The entity named `name` of `type`, created when there is none, that later text does not
  // mention by that name: a kind of thing (검색 엔진) is an answer, not a name to look for.
  int InternUnlisted(const std::string& name, const std::string& type);
  // Entity whose name or alias is exactly `surface` (case and spaces ignored), or -1.
  int Find(std::string_view surface) const;
  // The document's entity named `surface`, else the lexicon's (not added to the document):
  // its name and type; false when neither knows it.
  bool NameAndType(std::string_view surface, std::string* name, std::string* type) const;
  void AddAlias(int entity, const Alias& alias);
  void SetType(int entity, const std::string& type);
  // The organisation that makes a product (미스트랄(Mistral-7B)), or -1.
  void SetOwner(int product, int owner);
  int OwnerOf(int product) const;
  // The place a facility's name starts with (군산공장 -> 군산), or -1 (facility_names.cpp).
  void SetSite(int facility, int place);
  int SiteOf(int facility) const;

  const Gazetteer& names() const { return doc_names_; }
  const std::vector<ExtractedEntity>& entities() const { return entities_; }
  const ExtractedEntity& at(int i) const { return entities_[static_cast<size_t>(i)]; }
  const Lexicon& lexicon() const { return lexicon_; }

 private:
  const Lexicon& lexicon_;
  const Gazetteer& lexicon_names_;
  Gazetteer doc_names_;
  std::vector<ExtractedEntity> entities_;
  std::vector<int> by_lexicon_;  // lexicon index -> entity index or -1
  std::map<int, int> owners_;
  std::map<int, int> sites_;
};

}  // namespace kg::ingest
