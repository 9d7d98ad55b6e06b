// Chunking a Korean sentence: the vocabulary's stems indexed for the predicate search, the
// phases in order (Chunk), and the first phase, eojeol tokens with the mentions, values and
// particles they hold. Predicates: ko_chunk_predicates.cpp; phrases: ko_phrase_referents.cpp.
#include "ingest/ko/ko_chunker.h"
#include "kg/base/strings.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"

#include <algorithm>
#include <cstring>

#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

// The role particles alone give ("를", "에서도"), as if after a name.
ParticleSplit ParticlesAlone(const std::string& rest) {
  if (rest.empty()) return ParticleSplit{};
  ParticleSplit ps = SplitParticles("X" + rest);
  if (ps.stem != "X") return ParticleSplit{};
  ps.stem.clear();
  return ps;
}

// Variants of a stem whose last syllable ends in ㄹ: 만들 -> 만든, 만드 (ㄹ-irregular).
std::vector<std::string> StemVariants(const std::string& stem) {
  std::vector<std::string> out{stem};
  std::vector<char32_t> cps = ToCodePoints(stem);
  if (cps.empty() || !IsHangulSyllable(cps.back())) return out;
  int jong = HangulFinalIndex(cps.back());
  if (jong != 8) return out;  // ㄹ
  char32_t base = cps.back() - 8;
  std::vector<char32_t> n = cps;
  n.back() = base + 4;  // ㄴ
  out.push_back(FromCodePoints(n, 0, n.size()));
  n.back() = base;      // dropped
  out.push_back(FromCodePoints(n, 0, n.size()));
  return out;
}


}  // namespace

namespace ko_words {

// Trailing punctuation that is not part of a word.
std::string StripPunct(std::string s, bool* comma) {
  static constexpr std::string_view kTrail[] = {",", ".", "!", "?", ";", ":", "*", ")", "'", "\"",
                                 "\xE2\x80\x99", "\xE2\x80\x9D", "\xE3\x80\x8D", "\xE3\x80\x8F"};
  // Most words end in none of them: a look at the last byte settles it without comparing.
  constexpr std::string_view kTrailLast = ",.!?;:*)'\"\x99\x9D\x8D\x8F";
  bool changed = true;
  while (changed && !s.empty() && kTrailLast.find(s.back()) != std::string_view::npos) {
    changed = false;
    for (std::string_view t : kTrail) {
      size_t n = t.size();
      if (s.size() >= n && s.compare(s.size() - n, n, t) == 0) {
        if (t[0] == ',' && comma) *comma = true;
        s.resize(s.size() - n);
        changed = true;
      }
    }
  }
  static constexpr std::string_view kLead[] = {"'", "\"", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C",
                                "\xE2\x80\x9D", "\xE3\x80\x8C", "\xE3\x80\x8D", "*", ")"};
  constexpr std::string_view kLeadFirst = "'\"\xE2\xE3*)";
  size_t from = 0;
  changed = true;
  while (changed && from < s.size() && kLeadFirst.find(s[from]) != std::string_view::npos) {
    changed = false;
    for (std::string_view t : kLead) {
      if (std::string_view(s).substr(from).substr(0, t.size()) == t) {
        from += t.size();
        changed = true;
      }
    }
  }
  if (from > 0) s.erase(0, from);
  return s;
}

const char* PostpositionKind(const std::string& stem) {
  for (const auto* table : {&KoreanGrammar::Get().postpositions,
                            &KoreanGrammar::Get().noun_postpositions}) {
    auto it = table->find(stem);
    if (it != table->end()) return it->second.c_str();
  }
  return nullptr;
}

bool IsDirectionalNoun(const std::string& stem) {
  return OneOf(stem, KoreanGrammar::Get().directional_nouns);
}

}  // namespace ko_words

using namespace ko_words;

KoreanChunker::KoreanChunker(const RelationVocabulary& relations, const MentionFinder& mentions,
                             KoreanMorphology* morphology)
    : mentions_(mentions), morphology_(morphology) {
  light_verbs_.insert(relations.KoreanLightVerbs().begin(), relations.KoreanLightVerbs().end());
  for (const RelationDef& r : relations.relations()) {
    relation_nouns_.insert(r.ko_nouns.begin(), r.ko_nouns.end());
    auto has = [](const std::vector<std::string>& v, const std::string& s) {
      return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (const std::string& s : r.ko_stems) {
      for (const std::string& v : StemVariants(s)) {
        stems_.push_back({v, &r, false, has(r.ko_swap_stems, s), has(r.ko_intransitive_stems, s)});
      }
    }
    for (const std::string& s : r.ko_inverse_stems) stems_.push_back({s, &r, true, false, false});
  }
  std::stable_sort(stems_.begin(), stems_.end(), [](const StemEntry& a, const StemEntry& b) {
    return a.stem.size() > b.stem.size();
  });
  for (size_t k = 0; k < stems_.size(); ++k) {
    size_t pos = 0;
    stems_by_first_[DecodeUtf8At(stems_[k].stem, &pos)].push_back(k);
    // A stem is the noun of a 하다 verb (협력) or a native verb's stem (손잡): index both keys.
    // A multi-word stem ("본사를 두") is indexed by its last word's lemma (두다).
    const std::string& stem = stems_[k].stem;
    size_t space = stem.rfind(' ');
    std::string last = space == std::string::npos ? stem : stem.substr(space + 1);
    stems_by_lemma_[last].push_back(k);
    stems_by_lemma_[last + "다"].push_back(k);
  }
}

Chunked KoreanChunker::Chunk(const Sentence& sentence, const std::vector<Mention>& mentions,
                             const std::vector<ValueMention>& values,
                             const DocEntities& entities) const {
  Chunked out;
  out.tokens = Tokenize(sentence, mentions, values);
  std::vector<int> pred_of = FindPredicates(sentence.text, mentions, &out);
  MarkNegationAndPlans(out.tokens, &pred_of, &out.predicates);
  GroupPhrases(pred_of, &out);
  DescribePhrases(sentence.text, mentions, entities, &out);
  return out;
}

std::vector<Token> KoreanChunker::Tokenize(const Sentence& sentence, const std::vector<Mention>& mentions,
                                           const std::vector<ValueMention>& values) const {
  const std::string& s = sentence.text;
  // Split on spaces, then keep mentions, values and lone particles together.
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) spans.emplace_back(i, j);
    i = j;
  }
  auto covering = [&](size_t b, size_t e) {
    for (const Mention& m : mentions) {
      if (m.begin < e && m.end > b) return std::make_pair(m.begin, m.end);
    }
    for (const ValueMention& v : values) {
      if (v.begin < e && v.end > b) return std::make_pair(v.begin, v.end);
    }
    return std::make_pair(b, b);
  };
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& sp : spans) {
    if (!merged.empty()) {
      auto& prev = merged.back();
      auto cover = covering(prev.first, prev.second);
      bool same_unit = cover.second > prev.second && cover.second > sp.first;
      std::string text = s.substr(sp.first, sp.second - sp.first);
      bool comma = false;
      std::string bare = StripPunct(text, &comma);
      // "‘아르테미스 계획’ 을": a particle written apart from a closing quote.
      std::string prev_text = s.substr(prev.first, prev.second - prev.first);
      bool after_quote = false;
      for (const char* q : {"\xE2\x80\x99", "\xE2\x80\x9D", "'", "\"", "\xE3\x80\x8D", ")", "*"}) {
        size_t ql = std::strlen(q);
        if (prev_text.size() >= ql && prev_text.compare(prev_text.size() - ql, ql, q) == 0) after_quote = true;
      }
      bool lone_particles = after_quote && !bare.empty() && IsParticleSequence(bare) &&
                            text.find('(') == std::string::npos;
      bool paren_glued = text[0] == '(' && covering(sp.first, sp.second).first < sp.first;
      if (same_unit || lone_particles || paren_glued) {
        prev.second = sp.second;
        continue;
      }
    }
    merged.push_back(sp);
  }
  std::vector<Token> tokens;
  for (size_t k = 0; k < merged.size(); ++k) {
    auto [b, e] = merged[k];
    // The defined term of "X: ..." is not part of the definition's clauses.
    if (sentence.kind == Sentence::Kind::kDefinition && e <= sentence.body_begin) continue;
    size_t gloss_end = k;
    Token glossed;
    if (GlossedName(s, merged, k, mentions, values, &glossed, &gloss_end)) {
      tokens.push_back(std::move(glossed));
      k = gloss_end;
      continue;
    }
    tokens.push_back(MakeToken(s, b, e, mentions, values));
  }
  return tokens;
}

bool KoreanChunker::GlossedName(const std::string& s, const std::vector<std::pair<size_t, size_t>>& spans,
                               size_t k, const std::vector<Mention>& mentions,
                               const std::vector<ValueMention>& values, Token* out, size_t* last_span) const {
  constexpr size_t kMaxGlossSpans = 12;
  auto [b, e] = spans[k];
  for (const Mention& m : mentions) {
    if (m.begin < b || m.end >= e) continue;
    size_t open = m.end;
    for (const char* q : {"\xE2\x80\x99", "\xE2\x80\x9D", "'", "\"", "\xE3\x80\x8D"}) {
      size_t ql = std::strlen(q);
      if (s.compare(open, ql, q) == 0) open += ql;
    }
    if (open >= e || s[open] != '(') continue;
    // The closing parenthesis, in this span or one of the next few, with only particles after.
    int depth = 0;
    for (size_t j = k; j < spans.size() && j <= k + kMaxGlossSpans; ++j) {
      for (size_t at = j == k ? open : spans[j].first; at < spans[j].second; ++at) {
        if (s[at] == '(') ++depth;
        if (s[at] != ')' || --depth > 0) continue;
        std::string tail = s.substr(at + 1, spans[j].second - at - 1);
        bool comma = false;
        std::string particles = StripPunct(tail, &comma);
        if (!particles.empty() && !IsParticleSequence(particles)) return false;
        if (j == k && particles.empty()) return false;  // "X(Y)" in one word: the reader's own
        // A value in the parentheses is a statement of its own (삼성전자(42%)와), no gloss.
        for (const ValueMention& v : values) {
          if (v.begin > open && v.begin < at) return false;
        }
        *out = MakeToken(s, b, open, mentions, values);
        ParticleSplit ps = ParticlesAlone(particles);
        out->role = ps.role;
        out->topic = ps.topic;
        out->focus = ps.focus;
        out->list_end = ps.list_end;
        out->comma = comma;
        out->end = spans[j].second;
        out->text = s.substr(b, out->end - b);
        *last_span = j;
        return true;
      }
    }
    return false;
  }
  return false;
}

Token KoreanChunker::MakeToken(const std::string& s, size_t b, size_t e, const std::vector<Mention>& mentions,
                               const std::vector<ValueMention>& values) const {
  Token t;
  t.begin = b;
  t.end = e;
  t.text = s.substr(b, e - b);
  size_t last_end = b;
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (mentions[k].begin >= b && mentions[k].begin < e) {
      t.mentions.push_back(static_cast<int>(k));
      last_end = std::max(last_end, mentions[k].end);
    }
  }
  for (size_t k = 0; k < values.size(); ++k) {
    if (values[k].begin >= b && values[k].begin < e) {
      t.values.push_back(static_cast<int>(k));
      last_end = std::max(last_end, values[k].end);
    }
  }
  std::string rest = StripPunct(s.substr(std::min(last_end, e), e - std::min(last_end, e)), &t.comma);
  rest.erase(std::remove(rest.begin(), rest.end(), ' '), rest.end());
  rest = StripPunct(rest, &t.comma);
  if (t.text.back() == ',' || (t.text.size() > 1 && t.text[t.text.size() - 2] == ',')) t.comma = true;
  if (!t.mentions.empty() && (rest == "라는" || rest == "이라는")) {
    // "‘X’라는 새 도구를": the name is what the noun after it is; the noun's particle decides.
    t.names_next = true;
    t.head_is_mention = true;
  } else if ((!t.mentions.empty() || !t.values.empty()) && (rest.empty() || IsParticleSequence(rest))) {
    ParticleSplit ps = ParticlesAlone(rest);
    t.role = ps.role;
    t.topic = ps.topic;
    t.focus = ps.focus;
    t.list_end = ps.list_end;
    t.head_is_mention = !t.mentions.empty() &&
                        (t.values.empty() || mentions[static_cast<size_t>(t.mentions.back())].end >=
                                                 values[static_cast<size_t>(t.values.back())].end);
  } else if (t.mentions.empty() && t.values.empty() && IsParticleSequence(rest) &&
             !OneOf(rest, KoreanGrammar::Get().demonstratives)) {
    // A particle written apart ("인도 등이"): it marks the phrase before it. A word that is
    // also a determiner ("이 보고서는") opens the phrase after it instead.
    ParticleSplit ps = ParticlesAlone(rest);
    t.role = ps.role;
    t.topic = ps.topic;
    t.focus = ps.focus;
    t.list_end = ps.list_end || rest == "등";
  } else {
    // Suffixes after a name that keep it the head: 미·중간 (between), 한국측 (side).
    ParticleSplit ps = SplitParticles(rest);
    t.stem = ps.stem;
    t.role = ps.role;
    t.topic = ps.topic;
    t.focus = ps.focus;
    t.list_end = ps.list_end || rest == "등";
    if (!t.mentions.empty() && (ps.stem == "간" || ps.stem == "측" || ps.stem == "사이")) {
      t.head_is_mention = true;
    }
    if (rest == "등") t.stem.clear();
  }
  // "(미국)" opening a list item names whose item it is.
  if (t.text.size() > 2 && t.text[0] == '(' && t.mentions.size() == 1 &&
      mentions[static_cast<size_t>(t.mentions[0])].begin == b + 1) {
    std::string inner = StripPunct(t.text, nullptr);
    if (inner.size() + 1 >= t.text.size() - 1 || t.text.find(')') == t.text.size() - 1) {
      t.jurisdiction = true;
    }
  }
  if (t.mentions.empty() && t.values.empty() && morphology_) {
    std::string word = StripPunct(t.text, nullptr);
    for (const WordReading& r : morphology_->Analyze(word)->readings) t.predicative |= r.copula;
    t.predicative |= t.comma && t.role == Role::kMeans;
  }
  if (t.mentions.empty() && t.values.empty()) {
    // 바탕으로: a noun and its particle, listed whole (the dictionary splits them).
    std::string word = StripPunct(t.text, nullptr);
    if (KoreanGrammar::Get().noun_postpositions.count(word)) t.stem = word;
    t.postposition = PostpositionKind(t.stem.empty() ? word : t.stem) != nullptr;
  }
  return t;
}

}  // namespace kg::ingest
