// The words the question grammar recognises as relation phrases. The parser does not read
// files: whoever owns the relation vocabulary (ingest/data/relations.json) fills this in, so
// adding a relation there adds its questions here with no code change.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kg::parser {

struct Vocabulary {
  // Surface form -> base form, for every verb form: "partnered" -> "partner",
  // "partners" -> "partner", "partner" -> "partner". Multi-word phrases are allowed
  // ("teamed up" -> "team up").
  std::vector<std::pair<std::string, std::string>> verbs;
  // Surface -> base for relation nouns: "CEO" -> "CEO", "members" -> "member".
  std::vector<std::pair<std::string, std::string>> nouns;
  // Korean verb/noun stems that trigger a relation: "협력", "출시", "속".
  std::vector<std::string> korean_stems;
};

}  // namespace kg::parser
