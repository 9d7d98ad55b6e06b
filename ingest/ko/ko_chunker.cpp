// Tokens, predicates and phrases of a Korean sentence.
#include "ingest/ko/ko_chunker.h"
#include "kg/base/strings.h"
#include "ingest/ko/ko_chunker_words.h"

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

const char* kPostpositions[][2] = {
    {"통해", "means"},   {"통하여", "means"}, {"통해서", "means"}, {"통한", "means"},
    {"위해", "purpose"}, {"위한", "purpose"}, {"위하여", "purpose"}, {"위해서", "purpose"},
    {"대한", "about"},   {"대해", "about"},   {"관한", "about"},   {"관해", "about"},
    {"대해서", "about"}, {"따르면", "according"}, {"따라", "according"}, {"따른", "according"},
    {"의해", "agent"},   {"의한", "agent"},   {"의하여", "agent"}, {"비해", "compare"},
    {"비하면", "compare"}, {"함께", "partner"}};

const char* PostpositionKind(const std::string& stem) {
  for (auto& p : kPostpositions) {
    if (stem == p[0]) return p[1];
  }
  return nullptr;
}

// Morphemes that make a stem a verb (or a copula) right after it.
bool VerbalRemainder(const std::string& rest, bool* copula) {
  *copula = false;
  static constexpr std::string_view kVerbal[] = {"하", "했", "한", "해", "할", "함", "합", "되", "됐", "된", "돼",
                                  "될", "됨", "받", "시키", "시킨", "시켜", "시켰"};
  for (std::string_view v : kVerbal) {
    if (StartsWith(rest, v)) return true;
  }
  static constexpr std::string_view kCopula[] = {"인", "이다", "이며", "이고", "이라", "이었", "였", "입니다",
                                  "이자", "으로서"};
  for (std::string_view c : kCopula) {
    if (rest == c || StartsWith(rest, c)) {
      *copula = true;
      return true;
    }
  }
  return false;
}

// Endings that follow a native verb stem directly (손잡았다, 이끌고, 찾는, 열린).
bool NativeEnding(const std::string& rest) {
  static constexpr std::string_view kEndings[] = {"았", "었", "였", "고", "며", "는", "은", "아", "어", "자", "기",
                                   "면", "ㄴ", "다", "던", "지", "게", "도록", "려"};
  for (std::string_view e : kEndings) {
    if (StartsWith(rest, e)) return true;
  }
  return false;
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

// Activity nouns whose bare modifier is a destination: 중국 수출 = exports to China.
bool IsDirectionalNoun(const std::string& stem) {
  static constexpr std::string_view kNouns[] = {"수출", "수입", "진출", "방문", "출장", "투자", "이전", "유학",
                                 "여행", "파견", "송금", "반입", "반출"};
  for (std::string_view n : kNouns) {
    if (stem == n) return true;
  }
  return false;
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
  const std::string& s = sentence.text;

  // ---- tokens: split on spaces, then keep mentions, values and lone particles together.
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
  for (const auto& [b, e] : merged) {
    // The defined term of "X: ..." is not part of the definition's clauses.
    if (sentence.kind == Sentence::Kind::kDefinition && e <= sentence.body_begin) continue;
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
    if ((!t.mentions.empty() || !t.values.empty()) && (rest.empty() || IsParticleSequence(rest))) {
      ParticleSplit ps = ParticlesAlone(rest);
      t.role = ps.role;
      t.topic = ps.topic;
      t.focus = ps.focus;
      t.list_end = ps.list_end;
      t.head_is_mention = !t.mentions.empty() &&
                          (t.values.empty() || mentions[static_cast<size_t>(t.mentions.back())].end >=
                                                   values[static_cast<size_t>(t.values.back())].end);
    } else if (t.mentions.empty() && t.values.empty() && IsParticleSequence(rest)) {
      // A particle written apart ("인도 등이"): it marks the phrase before it.
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
    if (t.mentions.empty() && t.values.empty() && PostpositionKind(t.stem.empty() ? StripPunct(t.text, nullptr) : t.stem)) {
      t.postposition = true;
    }
    out.tokens.push_back(std::move(t));
  }
  std::vector<Token>& tokens = out.tokens;
  const int n = static_cast<int>(tokens.size());

  // ---- predicates
  std::vector<int> pred_of(static_cast<size_t>(n), -1);
  for (int i = 0; i < n; ++i) {
    if (pred_of[static_cast<size_t>(i)] >= 0) continue;
    Token& t = tokens[static_cast<size_t>(i)];
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
    std::string_view from(s.c_str() + t.begin, s.size() - t.begin);
    Predicate best;
    size_t best_len = 0;
    std::string best_rest;
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
      p.swap = st.swap && !StartsWith(rest, "시키") && !StartsWith(rest, "시켰") && !StartsWith(rest, "시킨") &&
               !StartsWith(rest, "시켜");
      p.intransitive = st.intransitive;
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
      best_rest = rest;
    }
    if (best_len > 0) {
      // Every relation sharing this stem (투자: invested_in and investment_amount).
      for (size_t k : candidates) {
        const StemEntry& st = stems_[k];
        if (st.stem == best.stem && st.inverse == best.inverse &&
            std::find(best.relations.begin(), best.relations.end(), st.relation) == best.relations.end()) {
          best.relations.push_back(st.relation);
        }
      }
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

  // Negation and modality written in the next eojeol: 하지 않았다, 할 계획이다, 된다고 알려졌다.
  for (Predicate& p : out.predicates) {
    int next = p.token + 1;
    if (next >= n) continue;
    std::string w = StripPunct(tokens[static_cast<size_t>(next)].text, nullptr);
    if (StartsWith(w, "않") || StartsWith(w, "못")) {
      p.ending.negated = true;
      Ending real = AnalyzeEnding(w.substr(3));
      if (real.kind != EndingKind::kNone) p.ending.kind = real.kind;
      else p.ending.kind = EndingKind::kFinal;
      pred_of[static_cast<size_t>(next)] = pred_of[static_cast<size_t>(p.token)];
    } else if (p.ending.negated) {
      p.ending.negated = false;  // 하지 without 않/못 is not a negation (하지만)
    }
    if (StartsWith(w, "계획") || StartsWith(w, "예정") || StartsWith(w, "방침") ||
        StartsWith(w, "목표") || StartsWith(w, "전망") || StartsWith(w, "방안") ||
        StartsWith(w, "구상") || StartsWith(w, "의향")) {
      p.ending.planned = true;
      // "투자할 계획이다": the modal noun ends the clause; nothing is being modified.
      if (p.ending.kind == EndingKind::kAdnominal) p.ending.kind = EndingKind::kFinal;
    }
    if (p.ending.kind == EndingKind::kAdnominal) {
      // "중단한 상태", "한 것이다": a bound noun after the clause states it.
      for (const char* bound : {"상태", "상황", "것이다", "것으로", "바", "셈", "중이다"}) {
        if (StartsWith(w, bound)) p.ending.kind = EndingKind::kFinal;
      }
      // "지원을 받는 등": one of several things done, not a relative clause.
      if (w == "등" || StartsWith(w, "등의") || StartsWith(w, "등으로")) {
        p.ending.kind = EndingKind::kConnective;
      }
    }
  }

  // "방문해 회동할 예정이다": a connective clause without its own tense shares the plan of
  // the clause it leads into ("방문했고 ... 할 예정이다" does not: it happened).
  for (size_t k = out.predicates.size(); k-- > 1;) {
    Predicate& prev = out.predicates[k - 1];
    if (out.predicates[k].ending.planned && prev.ending.kind == EndingKind::kConnective &&
        !prev.ending.past && !prev.ending.negated) {
      prev.ending.planned = true;
    }
  }

  // ---- phrases
  auto pred_token = [&](int i) { return pred_of[static_cast<size_t>(i)] >= 0; };
  Phrase cur;
  bool open = false;
  auto close = [&](Role role) {
    if (!open) return;
    // Closed by what follows (a predicate, a postposition): the last particle still counts.
    const Token& last_token = tokens[static_cast<size_t>(cur.last)];
    if (role == Role::kNone && last_token.role != Role::kNone) {
      role = last_token.role;
      cur.topic = last_token.topic;
      cur.focus = last_token.focus;
    }
    cur.role = role;
    out.phrases.push_back(cur);
    out.sequence.push_back(static_cast<int>(out.phrases.size() - 1));
    open = false;
  };
  int last_pred_added = -1;
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[static_cast<size_t>(i)];
    if (pred_token(i)) {
      close(Role::kNone);
      int pi = pred_of[static_cast<size_t>(i)];
      if (pi != last_pred_added) {
        out.sequence.push_back(-(pi + 1));
        last_pred_added = pi;
      }
      continue;
    }
    if (t.postposition) {
      std::string stem = t.stem.empty() ? StripPunct(t.text, nullptr) : t.stem;
      std::string kind = PostpositionKind(stem);
      close(Role::kNone);
      if (!out.phrases.empty() && !out.sequence.empty() && out.sequence.back() >= 0) {
        Phrase& p = out.phrases.back();
        p.link = kind;
        if (kind == "means") p.role = Role::kMeans;
        else if (kind == "about") p.role = Role::kAbout;
        else if (kind == "compare") p.role = Role::kCompare;
        else if (kind == "partner") p.role = Role::kPartner;
      }
      continue;
    }
    if (t.jurisdiction) {
      close(Role::kNone);
      cur = Phrase{};
      cur.first = cur.last = i;
      cur.jurisdiction = true;
      open = true;
      close(Role::kNone);
      continue;
    }
    if (!open) {
      cur = Phrase{};
      cur.first = i;
      open = true;
    }
    cur.last = i;
    bool next_has_mention = i + 1 < n && !pred_token(i + 1) && !tokens[static_cast<size_t>(i + 1)].mentions.empty();
    // "X와 업무협약을 맺고": a relation noun after 와/과 is what is done with X, not X's sibling.
    if (next_has_mention && t.role == Role::kPartner &&
        relation_nouns_.count(SplitParticles(StripPunct(tokens[static_cast<size_t>(i + 1)].text, nullptr)).stem)) {
      next_has_mention = false;
    }
    bool coordination = t.role == Role::kPartner && t.head_is_mention && next_has_mention;
    bool genitive = t.role == Role::kGenitive;
    bool lists = (t.comma && next_has_mention && t.head_is_mention) || (t.list_end && t.role == Role::kNone);
    if (t.role == Role::kNone || genitive || coordination || lists) {
      if (t.comma && !t.head_is_mention && t.role == Role::kNone && !t.list_end) {
        // A comma after plain words ends the phrase (수립, 데이터센터...).
        close(Role::kNone);
      }
      continue;
    }
    cur.topic = t.topic;
    cur.focus = t.focus;
    close(t.role);
  }
  close(Role::kNone);

  // ---- what each phrase denotes
  DescribePhrases(s, mentions, entities, &out);
  return out;
}

}  // namespace kg::ingest
