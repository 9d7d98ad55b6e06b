// Rankings a text describes rather than names: "[Y가 집계한] 지난달 종합몰 앱 사용자 순위에서
// X는 5위에 올랐다". A ranking noun (ko_grammar.json: ranking_nouns) with the bare nouns written
// before it is the ranking the ranks of its sentence are in, named by those words (종합몰 앱
// 사용자 순위); a time word before them is left out. A ranking noun with no noun of its own
// before it (순위에서, 한국의 순위는) describes no ranking, and a named work is read first.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

namespace {

constexpr int kMaxRankingWords = 5;  // 7월 일본 뷰티 쇼핑앱 다운로드 순위

}  // namespace

int KoreanExtractor::Impl::RankingPhrase() {
  bool ranks = std::any_of(values.begin(), values.end(), [](const ValueMention& v) {
    return v.kind == ValueMention::Kind::kRank;
  });
  if (!ranks) return -1;  // a ranking no rank is stated in is left unnamed
  const KoreanGrammar& g = KoreanGrammar::Get();
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 1; i < n; ++i) {
    const Token& t = token(i);
    if (!t.mentions.empty() || !t.values.empty() || t.comma) continue;
    // 순위에서, 순위에, 순위도 (매겼는데), 순위를 (발표했는데): not the subject or topic.
    if (t.role != Role::kPlace && t.role != Role::kTarget && t.role != Role::kFocus &&
        t.role != Role::kObject) {
      continue;
    }
    std::string word = ko_words::StripPunct(t.text, nullptr);
    if (word != t.text) continue;
    std::string noun = SplitParticles(word).stem;
    if (!OneOf(noun, g.ranking_nouns)) continue;
    std::string name = noun;
    int words = 0;
    for (int j = i - 1; j >= 0 && j >= i - kMaxRankingWords; --j) {
      const Token& w = token(j);
      std::string text = ko_words::StripPunct(w.text, nullptr);
      // 만족도, 선호도: a noun ending in 도 read as one with the particle 도, which no word
      // right before another noun of a ranking's name is.
      bool noun_in_do = w.role == Role::kFocus && EndsWith(text, "도") && CodePointCount(text) >= 2;
      if ((w.role != Role::kNone && !noun_in_do) || w.comma || !w.values.empty()) break;
      if (text != w.text || OneOf(text, g.demonstratives) || OneOf(text, g.ranking_time_words))
        break;
      bool clause =
          w.mentions.empty() &&
          std::any_of(g.ranking_clause_finals.begin(), g.ranking_clause_finals.end(),
                      [&](const std::string& f) { return text != f && EndsWith(text, f); });
      if (clause) break;  // 집계한, 펴낸: the verb of a clause on the ranking
      name = text + " " + name;
      ++words;
    }
    if (words == 0) continue;
    return ents->Intern(name, "Work", {});
  }
  return -1;
}

}  // namespace kg::ingest
