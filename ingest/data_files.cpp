// Data files: embedded copies and the development directory.
#include "ingest/data_files.h"

#include <cstdlib>
#include <fstream>

#include "kg/base/json_file.h"

namespace kg::ingest {

extern const char* const kEmbeddedRelationsJson;
extern const char* const kEmbeddedLexiconJson;
extern const char* const kEmbeddedEnSynonymsJson;
extern const char* const kEmbeddedEnRolesJson;
extern const char* const kEmbeddedQuestionWordsJson;
extern const char* const kEmbeddedKoGrammarJson;
extern const char* const kEmbeddedPageFurnitureJson;

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
  if (name == "ko_grammar.json") return kEmbeddedKoGrammarJson;
  if (name == "page_furniture.json") return kEmbeddedPageFurnitureJson;
  return std::string();
}

std::string ReadDataFile(const std::string& name) {
  std::string path = DataDir() + "/" + name;
  std::string text;
  if (std::ifstream(path).good() && ReadTextFile(path, &text).ok()) return text;
  return EmbeddedDataFile(name);
}

}  // namespace kg::ingest
