// What kind of thing a product is, said by the noun phrase written right before its name with
// no copula, as the head of a relative clause: "IBM이 개발한 슈퍼컴퓨터 딥블루", "공개한 거대
// 언어 모델 GPT-3" (a run of nouns with no clause before it is too often a compound). The phrase is
// read as ko_kind_frames.cpp reads a kind (bare nouns, no genitive, relation or person noun
// heads), and is taken only before a name of a product or of a thing not yet typed, never with
// an organisation's head noun: "반도체 기업 X" describes an organisation's trade.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/morphology.h"

namespace kg::ingest {

namespace {

// One noun alone is a kind only when it is a long word of its own (슈퍼컴퓨터, 스마트워치);
// a short one (모델, 서비스) stands back for something already named.
constexpr int kMinSingleKindSyllables = 4;

// Whether the head noun names a kind of entity other than a product (기업, 기관, 국가: the
// question words of relations.json type_words): "반도체 기업 X" describes an organisation.
bool NamesNoProduct(const RelationVocabulary& vocabulary, const std::string& head) {
  for (const std::string& type : vocabulary.TypesForWord(head)) {
    if (type != "Product") return true;
  }
  return false;
}

}  // namespace

void KoreanExtractor::Impl::KindAppositions() {
  const RelationDef* apposition = x.relations_.ForRule("kind_apposition");
  if (!apposition) return;
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    const Token& kind_end = token(i);
    const Token& name = token(i + 1);
    if (!kind_end.mentions.empty() || !kind_end.values.empty() || kind_end.role != Role::kNone) continue;
    // The name heads its phrase (its particle, or the comma of a list, follows it): in
    // "내연기관 SUV '스텔라'의" the first name only modifies the second.
    if (name.mentions.empty() || !name.head_is_mention || (name.role == Role::kNone && !name.comma)) continue;
    const Mention& m = mentions[static_cast<size_t>(name.mentions[0])];
    const std::string& type = ents->at(m.entity).type;
    if (m.begin != name.begin || (type != "Product" && !type.empty())) continue;
    bool comma = false;
    std::string word = ko_words::StripPunct(kind_end.text, &comma);
    if (comma || word != kind_end.text) continue;
    int first = i;
    std::string kind = KindBefore(i, word, &first, CodePointCount(word) >= kMinSingleKindSyllables);
    if (kind.empty() || NamesNoProduct(x.relations_, word) || first == 0) continue;
    if (!IsAdnominalVerb(ko_words::StripPunct(token(first - 1).text, nullptr))) continue;
    EmitKind(m.entity, kind, *apposition, token(first).begin, name.end, "ko:kind-apposition");
  }
}

}  // namespace kg::ingest
