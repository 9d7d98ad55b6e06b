// Data files: embedded copies and the development directory.
#include "ingest/data_files.h"

#include <cstdlib>

namespace kg::ingest {

extern const char* const kEmbeddedRelationsJson;
extern const char* const kEmbeddedLexiconJson;
extern const char* const kEmbeddedEnSynonymsJson;
extern const char* const kEmbeddedEnRolesJson;
extern const char* const kEmbeddedQuestionWordsJson;

std::string DataDir() {
  const char* env = std::getenv("KG_DATA_DIR");
  if (env && *env) return env;
  return KG_SOURCE_DATA_DIR;
}

std::string EmbeddedDataFile(const std::string& name) {
  if (name == "relations.json") return kEmbeddedRelationsJson;
  if (name == "lexicon.json") return kEmbeddedLexiconJson;
  if (name == "en_synonyms.json") return kEmbeddedEnSynonymsJson;
  if (name == "en_roles.json") return kEmbeddedEnRolesJson;
  if (name == "question_words.json") return kEmbeddedQuestionWordsJson;
  return std::string();
}

}  // namespace kg::ingest
