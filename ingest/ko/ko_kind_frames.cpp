// What kind of thing a name is, as Korean says it without a verb: a copula predicates a kind
// noun phrase of the name -- right before it ("검색 엔진인 누리서치", "사내 도구였던 누리봇")
// or at the end of a sentence whose topic it is ("누리서치는 ... 오픈 검색 엔진입니다", also
// "... 본사를 둔 검색 업체로, ...", 으로 and a comma going on with the sentence) -- or
// names are given as examples of a kind ("누리서치, 하늘검색 같은 검색 엔진들이"). The kind is
// a short phrase of bare nouns: the copula's noun and up to three nouns before it, stopped by a
// particle, a verb form, a number or a noun that names no kind (ko_grammar.json:
// kind_copula_finals, kind_copula_adnominals, non_kind_nouns).
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/morphology.h"

namespace kg::ingest {

namespace {

constexpr int kMaxKindWords = 4;

bool LatinOrDigit(unsigned char ch) { return ch < 0x80 && (std::isalnum(ch) != 0); }

// Whether the dictionary reads `word` whole as something other than a copula form of a noun:
// a verb or adjective (선보인, 수많은) or a noun that merely ends like one (사단법인).
bool WholeWordIsNoCopula(const std::string& word) {
  Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
  if (!morphology.ok()) return false;
  std::shared_ptr<const WordAnalysis> a = (*morphology)->Analyze(word);
  if (!a->known) return false;
  return std::none_of(a->readings.begin(), a->readings.end(),
                      [](const WordReading& r) { return r.copula || (!r.predicate && !r.rest.empty()); });
}

// A word that may stand in a kind phrase: a noun the dictionary knows as one, or a word it does
// not know (loanwords, Latin letters), never a verb form, a number, an -적 modifier, a one-
// syllable Hangul word or a noun that names no kind (ko_grammar.json: non_kind_nouns, plan_nouns).
bool KindWord(const std::string& word) {
  if (word.empty()) return false;
  unsigned char first = static_cast<unsigned char>(word[0]);
  if (first < 0x80 && !std::isalpha(first)) return false;  // quotes, brackets, markup, digits
  if (std::any_of(word.begin(), word.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) {
    return false;
  }
  if (first >= 0x80 && CodePointCount(word) < 2) return false;
  const KoreanGrammar& g = KoreanGrammar::Get();
  if (EndsWith(word, "적") || OneOf(word, g.non_kind_nouns) || OneOf(word, g.plan_nouns)) return false;
  Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
  if (!morphology.ok()) return true;
  std::shared_ptr<const WordAnalysis> a = (*morphology)->Analyze(word);
  if (!a->known) return true;
  return std::any_of(a->readings.begin(), a->readings.end(), [](const WordReading& r) {
    return !r.predicate && !r.compound && r.rest.empty();
  });
}

// The noun `word` ends in before one of `copulas` (였던, 랍니다 only after a vowel, where 이 drops), or
// empty.
std::string CopulaNoun(const std::string& word, const std::vector<std::string>& copulas) {
  if (WholeWordIsNoCopula(word)) return "";
  for (const std::string& c : copulas) {
    if (word.size() <= c.size() || !EndsWith(word, c)) continue;
    std::string noun = word.substr(0, word.size() - c.size());
    bool latin = LatinOrDigit(static_cast<unsigned char>(noun.back()));
    if ((c.rfind("였", 0) == 0 || c.rfind("랍", 0) == 0) && (latin || HasBatchim(noun))) continue;
    return noun;
  }
  return "";
}

// The relation nouns of the vocabulary a head may end in (회원사 of member_of, 경쟁사 of
// competes_with, in running text or in questions): such a head says how the name relates to
// another, not what it is.
bool EndsInRelationNoun(const RelationVocabulary& vocabulary, const std::string& head) {
  for (const RelationDef& r : vocabulary.relations()) {
    if (r.question_kind) continue;  // 종류, 유형: the words that ask for a kind
    for (const std::vector<std::string>* nouns : {&r.ko_nouns, &r.ko_titles, &r.ko_question_nouns}) {
      for (const std::string& noun : *nouns) {
        if (CodePointCount(noun) >= 2 && EndsWith(head, noun)) return true;
      }
    }
  }
  return false;
}

bool TypeMayHaveKind(const std::string& type) {
  return type != "Person" && type != "Country" && type != "Place" && type != "Government";
}

}  // namespace

std::string KoreanExtractor::Impl::KindBefore(int last, const std::string& head, int* first, bool single_ok) const {
  if (!KindWord(head) || (CodePointCount(head) < 2 && !LatinOrDigit(static_cast<unsigned char>(head[0])))) {
    return "";
  }
  std::string kind = head;
  *first = last;
  for (int i = last - 1; i >= 0 && last - i < kMaxKindWords; --i) {
    const Token& t = token(i);
    std::string word = ko_words::StripPunct(t.text, nullptr);
    if (OneOf(word, KoreanGrammar::Get().relative_kind_modifiers)) return "";  // 같은 슈터 장르인 X
    if (t.role != Role::kNone || t.comma || t.list_end || !t.values.empty() || t.postposition) break;
    if (word != t.text || !KindWord(word)) break;
    kind = word + " " + kind;
    *first = i;
  }
  // One common noun alone (X는 ... 모델이에요, 기관인 X) mostly stands back for a thing already
  // named rather than saying what kind it is; a phrase of two words or more does say it.
  if (*first == last && !single_ok) return "";
  // "Y의 자회사인 X", "Y 회원사인 X": a noun said relative to another name is a relation, not
  // a kind (ko_genitive_frames.cpp reads those).
  if (*first > 0 && token(*first - 1).role == Role::kGenitive) return "";
  const RelationDef* rel = nullptr;
  bool named_is_subject = false;
  if (GenitiveNoun(head, &rel, &named_is_subject) || EndsInRelationNoun(x.relations_, head)) return "";
  for (const std::string& f : KoreanGrammar::Get().person_noun_finals) {
    if (EndsWith(head, f)) return "";  // 투자자, 전문가: an occupation
  }
  return kind;
}

void KoreanExtractor::Impl::EmitKind(int named, const std::string& kind, const RelationDef& rel,
                                     size_t b, size_t e, const std::string& rule) {
  // A kind is no name of a thing that has one; a kind of a kind (X 같은 챗봇) is not said.
  if (named < 0 || !TypeMayHaveKind(ents->at(named).type) || ents->at(named).type == "Concept") return;
  int known = ents->Find(kind);
  if (known >= 0 && ents->at(known).type != "Concept") return;  // a name, not a kind
  int k = known >= 0 ? known : ents->InternUnlisted(kind, "Concept");
  if (k == named) return;
  EmitSimple(named, rel.id, k, b, e, rule);
}

bool KoreanExtractor::Impl::KindOfTopicsType(int topic, const std::string& head, int first) const {
  if (first == 0 || !IsAdnominalVerb(ko_words::StripPunct(token(first - 1).text, nullptr))) return false;
  std::string type = x.lexicon_.ClassifierSuffixType("ko_before_name", head);
  const std::string& topic_type = ents->at(topic).type;
  return !type.empty() && (topic_type.empty() || topic_type == type);
}

void KoreanExtractor::Impl::CountryOfKind(int named, int last, const std::string& head) {
  const RelationDef* located = x.relations_.ForRule("place_descriptor");
  if (!located || named < 0 || x.lexicon_.ClassifierSuffixType("ko_before_name", head) != "Organization") return;
  const std::string& type = ents->at(named).type;
  if (type != "Organization" && !type.empty()) return;
  // Bare nouns back to the country (팹리스 반도체 기업), nothing else between.
  for (int j = last - 1; j >= 0 && last - j <= kMaxKindWords; --j) {
    const Token& t = token(j);
    if (!t.mentions.empty()) {
      const Mention& m = mentions[static_cast<size_t>(t.mentions[0])];
      bool country = m.begin == t.begin && ents->at(m.entity).type == "Country" && !t.comma &&
                     (t.role == Role::kNone || t.role == Role::kGenitive);
      if (country && m.entity != named) EmitSimple(named, located->id, m.entity, t.begin, token(last).end, "ko:kind-country");
      return;
    }
    std::string word = ko_words::StripPunct(t.text, nullptr);
    if (t.role != Role::kNone || t.comma || t.list_end || !t.values.empty() || word != t.text || !KindWord(word)) return;
  }
}

// "셈틀은 2019년 ... 세운 회사예요": a name of no known kind that the sentence says is a company
// (a classifier noun of organisations, lexicon.json ko_before_name, as its copula's noun) is an
// organisation, whatever words come before the noun; later sentences read it as one.
void KoreanExtractor::Impl::TypeTopicByKind(int topic, const std::string& noun) {
  if (topic < 0 || !ents->at(topic).type.empty()) return;
  if (x.lexicon_.ClassifierSuffixType("ko_before_name", noun) != "Organization") return;
  ents->SetType(topic, "Organization");
}

void KoreanExtractor::Impl::KindFrames() {
  const RelationDef* copula = x.relations_.ForRule("kind_copula");
  const RelationDef* example = x.relations_.ForRule("kind_example");
  const KoreanGrammar& g = KoreanGrammar::Get();
  const int n = static_cast<int>(c.tokens.size());
  auto name_at = [&](int j) {
    if (j >= n || token(j).mentions.empty()) return -1;
    const Mention& m = mentions[static_cast<size_t>(token(j).mentions[0])];
    return m.begin == token(j).begin ? m.entity : -1;
  };
  for (int i = 0; i < n; ++i) {
    const Token& t = token(i);
    if (!t.mentions.empty() || !t.values.empty()) continue;
    bool comma = false;
    std::string word = ko_words::StripPunct(t.text, &comma);
    int first = i;
    // "검색 엔진인 X": the adnominal copula, then the name.
    std::string noun = CopulaNoun(word, g.kind_copula_adnominals);
    if (copula && !noun.empty() && !comma && name_at(i + 1) >= 0) {
      std::string kind = KindBefore(i, noun, &first);
      if (!kind.empty()) EmitKind(name_at(i + 1), kind, *copula, token(first).begin, token(i + 1).end, "ko:kind-copula");
      CountryOfKind(name_at(i + 1), i, noun);
      continue;
    }
    // "X는 ... 검색 엔진입니다.", "X: 검색 엔진입니다.": the final copula of the sentence, said of
    // its topic or of the term a definition line defines. "X는 ... 검색 엔진으로, ...": a noun
    // marked 으로 before a comma predicates the same of the topic and the sentence goes on.
    // The 으로 reading is taken only for a noun that heads a relative clause and ends in a
    // classifier of the topic's type ("본사를 둔 중견 장비업체로,"): "자체 개발한 검사 장비로,
    // 시장을 넓혔다" gives the means.
    bool connective = i < n - 1 && t.predicative && t.comma && t.role == Role::kMeans;
    noun = connective ? t.stem : i == n - 1 ? CopulaNoun(word, g.kind_copula_finals) : "";
    if (copula && !noun.empty()) {
      std::string kind = KindBefore(i, noun, &first);
      int topic = kind.empty() ? -1 : CopulaTopic(token(first).begin);
      if (connective && topic >= 0 && !KindOfTopicsType(topic, noun, first)) continue;
      if (topic >= 0 && (first == 0 || token(first - 1).role != Role::kGenitive)) {
        EmitKind(topic, kind, *copula, token(first).begin, t.end, "ko:kind-copula");
      }
      if (!connective) {
        CountryOfKind(CopulaTopic(token(i).begin), i, noun);
        TypeTopicByKind(CopulaTopic(token(i).begin), noun);
      }
    }
  }
  if (example) KindExamples(*example);
}

void KoreanExtractor::Impl::KindExamples(const RelationDef& rel) {
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (ko_words::StripPunct(token(i).text, nullptr) != "같은") continue;
    // The kind: bare nouns after 같은, the last of them with its particle (검색 엔진들이).
    std::string kind;
    int last = -1;
    for (int j = i + 1; j < n && j <= i + kMaxKindWords; ++j) {
      const Token& t = token(j);
      if (!t.values.empty()) break;
      bool comma = false;
      std::string word = ko_words::StripPunct(t.text, &comma);
      bool ends = t.role != Role::kNone || comma || j == n - 1;
      if (WholeWordIsNoCopula(word) && !KindWord(word)) break;  // 수많은, 다양한
      if (t.role != Role::kNone) word = SplitParticles(word).stem;
      // "... X와 Y 같은 중국계 플랫폼이에요.": the kind is the sentence's predicate, its last noun
      // written with the final copula.
      if (t.role == Role::kNone && j == n - 1 && !KindWord(word)) {
        std::string noun = CopulaNoun(word, KoreanGrammar::Get().kind_copula_finals);
        if (!noun.empty()) word = noun;
      }
      if (EndsWith(word, "들") && CodePointCount(word) > 2) word = word.substr(0, word.size() - std::string("들").size());
      if (!KindWord(word)) break;
      kind += (kind.empty() ? "" : " ") + word;
      if (ends) {
        last = j;
        break;
      }
    }
    if (last < 0 || CodePointCount(kind) < 2) continue;
    // The examples: names right before 같은 (with 와/과), and the names listed before them.
    for (int j = i - 1; j >= 0; --j) {
      const Token& t = token(j);
      bool first_example = j == i - 1;
      if (t.mentions.empty() || !t.head_is_mention) break;
      if (first_example ? (t.role != Role::kNone && t.role != Role::kPartner) : !(t.comma || t.role == Role::kPartner)) break;
      int named = mentions[static_cast<size_t>(t.mentions.back())].entity;
      if (ents->at(named).name.find(", ") != std::string::npos) break;  // a quoted clause
      EmitKind(named, kind, rel, t.begin, token(last).end, "ko:kind-example");
    }
  }
}

}  // namespace kg::ingest
