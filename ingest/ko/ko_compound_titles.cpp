// A title written onto the name of the body it heads: "홍길동 삼척시장", "홍길동
// 개인정보보호위원장" -> the person holds the title at 삼척시 / 개인정보보호위원회. Which titles
// are written so, and the end of the body's name they replace, is data (ko_grammar.json:
// compound_title_suffixes); the body must be one the document names.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

void KoreanExtractor::Impl::CompoundTitles() {
  const RelationDef* held = x.relations_.ForRule("compound_title");
  if (!held) return;
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    const Token& name = token(i);
    const Token& title = token(i + 1);
    if (name.mentions.size() != 1 || !name.head_is_mention || name.role != Role::kNone || !title.mentions.empty()) {
      continue;
    }
    int person = mentions[static_cast<size_t>(name.mentions[0])].entity;
    if (ents->at(person).type != "Person") continue;
    std::string word = SplitParticles(ko_words::StripPunct(title.text, nullptr)).stem;
    for (const KoreanGrammar::TitledBody& titled : KoreanGrammar::Get().CompoundTitleBodies(word)) {
      int body = ents->Find(titled.body);
      if (body < 0 || body == person) continue;
      const std::string& kind = ents->at(body).type;
      if (kind != "Organization" && kind != "Government" && kind != "Place") continue;
      // The role is the title the word ends in (삼척시장: 시장), as the body is named apart.
      EmitSimple(person, held->id, body, name.begin, title.end, "ko:compound-title",
                 TitleRole(*held, titled.title));
      break;
    }
  }
}

}  // namespace kg::ingest
