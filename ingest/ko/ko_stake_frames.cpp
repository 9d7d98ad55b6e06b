// Shares in a company, which Korean states with a noun and a percentage rather than a verb of
// owning: "X가 Y 지분 20%를 사들였다", "X가 보유한 Y의 지분 51%", "X는 Y 지분 약 13%를 가진
// 2대 주주다" (the subject before the company holds it), and "Y의 지분은 A가 51%, B가 49%를
// 갖고 있다" (each subject after the stake holds it). The stake nouns are data
// (relations.json: stake_nouns).
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_chunker_words.h"

namespace kg::ingest {

void KoreanExtractor::Impl::StakeFrames() {
  auto held_kind = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t.empty() || t == "Organization";
  };
  auto holder_kind = [&](int e) {
    const std::string& t = ents->at(e).type;
    return t.empty() || t == "Organization" || t == "Person" || t == "Government";
  };
  // The entity a token's word ends in (its head), or -1.
  auto head_entity = [&](int i) {
    const Token& t = token(i);
    if (t.mentions.empty() || !t.head_is_mention) return -1;
    return mentions[static_cast<size_t>(t.mentions.back())].entity;
  };
  auto percent_within = [&](int from, int to) {
    for (int j = from; j <= to && j < static_cast<int>(c.tokens.size()); ++j) {
      for (int v : token(j).values) {
        if (values[static_cast<size_t>(v)].kind == ValueMention::Kind::kPercent) return j;
      }
    }
    return -1;
  };
  const int n = static_cast<int>(c.tokens.size());
  for (const RelationDef& r : x.relations_.relations()) {
    for (const std::string& noun : r.ko_stake_nouns) {
      for (int i = 1; i < n; ++i) {
        const Token& stake = token(i);
        std::string word = ko_words::StripPunct(stake.text, nullptr);
        if (SplitParticles(word).stem != noun) continue;
        // The company: the name right before the noun, bare or with 의.
        int held = head_entity(i - 1);
        Role held_role = token(i - 1).role;
        if (held < 0 || !held_kind(held) || (held_role != Role::kNone && held_role != Role::kGenitive)) continue;
        size_t b = token(i - 1).begin;
        if (stake.topic) {
          // "Y의 지분은 A가 51%, B가 49%를": each subject followed by its percentage.
          for (int j = i + 1; j < n; ++j) {
            int holder = head_entity(j);
            if (holder < 0 || !IsSubjectLike(token(j).role) || !holder_kind(holder) || holder == held) continue;
            int pct = percent_within(j + 1, j + 1);
            if (pct >= 0) EmitSimple(holder, r.id, held, b, token(pct).end, "ko:stake");
          }
          continue;
        }
        // "X가 (…) Y 지분 N%를": the percentage after the noun, the nearest subject before.
        int pct = percent_within(i, i + 2);
        if (pct < 0) continue;
        for (int j = i - 2; j >= 0; --j) {
          int holder = head_entity(j);
          if (holder < 0 || !IsSubjectLike(token(j).role)) continue;
          if (holder_kind(holder) && holder != held) {
            EmitSimple(holder, r.id, held, token(j).begin, token(pct).end, "ko:stake");
          }
          break;
        }
      }
    }
  }
}

}  // namespace kg::ingest
