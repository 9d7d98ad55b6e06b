// A thing an organisation made itself, as Korean says it with an adverb of one's own doing
// before the adnominal form of a making verb (ko_grammar.json own_make_adverbs: 자체 개발한,
// 직접 만든, 독자 설계한): "X는 자체 개발한 AI 모델 Z를 공개했다", "X가 자체 개발한 Z를 넣기로
// 했다". The relative clause has no subject of its own; its maker is the subject or topic of
// the clause it sits in, which the predicates give to the main verb only.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/morphology.h"

namespace kg::ingest {

namespace {

// Whether `word` is the adnominal form of one of the relation's verbs (개발한, 만든).
bool AdnominalOf(const std::string& word, const RelationDef& rel) {
  Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
  if (!morphology.ok()) return false;
  std::shared_ptr<const WordAnalysis> a = (*morphology)->Analyze(word);
  for (const WordReading& r : a->readings) {
    if (!r.predicate || r.copula || r.compound || !OneOf(r.lemma, rel.ko_lemmas)) continue;
    if (AnalyzeEnding(r.rest).kind == EndingKind::kAdnominal) return true;
  }
  return false;
}

// An organisation, or a name of no known kind (a startup the text introduces); not a product,
// person or place.
bool MakerType(const std::string& t) { return t == "Organization" || t == "Group" || t.empty(); }

}  // namespace

void KoreanExtractor::Impl::OwnMakeFrames() {
  const RelationDef* develops = x.relations_.Find("develops");
  if (!develops) return;
  const std::vector<std::string>& adverbs = KoreanGrammar::Get().own_make_adverbs;
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i + 2 < n; ++i) {
    if (!token(i).mentions.empty() || !OneOf(ko_words::StripPunct(token(i).text, nullptr), adverbs))
      continue;
    const int verb = i + 1;
    if (!AdnominalOf(ko_words::StripPunct(token(verb).text, nullptr), *develops)) continue;
    // The name the clause leads to: the word that ends its noun phrase (the first with a
    // particle or a comma, within a few words), when it ends in a name.
    std::vector<int> made;
    size_t end = token(verb).end;
    for (int j = verb + 1; j < n && j <= verb + 6; ++j) {
      const Token& t = token(j);
      if (t.role == Role::kNone && !t.topic && !t.focus && !t.comma && j + 1 < n) continue;
      if (t.head_is_mention && !t.mentions.empty()) {
        made.push_back(mentions[static_cast<size_t>(t.mentions.back())].entity);
        end = t.end;
      }
      break;
    }
    // The maker: the nearest subject or topic before the adverb, when it names one organisation.
    int maker = -1;
    size_t begin = token(i).begin;
    for (const Phrase& p : c.phrases) {
      if (p.last >= i) break;
      bool subject = p.topic || p.role == Role::kSubject;
      if (!subject) continue;
      maker = p.referents.size() == 1 && MakerType(ents->at(p.referents.front()).type)
                  ? p.referents.front()
                  : -1;
      begin = token(p.first).begin;
    }
    if (maker < 0) continue;
    for (int z : made) {
      const std::string& t = ents->at(z).type;
      if (z == maker || t == "Organization" || t == "Person" || t == "Place" || t == "Country")
        continue;
      EmitSimple(maker, develops->id, z, begin, end, "ko:own-make");
    }
  }
}

}  // namespace kg::ingest
