// "IBM의 AI 시스템 왓슨", "구글의 AI 모델 제미나이": a concept the document has named (AI, once
// "인공지능(AI)" defined it) may stand among the descriptor nouns between an organisation's
// genitive and the name of its product. It is a mention, so the genitive-product frame
// (ko_genitive_frames.cpp) stops at it; this reads it as the modifier of the product classifier
// after it (lexicon.json ko_before_name), and the name after that as the product.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

int KoreanExtractor::Impl::NameAfterConceptClassifier(int j, std::string* kind) const {
  const int n = static_cast<int>(c.tokens.size());
  if (j + 2 >= n) return -1;
  const Token& concept_word = token(j);
  const Token& classifier = token(j + 1);
  const Token& name = token(j + 2);
  // The concept: one bare mention, a named idea and not a maker, product, person or place.
  if (concept_word.mentions.size() != 1 || concept_word.role != Role::kNone || concept_word.comma ||
      !concept_word.values.empty() || !concept_word.head_is_mention) {
    return -1;
  }
  const Mention& m = mentions[static_cast<size_t>(concept_word.mentions[0])];
  const std::string& type = ents->at(m.entity).type;
  if (m.begin != concept_word.begin || (!type.empty() && type != "Concept")) return -1;
  // The classifier: a bare noun of no name that names a kind of product (시스템, 모델, 칩).
  if (!classifier.mentions.empty() || !classifier.values.empty() || classifier.comma ||
      classifier.role != Role::kNone || classifier.predicative) {
    return -1;
  }
  std::string stem = SplitParticles(ko_words::StripPunct(classifier.text, nullptr)).stem;
  if (x.lexicon_.ClassifierSuffixType("ko_before_name", stem) != "Product") return -1;
  // The name right after it, from its first character.
  if (name.mentions.empty() || mentions[static_cast<size_t>(name.mentions[0])].begin != name.begin)
    return -1;
  *kind = stem;
  return j + 2;
}

}  // namespace kg::ingest
