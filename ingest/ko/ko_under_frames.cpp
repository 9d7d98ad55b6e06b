// Where an organisation sits, said with a relation noun of the name's side marked 에 or ending
// a noun marked 로 rather than before the name (ko_genitive_frames.cpp reads "Y 산하 X"):
// "Y 산하에 X를 신설했다" (the name set up there), "X는 Y 산하에 문을 연 기관이다" (the topic,
// when the sentence ends in its copula), "X는 Y 산하 협의체로 운영된다" (the topic, cast as a
// noun marked 로). Which nouns say it is data (relations.json genitive_nouns of the subject's
// side: 산하, 회원사), never words in code.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/korean.h"

namespace kg::ingest {

namespace {

// The relation whose genitive noun `stem` is, with the name it leads to as its subject.
const RelationDef* SubjectSideNoun(const RelationVocabulary& vocabulary, const std::string& stem) {
  for (const RelationDef& r : vocabulary.relations()) {
    auto it = r.ko_genitive_nouns.find(stem);
    if (it != r.ko_genitive_nouns.end() && it->second) return &r;
  }
  return nullptr;
}

bool MayBelong(const std::string& type) {
  return type != "Person" && type != "Country" && type != "Place";
}

}  // namespace

void KoreanExtractor::Impl::UnderFrames() {
  const int n = static_cast<int>(c.tokens.size());
  auto name_at = [&](int j) {
    if (j >= n || token(j).mentions.empty()) return -1;
    const Mention& m = mentions[static_cast<size_t>(token(j).mentions[0])];
    return m.begin == token(j).begin ? m.entity : -1;
  };
  for (int i = 0; i + 2 < n; ++i) {
    const Token& g = token(i);
    if (g.mentions.empty() || !g.head_is_mention ||
        (g.role != Role::kNone && g.role != Role::kGenitive)) {
      continue;
    }
    int owner = mentions[static_cast<size_t>(g.mentions.back())].entity;
    const std::string& owner_type = ents->at(owner).type;
    if (owner_type != "Organization" && owner_type != "Government" && !owner_type.empty()) continue;
    const Token& noun = token(i + 1);
    if (!noun.mentions.empty() || noun.comma) continue;
    std::string stem = SplitParticles(ko_words::StripPunct(noun.text, nullptr)).stem;
    const RelationDef* rel = SubjectSideNoun(x.relations_, stem);
    if (!rel) continue;
    int member = -1;
    size_t e = noun.end;
    const Token& next = token(i + 2);
    if (noun.role == Role::kTarget) {
      // "Y 산하에 X를 신설하다": the name set up there; else the topic the sentence's copula
      // defines ("X는 Y 산하에 문을 연 기관이다").
      if (next.role == Role::kObject && name_at(i + 2) >= 0) {
        member = name_at(i + 2);
        e = next.end;
      } else if (token(n - 1).predicative) {
        member = CopulaTopic(g.begin);
        e = token(n - 1).end;
      }
    } else if (noun.role == Role::kNone && next.mentions.empty() && next.values.empty() &&
               next.role == Role::kMeans && !next.comma) {
      // "X는 Y 산하 협의체로 운영된다": the topic, cast as the noun marked 로.
      member = CopulaTopic(g.begin);
      e = next.end;
    }
    if (member < 0 || member == owner || !MayBelong(ents->at(member).type)) continue;
    EmitSimple(member, rel->id, owner, g.begin, e, "ko:under-frame");
  }
}

}  // namespace kg::ingest
