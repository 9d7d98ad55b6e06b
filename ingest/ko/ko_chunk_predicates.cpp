// Finding the predicates of a chunked Korean sentence: the eojeol (or words) whose stem is a
// relation cue of the vocabulary, read through the dictionary or by the longest stem it starts
// with, light verbs and other clause ends; then negation and plans written in the next eojeol.
#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"
#include "kg/base/strings.h"

#include <algorithm>

#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace ko_words;

namespace {

// Morphemes that make a stem a verb (or a copula) right after it.
bool VerbalRemainder(const std::string& rest, bool* copula) {
  const KoreanGrammar& g = KoreanGrammar::Get();
  *copula = false;
  if (StartsWithAny(rest, g.verbal_suffixes)) return true;
  *copula = StartsWithAny(rest, g.copula_suffixes);
  return *copula;
}

// Endings that follow a native verb stem directly (손잡았다, 이끌고, 찾는, 열린).
bool NativeEnding(const std::string& rest) {
  return StartsWithAny(rest, KoreanGrammar::Get().native_verb_endings);
}

}  // namespace

std::vector<int> KoreanChunker::FindPredicates(const std::string& s, const std::vector<Mention>& mentions,
                                               Chunked* chunked) const {
  Chunked& out = *chunked;
  const std::vector<Token>& tokens = out.tokens;
  const int n = static_cast<int>(tokens.size());
  std::vector<int> pred_of(static_cast<size_t>(n), -1);
  for (int i = 0; i < n; ++i) {
    if (pred_of[static_cast<size_t>(i)] >= 0) continue;
    const Token& t = tokens[static_cast<size_t>(i)];
    if (t.head_is_mention || t.jurisdiction) continue;
    bool mention_start = !t.mentions.empty() && mentions[static_cast<size_t>(t.mentions[0])].begin == t.begin;
    if (mention_start) continue;
    Predicate by_lemma;
    if (LemmaPredicate(tokens, i, &by_lemma)) {
      by_lemma.token = i;
      for (int k = by_lemma.first_token; k < i; ++k) pred_of[static_cast<size_t>(k)] = static_cast<int>(out.predicates.size());
      pred_of[static_cast<size_t>(i)] = static_cast<int>(out.predicates.size());
      out.predicates.push_back(by_lemma);
      continue;
    }
    Predicate best;
    if (StemPredicate(s, tokens, i, &best)) {
      int index = static_cast<int>(out.predicates.size());
      for (int k = best.first_token; k <= best.token; ++k) pred_of[static_cast<size_t>(k)] = index;
      out.predicates.push_back(best);
      i = best.token;
      continue;
    }
    // Light verbs carry the relation of the phrase before them; any other verb that ends a
    // clause is kept without a relation, so clauses stay apart (X가 주장하자, Y는 촉구했다).
    Predicate other;
    if (LightVerb(t, &other) || ClauseEnd(t, &other)) {
      other.token = other.first_token = i;
      pred_of[static_cast<size_t>(i)] = static_cast<int>(out.predicates.size());
      out.predicates.push_back(other);
    }
  }
  return pred_of;
}

bool KoreanChunker::StemPredicate(const std::string& s, const std::vector<Token>& tokens, int i,
                                  Predicate* found) const {
  const int n = static_cast<int>(tokens.size());
  const Token& t = tokens[static_cast<size_t>(i)];
  std::string_view from(s.c_str() + t.begin, s.size() - t.begin);
  Predicate best;
  size_t best_len = 0;
  const std::vector<size_t>& candidates = StemsStartingLike(from);
  for (size_t k : candidates) {
    const StemEntry& st = stems_[k];
    if (st.stem.size() <= best_len) break;
    if (!StartsWith(from, st.stem)) continue;
    size_t stem_end = t.begin + st.stem.size();
    int last = i;
    while (last + 1 < n && tokens[static_cast<size_t>(last)].end < stem_end) ++last;
    const Token& lt = tokens[static_cast<size_t>(last)];
    if (stem_end > lt.end) continue;
    bool comma = false;
    std::string rest = StripPunct(s.substr(stem_end, lt.end - stem_end), &comma);
    // A date in parentheses after an event noun: 제정(’24.6월).
    bool date_paren = false;
    if (!rest.empty() && rest[0] == '(') {
      date_paren = !lt.values.empty();
      rest.clear();
    }
    bool copula = false;
    bool one_syllable = CodePointCount(st.stem) == 1;
    bool verbal = VerbalRemainder(rest, &copula);
    // A noun followed by its particle (대표는, 경쟁은) is not a predicate ("하고" is the verb).
    if (!verbal && !rest.empty() && SplitParticles(st.stem + rest).stem == st.stem) continue;
    bool native = !verbal && NativeEnding(rest) && !one_syllable;
    bool bare = rest.empty() && !one_syllable &&
                (lt.comma || date_paren || last + 1 == n);
    // "한가람 누리전자 대표": a title closing an apposition is a noun, not an event.
    if (bare && i > 0 && mentions_.IsTitle(st.stem) && tokens[static_cast<size_t>(i - 1)].head_is_mention &&
        tokens[static_cast<size_t>(i - 1)].role == Role::kNone) {
      continue;
    }
    if (!(verbal || native || bare)) continue;
    if (one_syllable && copula) continue;
    Predicate p;
    p.token = last;
    p.first_token = i;
    p.stem = st.stem;
    p.inverse = st.inverse;
    // "X를 통과시켰다": the causative (시키다) undoes the swap of "X가 국회를 통과했다".
    p.swap = st.swap && !StartsWithAny(rest, KoreanGrammar::Get().causative_suffixes);
    // "X를 출범시켰다": the causative of an intransitive verb takes an object.
    p.intransitive =
        st.intransitive && !StartsWithAny(rest, KoreanGrammar::Get().causative_suffixes);
    p.copula = copula;
    p.bare_noun = bare;
    p.ending = AnalyzeEnding(rest);
    if (copula) {
      if (rest == "인" || StartsWith(rest, "인")) p.ending.kind = EndingKind::kAdnominal;
      else if (StartsWith(rest, "이라") || StartsWith(rest, "이다")) p.ending.kind = EndingKind::kFinal;
      else if (StartsWith(rest, "이며") || StartsWith(rest, "이고") || StartsWith(rest, "이자")) p.ending.kind = EndingKind::kConnective;
    }
    if (bare) p.ending.kind = EndingKind::kFinal;
    best = p;
    best_len = st.stem.size();
  }
  if (best_len == 0) return false;
  // Every relation sharing this stem (투자: invested_in and investment_amount).
  for (size_t k : candidates) {
    const StemEntry& st = stems_[k];
    if (st.stem == best.stem && st.inverse == best.inverse &&
        std::find(best.relations.begin(), best.relations.end(), st.relation) == best.relations.end()) {
      best.relations.push_back(st.relation);
    }
  }
  *found = best;
  return true;
}

void KoreanChunker::MarkNegationAndPlans(const std::vector<Token>& tokens, std::vector<int>* pred_of_tokens,
                                         std::vector<Predicate>* predicates) {
  std::vector<int>& pred_of = *pred_of_tokens;
  const int n = static_cast<int>(tokens.size());
  const KoreanGrammar& g = KoreanGrammar::Get();
  // Negation and modality written in the next eojeol: 하지 않았다, 할 계획이다, 된다고 알려졌다.
  for (Predicate& p : *predicates) {
    int next = p.token + 1;
    if (next >= n) continue;
    std::string w = StripPunct(tokens[static_cast<size_t>(next)].text, nullptr);
    std::string aux;
    if (StartsWithAny(w, g.negation_auxiliaries, &aux)) {
      p.ending.negated = true;
      Ending real = AnalyzeEnding(w.substr(aux.size()));
      if (real.kind != EndingKind::kNone) p.ending.kind = real.kind;
      else p.ending.kind = EndingKind::kFinal;
      pred_of[static_cast<size_t>(next)] = pred_of[static_cast<size_t>(p.token)];
    } else if (p.ending.negated) {
      p.ending.negated = false;  // 하지 without 않/못 is not a negation (하지만)
    }
    // "공급해 온 X", "개발하고 있는 X": a connective verb and an adnominal auxiliary after it
    // are one verb modifying the next noun.
    if (p.ending.kind == EndingKind::kConnective && !p.ending.negated && OneOf(w, g.auxiliary_adnominals) &&
        pred_of[static_cast<size_t>(next)] < 0) {
      p.ending.kind = EndingKind::kAdnominal;
      pred_of[static_cast<size_t>(next)] = pred_of[static_cast<size_t>(p.token)];
    }
    if (p.ending.kind == EndingKind::kAdnominal || p.ending.kind == EndingKind::kNominal) {
      p.ending.unasserted = UnassertedClause(tokens, p.token);
    }
    if (StartsWithAny(w, g.plan_nouns)) {
      p.ending.planned = true;
      // "투자할 계획이다": the modal noun ends the clause; nothing is being modified.
      if (p.ending.kind == EndingKind::kAdnominal) p.ending.kind = EndingKind::kFinal;
    }
    if (p.ending.kind == EndingKind::kAdnominal) {
      // "중단한 상태", "한 것이다": a bound noun after the clause states it.
      if (StartsWithAny(w, g.statement_bound_nouns)) p.ending.kind = EndingKind::kFinal;
      // "지원을 받는 등": one of several things done, not a relative clause.
      if (OneOf(w, g.listing_words) || StartsWithAny(w, g.listing_word_prefixes)) {
        p.ending.kind = EndingKind::kConnective;
      }
    }
  }

  // "방문해 회동할 예정이다": a connective clause without its own tense shares the plan of
  // the clause it leads into ("방문했고 ... 할 예정이다" does not: it happened).
  for (size_t k = predicates->size(); k-- > 1;) {
    Predicate& prev = (*predicates)[k - 1];
    if ((*predicates)[k].ending.planned && prev.ending.kind == EndingKind::kConnective &&
        !prev.ending.past && !prev.ending.negated) {
      prev.ending.planned = true;
    }
  }
}

}  // namespace kg::ingest
