// A thing an organisation made itself, as Korean says it with an adverb of one's own doing
// before the adnominal form of a making verb (ko_grammar.json own_make_adverbs: 자체 개발한,
// 직접 만든, 독자 설계한): "X는 자체 개발한 AI 모델 Z를 공개했다", "X가 자체 개발한 Z를 넣기로
// 했다". The relative clause has no subject of its own; its maker is the subject or topic of
// the clause it sits in, which the predicates give to the main verb only. The same holds of a
// thing called the company's own (ko_grammar.json own_company_determiners: "X는 자사 게임
// 'Z'를", "X가 자사 초대규모 AI인 Z를"): 자사 points back to the sentence's topic, or else
// to its subject.
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
  const KoreanGrammar& grammar = KoreanGrammar::Get();
  const int n = static_cast<int>(c.tokens.size());
  // The names the noun phrase from `from` leads to: the word that ends it (the first with a
  // particle or a comma, within a few words), when it ends in a name (모델 Z를, AI인 Z를).
  auto made_names = [&](int from, size_t* end) {
    std::vector<int> made;
    for (int j = from; j < n && j < from + 6; ++j) {
      const Token& t = token(j);
      if (t.role == Role::kNone && !t.topic && !t.focus && !t.comma && j + 1 < n) continue;
      if (t.head_is_mention && !t.mentions.empty()) {
        made.push_back(mentions[static_cast<size_t>(t.mentions.back())].entity);
        *end = t.end;
      }
      break;
    }
    return made;
  };
  // The maker: the nearest subject or topic before token i (or, with `topic_first`, the
  // sentence's topic when it has one), when it names one organisation.
  auto maker_before = [&](int i, bool topic_first, size_t* begin) {
    int maker = -1;
    bool topic_seen = false;
    for (const Phrase& p : c.phrases) {
      if (p.last >= i) break;
      // A topic marked on a place or a time (국내에서는, 요즘은) is no topic of the deed.
      bool topic =
          p.topic && (p.role == Role::kTopic || p.role == Role::kNone) && !p.referents.empty();
      if (!(topic || p.role == Role::kSubject) || (topic_first && topic_seen)) continue;
      topic_seen = topic;
      maker = p.referents.size() == 1 && MakerType(ents->at(p.referents.front()).type)
                  ? p.referents.front()
                  : -1;
      *begin = token(p.first).begin;
    }
    return maker;
  };
  for (int i = 0; i + 1 < n; ++i) {
    if (!token(i).mentions.empty()) continue;
    const std::string word = ko_words::StripPunct(token(i).text, nullptr);
    int phrase_start = -1;
    bool own_company = false;
    if (OneOf(word, grammar.own_make_adverbs) && i + 2 < n &&
        AdnominalOf(ko_words::StripPunct(token(i + 1).text, nullptr), *develops)) {
      phrase_start = i + 2;  // 자체 개발한 [모델 Z]
    } else if (OneOf(word, grammar.own_company_determiners)) {
      phrase_start = i + 1;  // 자사 [게임 Z], 자사의 [AI인 Z]
      own_company = true;
    }
    if (phrase_start < 0) continue;
    size_t end = token(i).end, begin = token(i).begin;
    std::vector<int> made = made_names(phrase_start, &end);
    if (made.empty()) continue;
    int maker = maker_before(i, own_company, &begin);
    if (maker < 0) continue;
    for (int z : made) {
      const std::string& t = ents->at(z).type;
      if (z == maker || t == "Organization" || t == "Person" || t == "Place" || t == "Country")
        continue;
      EmitSimple(maker, develops->id, z, begin, end,
                 own_company ? "ko:own-company" : "ko:own-make");
    }
  }
}

}  // namespace kg::ingest
