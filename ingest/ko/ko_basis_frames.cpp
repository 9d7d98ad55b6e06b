// What a thing is built on, as Korean says it with a basis postposition (바탕으로, 기반으로,
// 토대로: ko_grammar.json noun_postpositions) and one of the verbs right after it that make or
// constitute the thing (ko_grammar.json basis_verbs): "Y를 바탕으로 만든 모델 Z" and "Y를 기반으로
// 한 'Z'" (the name the relative clause leads to), "Z는 Y를 바탕으로 만든 모델이다" (the topic the
// noun after it is predicated of), "Z는 Y를 기반으로 한다" (the topic of the clause 하다 ends).
// The predicates leave the basis out of their arguments, so this frame alone reads it.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/morphology.h"

namespace kg::ingest {

namespace {

enum class BasisVerb { kNone, kAdnominal, kFinal };

// How `word` goes on from a basis: the adnominal form of a basis verb (만든, 한: it leads to
// the thing built), a form of 하다 that ends or links a clause (한다, 한대요, 하며: the clause's
// topic is the thing), or neither (추천하고: a way of doing something).
BasisVerb ReadBasisVerb(const std::string& word) {
  Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
  if (!morphology.ok()) return BasisVerb::kNone;
  const std::vector<std::string>& verbs = KoreanGrammar::Get().basis_verbs;
  std::shared_ptr<const WordAnalysis> a = (*morphology)->Analyze(word);
  BasisVerb found = BasisVerb::kNone;
  for (const WordReading& r : a->readings) {
    if (!r.predicate || r.copula || r.compound || !OneOf(r.lemma, verbs)) continue;
    EndingKind kind = AnalyzeEnding(r.rest).kind;
    if (kind == EndingKind::kAdnominal) return BasisVerb::kAdnominal;
    if (r.lemma == "하다" && kind != EndingKind::kNominal) found = BasisVerb::kFinal;
  }
  return found;
}

}  // namespace

void KoreanExtractor::Impl::BasisFrames() {
  const RelationDef* based_on = x.relations_.ForRule("basis_frame");
  if (!based_on) return;
  const int n = static_cast<int>(c.tokens.size());
  for (size_t b = 0; b < c.phrases.size(); ++b) {
    const Phrase& basis = c.phrases[b];
    if (basis.link != "basis") continue;
    std::vector<int> bases = Entities(static_cast<int>(b));
    int verb = basis.last + 2;  // the phrase, the basis word, the verb
    if (bases.empty() || verb >= n || !token(basis.last + 1).postposition) continue;
    BasisVerb how = ReadBasisVerb(ko_words::StripPunct(token(verb).text, nullptr));
    if (how == BasisVerb::kNone) continue;
    // The topic written before the basis, which the sentence is about.
    int topic = -1;
    for (size_t j = 0; j < b; ++j) {
      if (c.phrases[j].topic && !c.phrases[j].referents.empty()) topic = static_cast<int>(j);
    }
    std::vector<int> built;
    size_t end = token(verb).end;
    if (how == BasisVerb::kAdnominal) {
      // The phrase the verb leads to (it holds the verb when the verb is no predicate: 한).
      for (const Phrase& head : c.phrases) {
        if (head.first > verb + 1 || head.last < verb + 1) continue;
        const Token& last = token(head.last);
        if (!head.referents.empty() && last.head_is_mention) {
          built = head.referents;  // "... 만든 경량 모델 Z를", "... 한 'Z'를"
        } else if (head.referents.empty() && last.predicative && topic >= 0) {
          built = phrase(topic).referents;  // "Z는 ... 만든 모델이랍니다"
        }
        end = last.end;
      }
    } else if (topic >= 0) {
      built = phrase(topic).referents;  // "Z는 Y를 기반으로 한다"
    }
    size_t begin =
        token(topic >= 0 && built == phrase(topic).referents ? phrase(topic).first : basis.first)
            .begin;
    for (int z : built) {
      for (int y : bases) {
        if (z != y) EmitSimple(z, based_on->id, y, begin, end, "ko:basis");
      }
    }
  }
}

}  // namespace kg::ingest
