// Definite noun phrases that point back to a name: "the center" after "National AI Computing
// Center", "the chain" after "Ohio discount chain Brightwell Stores", "the group" after
// "Hyundai Motor Group". A noun names the most recent entity whose name ends in it or whose
// descriptor it heads (the strict head match of coreference resolution), never a person.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

class DefiniteHeads {
 public:
  // Records the head nouns of a sentence's names and descriptors (call after the sentence is
  // read, so a sentence's own definite phrases point only to earlier sentences).
  void Note(const Sentence& sentence, const std::vector<Mention>& mentions, const DocEntities& ents);
  // The entity "the <noun>" points to, or -1 (`noun` lower-case, singular).
  int Resolve(const std::string& noun) const;

 private:
  std::vector<std::pair<std::string, int>> heads_;  // (noun, entity), in text order
};

}  // namespace kg::ingest
