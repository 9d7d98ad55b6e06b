// Counts stated of a thing as a measure of it: "X의 매개변수는 78억 개", "매개변수 73억 개짜리
// X", "1,750억 개의 매개변수를 갖춘 ... X", "X는 ... 이용자 2,200만 명을 모았다". A count noun
// (ko_grammar.json: count_nouns) next to a number with its counter (count_counters) says how
// many of them the thing has: X has_metric "7800000000 parameters", role the noun. The thing is
// the name the phrase leads to (짜리, a relative clause), else the genitive before the noun,
// else the sentence's topic or the term a definition line defines. A count that modifies
// another noun (이용자 870만 명의 이름) measures nothing of the topic and is not read.
#include <cstring>

#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/value_numbers.h"

namespace kg::ingest {

namespace {

constexpr int kMaxOwnerWords = 3;  // 큐원3 최대 모델의 매개변수
constexpr int kMaxNameAfter = 4;   // 갖춘 거대 언어 모델 GPT-3
constexpr int kMaxNextCount = 3;   // 사용자 100만 명, 2개월 만에 1억 명

std::string WordOf(const Token& t) {
  std::string word = ko_words::StripPunct(t.text, nullptr);
  size_t paren = word.find('(');  // 매개변수(파라미터)를
  if (paren != std::string::npos) word = word.substr(0, paren);
  return word;
}

// The count noun `word` starts with (매개변수가, 매개변수예요), or nullptr.
const std::pair<const std::string, std::string>* CountNounAtStart(const std::string& word) {
  for (const auto& entry : KoreanGrammar::Get().count_nouns) {
    if (word.compare(0, entry.first.size(), entry.first) == 0) return &entry;
  }
  return nullptr;
}

// Whether what follows a counter in its word leaves the counter a word of its own: nothing,
// a particle or a copula (개였죠, 명을), not another noun (개월, 개국, 명단).
bool CounterEnds(const std::string& rest) {
  if (rest.empty() || rest.rfind("짜리", 0) == 0) return true;
  const KoreanGrammar& g = KoreanGrammar::Get();
  for (const ParticleDef& p : g.particles) {
    if (rest.rfind(p.text, 0) == 0) return true;
  }
  return StartsWithAny(rest, g.copula_suffixes) || StartsWithAny(rest, g.unknown_noun_copulas) ||
         StartsWithAny(rest, g.count_counter_endings);
}

// A verb form modifying the noun after it (갖춘, 지원하는): a bare word whose last syllable
// ends in ㄴ or that ends in 는.
bool Adnominal(const Token& t) {
  if (t.role != Role::kNone || !t.mentions.empty() || !t.values.empty()) return false;
  std::string word = ko_words::StripPunct(t.text, nullptr);
  if (word.empty() || word != t.text) return false;
  std::vector<char32_t> cps = ToCodePoints(word);
  return HangulFinalIndex(cps.back()) == 4 || EndsWith(word, "는");
}

}  // namespace

void KoreanExtractor::Impl::CountFrames() {
  const RelationDef* metric = x.relations_.ForRule("metric_statement");
  if (!metric) return;
  const KoreanGrammar& g = KoreanGrammar::Get();
  const int n = static_cast<int>(c.tokens.size());
  const std::string& text = sentence.text;

  // The count starting at token j (after a qualifier such as 약): its value, counter and last
  // token, and the rest of that token after it. False when there is none.
  struct Count {
    long double value = 0;
    std::string counter, rest;
    int first = -1, last = -1;
  };
  auto count_at = [&](int j, Count* out) {
    if (j < n && OneOf(ko_words::StripPunct(token(j).text, nullptr), g.count_qualifiers)) ++j;
    if (j >= n || !token(j).mentions.empty() || !token(j).values.empty()) return false;
    size_t end = value_numbers::ParseKoreanCount(text, token(j).begin, g.count_counters,
                                                 &out->value, &out->counter);
    if (end == 0 || out->value <= 0) return false;
    int last = j;
    while (last + 1 < n && token(last).end < end) ++last;
    if (end > token(last).end) return false;
    out->rest = ko_words::StripPunct(text.substr(end, token(last).end - end), nullptr);
    if (!out->counter.empty() && !CounterEnds(out->rest)) return false;
    if (out->counter.empty() && !out->rest.empty() && !OneOf(out->rest, g.count_links))
      return false;
    out->first = j;
    out->last = last;
    return true;
  };

  // The name the count phrase ending at token `last` leads to (73억 개짜리 X, ... 매개변수를
  // 갖춘 거대 언어 모델 X): -2 when it leads to a noun that is no name, -1 when it leads to none.
  auto name_after = [&](int last, bool leads) {
    int k = last + 1;
    if (!leads) {
      if (k >= n || !Adnominal(token(k))) return -1;
      ++k;
    }
    for (int end = k + kMaxNameAfter; k < n && k < end; ++k) {
      const Token& t = token(k);
      if (!t.mentions.empty()) {
        return t.head_is_mention ? mentions[static_cast<size_t>(t.mentions.back())].entity : -2;
      }
      if (t.role != Role::kNone || t.comma || !t.values.empty()) break;
    }
    return -2;
  };

  // The genitive or bare name right before token `first` (X의 매개변수, 큐원3 최대 모델의).
  auto owner_before = [&](int first) {
    for (int k = first - 1; k >= 0 && k >= first - kMaxOwnerWords; --k) {
      const Token& t = token(k);
      if (t.comma || (t.role != Role::kNone && t.role != Role::kGenitive)) break;
      if (!t.mentions.empty()) {
        return t.head_is_mention ? mentions[static_cast<size_t>(t.mentions.back())].entity : -1;
      }
    }
    return -1;
  };

  // The sentence's topic before byte `before`, or the term a definition line defines.
  auto topic_before = [&](size_t before) {
    int topic = -1;
    for (size_t ph = 0; ph < c.phrases.size(); ++ph) {
      const Phrase& p = c.phrases[ph];
      if (!p.topic || token(p.last).end > before) continue;
      std::vector<int> e = Entities(static_cast<int>(ph));
      if (e.size() == 1) topic = e.front();
    }
    return topic >= 0 ? topic : DefinitionTopic();
  };

  auto emit = [&](int subject, const Count& count, const std::string& unit, const std::string& noun,
                  int from, int to) {
    if (subject < 0) return;
    const std::string& type = ents->at(subject).type;
    if (type == "Concept" || type == "Person") return;
    std::string lexical = value_numbers::FormatAmount(count.value) + " " + unit;
    size_t b = token(from).begin, e = token(to).end;
    ExtractedFact f;
    f.subject = subject;
    f.relation = metric->id;
    f.object_value = sink->Value(Literal{lexical, kKgQuantity, ""}, text.substr(b, e - b));
    f.value_qualifiers["role"] = sink->Value(Literal{noun, "", ""}, noun);
    f.sentence = sentence.number;
    CharSpan(text, b, e, &f.start, &f.end);
    f.rule = "ko:count-noun";
    sink->Add(std::move(f));
  };

  for (int i = 0; i < n; ++i) {
    const Token& t = token(i);
    if (!t.mentions.empty()) continue;
    Count count;
    const std::pair<const std::string, std::string>* noun = nullptr;
    int noun_token = -1, first = -1, last = -1;
    std::string word = WordOf(t);
    if (word.size() > 0 && value_numbers::IsDigit(word[0])) {
      // The count first: 119개 언어를, 1,750억 개의 매개변수를, 270억 매개변수예요.
      if (!count_at(i, &count) || count.first != i) continue;
      int k = count.last + 1;
      if (count.rest.empty() && k < n && OneOf(WordOf(token(k)), g.count_links)) ++k;
      if (k >= n || !token(k).mentions.empty()) continue;
      noun = CountNounAtStart(WordOf(token(k)));
      noun_token = k;
      first = i;
      last = k;
    } else {
      // The noun first: 매개변수가 650억 개, 이용자 약 2,200만 명을.
      std::string stem = t.role != Role::kNone ? SplitParticles(word).stem : word;
      noun = CountNounAtStart(stem);
      if (noun == nullptr || stem != noun->first || t.comma) continue;
      if (!count_at(i + 1, &count) || count.counter.empty() || OneOf(count.rest, g.count_links))
        continue;
      noun_token = i;
      first = i;
      last = count.last;
    }
    if (noun == nullptr) continue;
    bool leads = count.rest.rfind("짜리", 0) == 0;
    int subject = name_after(last, leads);
    if (subject == -2) continue;  // a count of something else the clause names
    if (subject < 0) subject = owner_before(first);
    if (subject < 0) subject = topic_before(token(first).begin);
    emit(subject, count, noun->second, noun->first, first, last);
    // 사용자 100만 명, 2개월 만에 1억 명을: the next count with the same counter counts the same.
    if (noun_token != i || !token(count.last).comma) continue;
    for (int k = count.last + 1; k < n && k <= count.last + kMaxNextCount; ++k) {
      if (!token(k).mentions.empty()) break;
      Count next;
      if (count_at(k, &next) && next.counter == count.counter && next.first == k &&
          next.rest != "의") {
        emit(subject, next, noun->second, noun->first, k, next.last);
        break;
      }
    }
  }
}

}  // namespace kg::ingest
