// Definite noun phrases that point back to a name: "the center" after "National AI Computing
// Center", "the chain" after "Ohio discount chain Brightwell Stores", "the group" after
// "Hyundai Motor Group". A noun names the most recent entity whose name ends in it or whose
// descriptor it heads (the strict head match of coreference resolution), never a person.
// "the project" and "the consortium" point back to the last named undertaking: a name headed
// by an undertaking noun ("National AI Computing Center") or described by one ("X, a wind farm").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_roles.h"
#include "ingest/en/en_words.h"
#include "ingest/extraction.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

class DefiniteHeads {
 public:
  // Records the head nouns of a sentence's names and descriptors (call after the sentence is
  // read, so a sentence's own definite phrases point only to earlier sentences).
  void Note(const Sentence& sentence, const std::vector<Mention>& mentions, const DocEntities& ents,
            const EnglishWords* words = nullptr);
  // The entity "the <noun>" points to, or -1 (`noun` lower-case, singular).
  int Resolve(const std::string& noun) const;
  // The organisation the last sentence opening with one opened with (what the text is about), or -1.
  int Topic() const { return topic_; }
  // The last named undertaking of the earlier sentences, or -1.
  int LastUndertaking() const { return undertakings_.empty() ? -1 : undertakings_.back(); }
  // True when entity `e` was noted as an undertaking, or its name is headed by an undertaking noun.
  bool IsUndertaking(int e, const DocEntities& ents, const EnglishWords& words) const;

 private:
  std::vector<std::pair<std::string, int>> heads_;  // (noun, entity), in text order
  std::vector<int> undertakings_;                    // in text order
  int topic_ = -1;
};

// The organisation a sentence opens with (its subject), or -1.
int OpeningOrganisation(const std::vector<Mention>& mentions, const DocEntities& ents);

// "X CEO Y said his company ...", "X Chairman Y, whose conglomerate ...": the organisation of
// the titled person named last before byte `at` (a title span of `merged` opening with it), or -1.
int TitledPersonOrganisation(size_t at, const std::vector<Mention>& mentions,
                             const std::vector<MergedSpan>& merged, const DocEntities& ents);

// True when name word `w` only modifies the common noun after it inside a determiner's phrase
// ("the Zaragoza campus", "a Porto plant"), the noun before word `limit`: a pronoun after it
// points to that phrase (the campus), not to the name ("... for the Zaragoza campus, and Vinci
// will build it").
bool NameModifiesNoun(const LinkageReader& reader, int w, int limit);

}  // namespace kg::ingest
