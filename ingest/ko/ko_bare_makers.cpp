// A maker written bare right before its product's name, with no 의 between: "가람전자 **누리폰
// 9**과 ...", "한솔 HX7이 꼽힌다". Korean drops the genitive before a brand's model name the way
// it does before a relation noun (ko_genitive_frames.cpp reads "ORG의 PRODUCT"). Bare adjacency
// is loose, so both sides must be sure: the maker an organisation the lexicon or the document
// types as one, written with no particle, and the product a name of a product's kind (typed
// Product, or an untyped name set off in bold or quotes, or a Latin name with a digit) that ends
// where its name ends (not the front of a longer bold name). Two organisations side by side, a
// place or a person are never maker and product. The relation is relations.json's rule
// 'bare_maker'.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

namespace {

// A model name carries a number (갤럭시 A56, 누리폰 9); a name of words only may as well be a
// person's, a common noun's or a letter cut from a longer name (아마존 Q 디벨로퍼).
bool ModelLike(const std::string& name) {
  return std::any_of(name.begin(), name.end(),
                     [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; });
}

// A tier word opening `word` (맥스예요): lexicon.json product_tier.
bool OpensWithTier(const Lexicon& lexicon, const std::string& word) {
  for (size_t cut = word.size(); cut > 0; --cut) {
    if (cut < word.size() && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80)
      continue;  // mid-character
    if (!lexicon.ClassifierType("product_tier", word.substr(0, cut)).empty()) return true;
  }
  return false;
}

}  // namespace

void KoreanExtractor::Impl::BareMakers() {
  const RelationDef* maker = x.relations_.ForRule("bare_maker");
  if (!maker) return;
  const std::string& text = sentence.text;
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    const Token& g = token(i);
    // The maker: one name that is the whole word, no particle, no comma (A, B lists names).
    if (g.mentions.size() != 1 || g.role != Role::kNone || g.comma || !g.values.empty() ||
        !g.stem.empty())
      continue;
    const Mention& om = mentions[static_cast<size_t>(g.mentions[0])];
    if (om.begin != g.begin || om.end != g.end) continue;
    // Known for an organisation: the lexicon's, or a Hangul name the document types as one (an
    // acronym typed as an organisation by its capitals alone is not sure enough).
    const ExtractedEntity& org = ents->at(om.entity);
    bool hangul = !org.name.empty() && static_cast<unsigned char>(org.name[0]) >= 0x80;
    if (org.type != "Organization" || !(org.from_lexicon || hangul)) continue;
    // The product: a name opening the next word.
    const Token& t = token(i + 1);
    if (t.mentions.empty()) continue;
    const Mention& pm = mentions[static_cast<size_t>(t.mentions[0])];
    if (pm.begin != t.begin &&
        text.substr(t.begin, pm.begin - t.begin).find_first_not_of("'‘\"“") != std::string::npos) {
      continue;
    }
    if (pm.entity == om.entity) continue;
    const ExtractedEntity& product = ents->at(pm.entity);
    bool kind = product.type == "Product" || (product.type.empty() && !product.concept_word &&
                                              !product.from_lexicon && ModelLike(product.name));
    if (!kind) continue;
    // The name ends its word (particles only after it) and is not the front of a longer one
    // whose next word is a tier (lexicon.json product_tier: 프로, 맥스).
    size_t word_end = pm.end;
    while (word_end < text.size() && text[word_end] != ' ') ++word_end;
    std::string rest = ko_words::StripPunct(text.substr(pm.end, word_end - pm.end), nullptr);
    if (!rest.empty() && !IsParticleSequence(rest)) continue;
    if (word_end + 1 < text.size() && text[word_end] == ' ') {
      size_t next_end = text.find(' ', word_end + 1);
      if (next_end == std::string::npos) next_end = text.size();
      if (OpensWithTier(x.lexicon_, text.substr(word_end + 1, next_end - word_end - 1))) continue;
    }
    EmitSimple(om.entity, maker->id, pm.entity, g.begin, pm.end, "ko:bare-maker");
  }
  // "한솔 HX7": the organisation and a version written as one name (mentions' ORG + version);
  // the mention keeps the organisation as the product's maker.
  for (const Mention& m : mentions) {
    if (m.source != Mention::Source::kVersion || m.owner < 0 || m.owner == m.entity) continue;
    const ExtractedEntity& org = ents->at(m.owner);
    if (org.type != "Organization" || !org.from_lexicon) continue;
    EmitSimple(m.owner, maker->id, m.entity, m.begin, m.end, "ko:bare-maker");
  }
}

}  // namespace kg::ingest
