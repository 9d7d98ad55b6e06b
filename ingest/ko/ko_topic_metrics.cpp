// Measures stated of the thing a clause is about, written as a bare measure noun before the
// value: "X는 지난해 HBM 시장 점유율 52%로 1위에 올랐다", "X는 이번 설문에서 사용률 52%로 1위를
// 지켰다". The measure noun (ko_grammar.json: metric_nouns) with no particle, the bare nouns
// before it and the percentage right after it belong to the topic or subject of the same clause:
// X has_metric 52%, role "HBM 시장 점유율". Only a value marked 로 is read: 15%를 (넘기겠다) is a
// goal. A measure with its own genitive (Y의 점유율) is Y's (ko_metric_frames.cpp), and of two
// subjects the one nearer the measure holds it (X는 Y가 점유율 20%로 앞섰다고: Y's).
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

namespace {

constexpr int kMaxMeasureWords = 3;  // HBM 시장 점유율

}  // namespace

void KoreanExtractor::Impl::TopicMetrics() {
  const RelationDef* metric = x.relations_.ForRule("metric_statement");
  if (!metric) return;
  const KoreanGrammar& g = KoreanGrammar::Get();
  const int n = static_cast<int>(c.tokens.size());
  auto bare_word = [&](const Token& t) {
    if (t.role != Role::kNone || t.comma || !t.values.empty()) return false;
    if (ko_words::StripPunct(t.text, nullptr) != t.text) return false;
    return std::all_of(t.mentions.begin(), t.mentions.end(), [&](int m) {
      const std::string& type = ents->at(mentions[static_cast<size_t>(m)].entity).type;
      return type.empty() || type == "Concept";  // HBM in HBM 시장 점유율
    });
  };
  for (int i = 0; i + 1 < n; ++i) {
    const Token& t = token(i);
    if (!bare_word(t)) continue;
    bool measure_noun = std::any_of(g.metric_nouns.begin(), g.metric_nouns.end(),
                                    [&](const std::string& m) { return EndsWith(t.text, m); });
    if (!measure_noun) continue;
    // The value opens the next word: 52%로, 52%를.
    const Token& next = token(i + 1);
    auto percent = std::find_if(next.values.begin(), next.values.end(), [&](int v) {
      const ValueMention& value = values[static_cast<size_t>(v)];
      return value.kind == ValueMention::Kind::kPercent && value.begin == next.begin;
    });
    if (percent == next.values.end()) continue;
    // 52%로 (1위에 올랐다): the value the thing stands at; 15%를 (넘기겠다) is a goal or a change.
    const ValueMention& value = values[static_cast<size_t>(*percent)];
    std::string after =
        ko_words::StripPunct(sentence.text.substr(value.end, next.end - value.end), nullptr);
    if (after != "로") continue;
    // The clause's topic or subject: the last before the measure, with no predicate between.
    int owner = -1;
    for (size_t k = 0; k < c.phrases.size(); ++k) {
      const Phrase& p = c.phrases[k];
      if (p.last >= i) break;
      if ((p.role == Role::kTopic || p.role == Role::kSubject) && !p.relative_subject) {
        owner = static_cast<int>(k);
      }
    }
    if (owner < 0) continue;
    const Phrase& o = phrase(owner);
    if (o.referents.size() != 1) continue;
    const std::string& type = ents->at(o.referents.front()).type;
    if (type == "Concept" || type == "Person") continue;
    bool predicate_between =
        std::any_of(c.predicates.begin(), c.predicates.end(), [&](const Predicate& P) {
          // 지난해 reads as 지난 + 해: a time word, not a clause of its own.
          return P.token > o.last && P.token < i &&
                 !OneOf(token(P.token).text, g.ranking_time_words);
        });
    if (predicate_between) continue;
    std::string measure = t.text;
    for (int j = i - 1, words = 1; j > o.last && words < kMaxMeasureWords; --j, ++words) {
      const Token& w = token(j);
      if (!bare_word(w) || OneOf(w.text, g.ranking_time_words) || OneOf(w.text, g.demonstratives))
        break;
      measure = w.text + " " + measure;
    }
    ExtractedFact f;
    f.subject = o.referents.front();
    f.relation = metric->id;
    f.object_value = sink->Value(values[static_cast<size_t>(*percent)]);
    f.value_qualifiers["role"] = sink->Value(Literal{measure, "", ""}, measure);
    f.sentence = sentence.number;
    CharSpan(sentence.text, token(o.first).begin, next.end, &f.start, &f.end);
    f.rule = "ko:metric-topic";
    sink->Add(std::move(f));
  }
}

}  // namespace kg::ingest
