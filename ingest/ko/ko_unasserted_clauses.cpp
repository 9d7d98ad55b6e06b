// Clauses the writer does not assert, though their verb is a relation cue: the content of a
// report or a rumour ("X가 Y에 공급한다는 일부 외신 보도에 대해서는 '확정된 바 없다'") and a
// measure someone is only weighing ("Y를 제한하는 방안을 검토 중"). Their verbs give no fact
// (ko_predicates.cpp); the nouns and verbs are data (ko_grammar.json: hearsay_nouns,
// deliberated_nouns, deliberation_verbs).
#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "kg/base/strings.h"

namespace kg::ingest::ko_words {

namespace {

// The head noun may come after up to two bare words (공급한다는 일부 외신 보도).
constexpr int kMaxPhraseWords = 3;

// `word` is one of `nouns`, alone or with its particles (보도에, 방안을; not 보도자료를).
bool NounWithParticles(const std::string& word, const std::vector<std::string>& nouns) {
  for (const std::string& noun : nouns) {
    if (StartsWith(word, noun) &&
        (word.size() == noun.size() || IsParticleSequence(word.substr(noun.size())))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool UnassertedClause(const std::vector<Token>& tokens, int pred) {
  const KoreanGrammar& g = KoreanGrammar::Get();
  const int n = static_cast<int>(tokens.size());
  bool comma = false;
  StripPunct(tokens[static_cast<size_t>(pred)].text, &comma);
  if (comma || pred + 1 >= n) return false;  // "..., 보도에 따르면": the clause ended first
  for (int j = pred + 1; j < n && j <= pred + kMaxPhraseWords; ++j) {
    const Token& t = tokens[static_cast<size_t>(j)];
    std::string word = StripPunct(t.text, nullptr);
    // "공급한다는 (일부 외신) 보도": what was reported.
    if (NounWithParticles(word, g.hearsay_nouns)) return true;
    // "제한하는 방안을 검토 중": what is being weighed, right before the weighing verb.
    if (j == pred + 1 && NounWithParticles(word, g.deliberated_nouns) && j + 1 < n &&
        StartsWithAny(StripPunct(tokens[static_cast<size_t>(j + 1)].text, nullptr),
                      g.deliberation_verbs)) {
      return true;
    }
    if (t.role != Role::kNone || t.comma || t.postposition || word != t.text)
      break;  // the phrase ended
  }
  return false;
}

}  // namespace kg::ingest::ko_words
