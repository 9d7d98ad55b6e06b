// A place named in a second phrase of the same preposition after a verb, behind a common noun
// ("will invest $2 billion in the X data center project in Portugal"): the parse may hang both
// phrases from the verb, but the place says where the project is, not what is invested in.
// Kept apart from en_extract.cpp, which is at its size limit.
#pragma once

#include <string>
#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_roles.h"
#include "ingest/en/en_words.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"

namespace kg::ingest {

// Drops from the objects of preposition `prep` of a verb (parse words, in order) a head naming
// a place or country that comes after a head of the same preposition naming nothing (one of
// them, or hanging from one of the verb's `objects`: "$2 billion in the project"): a common
// noun that is no time or payment word of en_roles.json ("project", not "2024" or "cash").
struct NestedPlaces {
  const std::vector<int>& objects;
  const std::string& prep;
  const LinkageReader& reader;
  const PreparedText& prepared;
  const std::vector<Mention>& mentions;
  const DocEntities& ents;
  const EnglishWords& words;

  std::vector<int> operator()(const std::vector<int>& heads) const;
};

}  // namespace kg::ingest
