// Measures stated of a thing as a share or rate, without a verb of their own: "X의 여성 사용자
// 비율은 33%로", "Y의 점유율(48%)보다". The genitive names what the measure is of, the bare
// nouns from it up to a measure noun (ko_grammar.json: metric_nouns) say what is measured, and
// the percentage written right after them is the value: X has_metric 33%, role "여성 사용자 비율".
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

namespace {

constexpr int kMaxMeasureWords = 4;   // 여성 사용자 비율, AI 도구 채택률
constexpr int kMaxValueDistance = 1;  // the value is in the measure's own word or the next one

// The measure noun `word` ends in (점유율 in 시장점유율), or empty.
std::string MeasureNoun(const std::string& word) {
  for (const std::string& m : KoreanGrammar::Get().metric_nouns) {
    if (EndsWith(word, m)) return m;
  }
  return "";
}

}  // namespace

void KoreanExtractor::Impl::MetricFrames() {
  const RelationDef* metric = x.relations_.ForRule("metric_statement");
  if (!metric) return;
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    const Token& owner = token(i);
    if (owner.role != Role::kGenitive || !owner.head_is_mention || owner.mentions.empty()) continue;
    int subject = mentions[static_cast<size_t>(owner.mentions.back())].entity;
    if (ents->at(subject).type == "Concept") continue;
    std::string measure;
    int last = -1;
    for (int j = i + 1; j < n && j <= i + kMaxMeasureWords; ++j) {
      const Token& t = token(j);
      if (!t.mentions.empty()) break;
      std::string word = ko_words::StripPunct(t.text, nullptr);
      size_t paren = word.find('(');  // 비율(48%)보다: the value in brackets
      if (paren != std::string::npos) word = word.substr(0, paren);
      std::string stem = t.role != Role::kNone && paren == std::string::npos ? SplitParticles(word).stem : word;
      if (!MeasureNoun(stem).empty()) {
        measure += stem;
        last = j;
        break;
      }
      if (t.role != Role::kNone || t.comma || !t.values.empty() || paren != std::string::npos) break;
      measure += word + " ";
    }
    if (last < 0) continue;
    for (int j = last; j < n && j <= last + kMaxValueDistance; ++j) {
      const Token& t = token(j);
      auto percent = std::find_if(t.values.begin(), t.values.end(), [&](int v) {
        return values[static_cast<size_t>(v)].kind == ValueMention::Kind::kPercent;
      });
      if (percent == t.values.end()) continue;
      ExtractedFact f;
      f.subject = subject;
      f.relation = metric->id;
      f.object_value = sink->Value(values[static_cast<size_t>(*percent)]);
      f.value_qualifiers["role"] = sink->Value(Literal{measure, "", ""}, measure);
      f.sentence = sentence.number;
      CharSpan(sentence.text, owner.begin, t.end, &f.start, &f.end);
      f.rule = "ko:metric-genitive";
      sink->Add(std::move(f));
      break;
    }
  }
}

}  // namespace kg::ingest
