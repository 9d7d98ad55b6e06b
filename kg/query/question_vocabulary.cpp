// Flattens RelationDef verb/noun/stem forms into (surface, base) phrase lists.
#include "kg/query/question_vocabulary.h"

#include <cctype>

namespace kg {

namespace {
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

parser::Vocabulary QuestionVocabulary(const ingest::RelationVocabulary& relations) {
  parser::Vocabulary v;
  for (const ingest::RelationDef& r : relations.relations()) {
    for (const ingest::VerbForm& f : r.verbs) {
      for (const std::string* s : {&f.base, &f.past, &f.participle, &f.third}) {
        v.verbs.emplace_back(*s, f.base);
      }
    }
    for (const ingest::NounForm& n : r.nouns) {
      v.nouns.emplace_back(n.singular, Lower(n.singular));
      v.nouns.emplace_back(n.plural, Lower(n.singular));
    }
    for (const std::string& stem : r.ko_stems) v.korean_stems.push_back(stem);
  }
  return v;
}

}  // namespace kg
