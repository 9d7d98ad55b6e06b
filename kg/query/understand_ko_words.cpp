// Items of Korean questions (understand_ko_words.h).
#include "kg/query/understand_ko_words.h"
#include "kg/base/strings.h"

#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "ingest/ko/morphology.h"
#include "kg/base/unicode.h"
#include "kg/query/binder.h"

namespace kg::understand_ko {

namespace {


std::string RoleOfParticles(const QuestionWords& g, const std::string& rest) {
  if (rest.empty()) return "";
  for (const std::string& c : g.ko.copula_endings) {
    if (rest == c) return "predicate";
  }
  if (rest == "가") return "subject";
  ingest::ParticleSplit ps = ingest::SplitParticles("X" + rest);
  if (ps.role == ingest::Role::kNone) return ps.topic ? "topic" : (ps.particle.empty() ? "predicate" : "");
  if (ps.topic && ps.role == ingest::Role::kTopic) return "topic";
  return ingest::RoleName(ps.role);
}

// A predicate eojeol that modifies the next noun: its last syllable ends in ㄴ/ㄹ (한, 할,
// 세운, 사들인) or it ends in 던.
bool Adnominal(const std::string& eojeol) {
  std::vector<char32_t> cps = kg::ToCodePoints(eojeol);
  if (cps.empty() || !kg::IsHangulSyllable(cps.back())) return false;
  int jong = kg::HangulFinalIndex(cps.back());
  return jong == 4 || jong == 8 || EndsWith(eojeol, "던");
}

bool Future(const QuestionWords& g, const std::string& eojeol) {
  std::vector<char32_t> cps = kg::ToCodePoints(eojeol);
  bool l_adnominal = !cps.empty() && kg::HangulFinalIndex(cps.back()) == 8;
  for (const std::string& m : g.ko.plan_markers) {
    if (eojeol.find(m) != std::string::npos) return true;
  }
  return l_adnominal;
}

// A question word item, or false.
bool ReadQWord(const std::vector<std::string>& words, size_t w, const QuestionLexicon& lex,
               Item* it, size_t* consumed) {
  const ingest::RelationVocabulary& vocab = lex.vocabulary();
  const QuestionWords& g = lex.grammar();
  const std::string& t = words[w];
  for (const auto& [qstem, qkind] : g.ko.question_words) {
    if (!StartsWith(t, qstem)) continue;
    std::string kind = qkind;
    std::string rest = t.substr(qstem.size());
    it->cls = KCls::kQWord;
    it->qword = kind;
    it->np = kind == "who" || kind == "what" || kind == "where" || kind == "which" || kind == "count";
    // 누가, 뭘: the particle is fused into the question word.
    if (auto p = g.ko.question_word_particles.find(qstem); p != g.ko.question_word_particles.end()) {
      rest = p->second;
    }
    // 누구누구, 어디어디: a repeated question word asks for several.
    while (!rest.empty() && StartsWith(rest, qstem)) rest = rest.substr(qstem.size());
    if (kind == "how_much") {
      it->asked = Asked::kAmount;
      it->np = false;
    } else if (kind == "when") {
      it->asked = Asked::kDate;
      it->np = false;
    }
    // 어떤 종류의 프로토콜인가: a relation noun in the genitive after 어떤 is the relation asked,
    // not the kind of answer (the noun after it is).
    bool relation_genitive = false;
    if (kind == "which" && rest.empty() && w + 1 < words.size()) {
      ingest::ParticleSplit ps = ingest::SplitParticles(words[w + 1]);
      relation_genitive = RoleOfParticles(g, ps.particle) == "genitive" && !lex.KoreanNoun(ps.stem).empty();
    }
    if ((kind == "which" || kind == "count") && rest.empty() && w + 1 < words.size() && !relation_genitive) {
      // 어느 회사가, 몇 개야, 몇 퍼센트: the next word is the noun or the counter.
      const std::string& next = words[w + 1];
      ingest::ParticleSplit ps = ingest::SplitParticles(next);
      it->type_word = ps.stem;
      rest = ps.particle;
      std::string counter = ps.stem;
      for (const std::string& c : g.ko.copula_endings) {
        if (EndsWith(counter, c) && counter.size() > c.size()) {
          counter.resize(counter.size() - c.size());
          rest = c;
          break;
        }
      }
      it->type_word = counter;
      *consumed = 2;
      // 무슨 직책, 어느 순위: the noun asks for a value of the fact.
      if (Asked value = understand::AnswerKind(vocab, counter); kind == "which" && value != Asked::kEntity) {
        it->asked = value;
        it->np = false;
      }
      if (kind == "count") {
        std::string kind_word = vocab.AnswerKindForWord(counter);
        auto starts_any = [&](const std::vector<std::string>& counters) {
          return std::any_of(counters.begin(), counters.end(),
                             [&](const std::string& c) { return StartsWith(counter, c); });
        };
        if (kind_word == "percent" || starts_any(g.ko.percent_counters)) {
          it->asked = Asked::kPercent;
          it->np = false;
        } else if (kind_word == "rank" || starts_any(g.ko.rank_counters)) {
          it->asked = Asked::kRank;
          it->np = false;
        } else {
          it->asked = Asked::kCount;
        }
      }
    } else if (kind == "count") {
      bool rank = std::any_of(g.ko.rank_counters.begin(), g.ko.rank_counters.end(),
                              [&](const std::string& c) { return StartsWith(rest, c); });
      it->asked = rank ? Asked::kRank : Asked::kCount;
      it->np = it->asked == Asked::kCount;
      rest.clear();
    }
    it->role = RoleOfParticles(g, rest);
    if (rest.empty() && w + *consumed >= words.size()) it->role = "predicate";
    return true;
  }
  return false;
}

// Strips a copula or question ending from a noun: 대표인가 -> 대표.
std::string StripCopula(const QuestionWords& g, const std::string& stem, std::string* role) {
  for (const std::string& e : g.ko.copula_endings) {
    if (EndsWith(stem, e) && stem.size() > e.size() + 3) {
      *role = "predicate";
      return stem.substr(0, stem.size() - e.size());
    }
  }
  return stem;
}

void ReadNoun(const QuestionLexicon& lex, const std::string& t, Item* it) {
  ingest::ParticleSplit ps = ingest::SplitParticles(t);
  const QuestionWords& g = lex.grammar();
  std::string role = RoleOfParticles(g, ps.particle);
  std::string stem = ps.stem;
  const std::string& plural = g.ko.plural_suffix;
  if (!plural.empty() && EndsWith(stem, plural) && stem.size() > plural.size()) {
    stem.resize(stem.size() - plural.size());
  }
  std::vector<std::string> candidates = {stem, StripCopula(g, stem, &role)};
  const ingest::RelationVocabulary& vocab = lex.vocabulary();
  for (const std::string& s : candidates) {
    it->stem = s;
    it->role = role;
    if (std::vector<Cue> cues = lex.KoreanNoun(s); !cues.empty()) {
      it->cls = KCls::kNoun;
      it->cues = cues;
      return;
    }
    std::string prefix = lex.KoreanNounPrefix(s);
    if (!prefix.empty()) {
      std::string suffix = s.substr(prefix.size());
      Asked kind = understand::AnswerKind(vocab, suffix);
      // 투자사, 공급처: one syllable after a stem of two; a one-syllable stem (사 of 사다)
      // begins too many other words (사업, 사회) to be read so.
      bool affix = kg::CodePointCount(suffix) <= 1 && kg::CodePointCount(prefix) >= 2;
      if (kind != Asked::kEntity || affix || !vocab.TypesForWord(suffix).empty()) {
        it->cls = KCls::kNoun;
        it->cues = lex.KoreanNoun(prefix);
        it->asked = kind;
        it->asked_value = kind != Asked::kEntity;
        it->agent_affix = affix && kind == Asked::kEntity;
        return;
      }
    }
    if (Asked kind = understand::AnswerKind(vocab, s); kind != Asked::kEntity) {
      it->cls = KCls::kAnswer;
      it->asked = kind;
      it->asked_value = true;
      return;
    }
    bool head = std::find(g.ko.heads.begin(), g.ko.heads.end(), s) != g.ko.heads.end();
    if (head || !vocab.TypesForWord(s).empty()) {
      it->cls = KCls::kType;
      it->type_word = s;
      return;
    }
  }
  it->stem = stem;
}

// Reads eojeol `w` (not a name) into `it`.
size_t ReadWord(const QuestionContext& ctx, const std::vector<std::string>& words, size_t w,
                ingest::KoreanMorphology* morph, Item* it) {
  size_t consumed = 1;
  const std::string& t = words[w];
  it->word = w;
  const QuestionWords& g = ctx.lexicon.grammar();
  if (ReadQWord(words, w, ctx.lexicon, it, &consumed)) return consumed;
  // A relation noun of two words (차기 모델은, 구성 요소야) is one item.
  if (w + 1 < words.size()) {
    Item two;
    ReadNoun(ctx.lexicon, t + " " + words[w + 1], &two);
    if (two.cls == KCls::kNoun && two.stem.find(' ') != std::string::npos) {
      two.word = w;
      *it = two;
      return 2;
    }
  }
  // A value word (시기는, 위치, 금액이), a head noun (건, 곳은) or a type word (나라는, which the
  // dictionary also reads as a verb form) is a noun, whatever verb it might also begin.
  std::string stem = ingest::SplitParticles(t).stem;
  if (understand::AnswerKind(ctx.lexicon.vocabulary(), stem) != Asked::kEntity ||
      std::find(g.ko.heads.begin(), g.ko.heads.end(), stem) != g.ko.heads.end() ||
      !ctx.lexicon.vocabulary().TypesForWord(stem).empty()) {
    ReadNoun(ctx.lexicon, t, it);
    return consumed;
  }
  if (morph) {
    auto analysis = morph->Analyze(t);
    for (const ingest::WordReading& r : analysis->readings) {
      if (!r.predicate || r.copula) continue;
      it->predicate = true;
      if (it->lemma.empty()) it->lemma = r.lemma;
      std::vector<Cue> cues = ctx.lexicon.KoreanPredicate(r.lemma, r.key, r.light,
                                                          ingest::AnalyzeEnding(r.rest).passive);
      if (cues.empty()) continue;
      it->cls = KCls::kPred;
      it->cues = cues;
      it->stem = r.lemma;
      break;
    }
  }
  if (it->predicate) {
    it->adnominal = Adnominal(t) && w + 1 < words.size();
    // 하지 않은, 못 한: negation inside the eojeol or in the auxiliary after it.
    for (const std::string& m : g.ko.negation_markers) {
      it->negated = it->negated || t.find(m) != std::string::npos ||
                    (w + 1 < words.size() && StartsWith(words[w + 1], m));
    }
    it->planned = Future(g, t) || (w + 1 < words.size() && Future(g, words[w + 1]));
    for (const auto& [ending, lemma] : g.ko.plan_constructions) {
      if (!morph || w + 1 >= words.size() || !EndsWith(t, ending)) continue;
      for (const ingest::WordReading& r : morph->Analyze(words[w + 1])->readings) {
        it->planned = it->planned || (r.predicate && r.lemma == lemma);
      }
    }
    if (it->cls == KCls::kPred) return consumed;
  }
  if (it->cls == KCls::kOther && !it->predicate) ReadNoun(ctx.lexicon, t, it);
  return consumed;
}

// A relation noun as the object of a light verb (파트너십을 맺은, 지분을 갖고, CEO로 있는):
// the noun carries the relation, the verb its ending.
// An aspect verb (조사에 착수한, 조사에 나선) takes the relation noun with 에 too.
void MergeLightVerbs(const QuestionWords& g, std::vector<Item>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    Item& n = items[i];
    if (n.cls != KCls::kNoun || n.asked_value) continue;
    size_t k = i + 1;
    while (k < items.size() && (items[k].cls == KCls::kQWord && !items[k].np)) ++k;
    bool aspect = k < items.size() && n.role == "target" &&
                  std::find(g.ko.aspect_verbs.begin(), g.ko.aspect_verbs.end(), items[k].lemma) !=
                      g.ko.aspect_verbs.end();
    if (n.role != "object" && n.role != "means" && !n.role.empty() && !aspect) continue;
    if (k >= items.size() || !items[k].predicate) continue;
    if (items[k].cls == KCls::kPred && n.role.empty()) continue;
    n.cls = KCls::kPred;
    n.adnominal = items[k].adnominal;
    n.negated = items[k].negated;
    n.planned = items[k].planned;
    for (Cue& c : n.cues) c.kind = Cue::Kind::kVerb;
    items[k].cls = KCls::kSkip;
  }
}

// A relation noun and the value word after it (인수 금액은, 개최 시기, 본사 위치) ask as one
// compound does (인수금액): the value of the relation's facts. Either word may also read as a
// verb stem (개최, 위치): written bare, it is the noun.
void MergeValueWords(const QuestionLexicon& lex, const std::vector<std::string>& words,
                     std::vector<Item>& items) {
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& n = items[i];
    Item& value = items[i + 1];
    std::vector<Cue> noun_cues = lex.KoreanNoun(words[n.word]);
    bool noun = (n.cls == KCls::kNoun && n.role.empty()) || (n.cls == KCls::kPred && !noun_cues.empty());
    if (!noun || n.asked_value) continue;
    ingest::ParticleSplit ps = ingest::SplitParticles(words[value.word]);
    Asked kind = value.cls == KCls::kAnswer ? value.asked : understand::AnswerKind(lex.vocabulary(), ps.stem);
    if (kind == Asked::kEntity || (value.cls != KCls::kAnswer && value.cls != KCls::kPred)) continue;
    if (n.cls == KCls::kPred) {
      n.cls = KCls::kNoun;
      n.cues = noun_cues;
      n.role.clear();
    }
    n.asked = kind;
    n.asked_value = true;
    n.role = value.cls == KCls::kAnswer ? value.role : RoleOfParticles(lex.grammar(), ps.particle);
    value.cls = KCls::kSkip;
  }
}

// A -ㄹ verb before a plan noun (투자할 계획인가요, 들어설 예정이야, 지을 계획이 있니) states a
// plan: no relative clause, unless the noun itself goes on to a head (투자할 계획인 회사).
void FoldPlanNouns(const QuestionWords& g, const std::vector<std::string>& words,
                   std::vector<Item>& items) {
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& v = items[i];
    if (v.cls != KCls::kPred || !v.adnominal) continue;
    const std::string& next = words[items[i + 1].word];
    bool plan = std::any_of(g.ko.plan_nouns.begin(), g.ko.plan_nouns.end(),
                            [&](const std::string& n) { return StartsWith(next, n); });
    if (!plan) continue;
    v.planned = true;
    v.adnominal = Adnominal(next) && i + 2 < items.size();
    items[i + 1].cls = KCls::kSkip;
    // 계획이 있니: the existence verb after the noun belongs to it.
    if (i + 2 < items.size() && items[i + 2].predicate && items[i + 1].role == "subject") {
      v.adnominal = items[i + 2].adnominal;
      items[i + 2].cls = KCls::kSkip;
    }
  }
}

// A verb and the auxiliary after it (공급해 온 곳, 수사하고 있는 곳, 공급하기로 한 곳): one
// verb, modifying the noun after the auxiliary. The auxiliary item goes, so that the noun is
// the next item, as a relative clause's head is.
void FoldAuxiliaries(const QuestionWords& g, const std::vector<std::string>& words,
                     std::vector<Item>& items) {
  for (size_t i = 0; i + 2 < items.size(); ++i) {
    Item& v = items[i];
    if (v.cls != KCls::kPred || v.adnominal) continue;
    const std::string& verb = words[v.word];
    const std::string& next = words[items[i + 1].word];
    bool aux = std::any_of(g.ko.auxiliary_constructions.begin(), g.ko.auxiliary_constructions.end(),
                           [&](const auto& c) { return next == c.second && EndsWith(verb, c.first); });
    if (!aux) continue;
    v.adnominal = true;
    v.negated = v.negated || items[i + 1].negated;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// A bound noun after an adnominal verb that states the clause (착수할 것으로 보이나요, 중단한
// 상태인가요; ko_grammar's statement_bound_nouns): no relative clause, the verb is the
// question's predicate.
void FoldStatementNouns(const std::vector<std::string>& words, std::vector<Item>& items) {
  const auto& nouns = ingest::KoreanGrammar::Get().statement_bound_nouns;
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& v = items[i];
    size_t j = i + 1;  // past a light verb merged into the noun before it (조사에 착수할)
    while (j < items.size() && items[j].cls == KCls::kSkip) ++j;
    if (v.cls != KCls::kPred || !v.adnominal || j >= items.size() || items[j].cls == KCls::kName) continue;
    const std::string& next = words[items[j].word];
    bool statement = std::any_of(nouns.begin(), nouns.end(),
                                 [&](const std::string& n) { return StartsWith(next, n); });
    if (!statement) continue;
    v.adnominal = false;
    items[j].cls = KCls::kSkip;
  }
}

// Word i is a bare place name and the word after it a kind noun (중국 업체는, 한국 기업이).
bool PlaceBeforeKindNoun(const QuestionContext& ctx, const std::vector<std::string>& trimmed,
                         size_t i) {
  if (i + 1 >= trimmed.size()) return false;
  ingest::ParticleSplit next = ingest::SplitParticles(trimmed[i + 1]);
  if (ctx.lexicon.vocabulary().TypesForWord(next.stem).empty()) return false;
  Result<std::vector<TermId>> ids = ctx.names.Lookup(trimmed[i]);
  if (!ids.ok() || ids->empty()) return false;
  for (TermId id : *ids) {
    Result<const Term*> t = ctx.binder.text().Get(id);
    if (!t.ok() || !ctx.lexicon.grammar().place_types.count((*t)->type)) return false;
  }
  return true;
}

}  // namespace

Result<std::vector<Item>> Items(const QuestionContext& ctx,
                                const std::vector<parser::ast::Name>& words) {
  std::vector<std::string> raw, trimmed;
  for (const auto& w : words) {
    raw.push_back(w.text);
    trimmed.push_back(TrimPunctuation(w.text));
  }
  Result<ingest::KoreanMorphology*> morph_or = ingest::KoreanMorphology::Get();
  ingest::KoreanMorphology* morph = morph_or.ok() ? *morph_or : nullptr;
  const QuestionWords& g = ctx.lexicon.grammar();
  auto may_be_alone = [&](size_t i) {
    for (const auto& q : g.ko.question_words) {
      if (StartsWith(trimmed[i], q.first)) return false;
    }
    // The head of a relative clause (인수한 회사는) is not a name -- a place before the head
    // noun (경쟁하는 중국 업체는) is.
    if (i > 0 && morph && !PlaceBeforeKindNoun(ctx, trimmed, i)) {
      for (const auto& r : morph->Analyze(trimmed[i - 1])->readings) {
        if (r.predicate && Adnominal(trimmed[i - 1])) return false;
      }
    }
    ingest::ParticleSplit ps = ingest::SplitParticles(trimmed[i]);
    return ctx.lexicon.KoreanNoun(ps.stem).empty();
  };
  Result<std::vector<NameMatch>> names = ctx.names.Find(raw, true, may_be_alone);
  if (!names.ok()) return names.status();
  std::vector<Item> items;
  size_t next_name = 0;
  for (size_t w = 0; w < words.size();) {
    if (next_name < names->size() && (*names)[next_name].first == w) {
      const NameMatch& m = (*names)[next_name++];
      Item it;
      it.cls = KCls::kName;
      it.word = w;
      it.stem = m.text;
      it.names = {m.ids};
      it.role = RoleOfParticles(g, m.rest);
      items.push_back(it);
      w = m.end;
      continue;
    }
    Item it;
    size_t consumed = ReadWord(ctx, trimmed, w, morph, &it);
    items.push_back(it);
    w += consumed;
  }
  // X에 따라, X에 대해: X is no argument of the predicate.
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    const std::string& next = trimmed[items[i + 1].word];
    bool adjunct = std::any_of(g.ko.adjunct_words.begin(), g.ko.adjunct_words.end(),
                               [&](const std::string& a) { return next == a; });
    if (items[i].cls == KCls::kName && items[i].role == "target" && adjunct) {
      items[i].cls = items[i + 1].cls = KCls::kSkip;
    }
  }
  FoldAuxiliaries(g, trimmed, items);
  AgreementNouns(ctx.lexicon, items);
  BasisPhrases(ctx.lexicon, trimmed, items);
  MergeLightVerbs(g, items);
  LightVerbValueHeads(ctx.lexicon, items);
  FoldPlanNouns(g, trimmed, items);
  FoldStatementNouns(trimmed, items);
  MergeValueWords(ctx.lexicon, trimmed, items);
  return items;
}

void Asks(const std::vector<Item>& items, QuestionFrame* frame) {
  frame->asked = Asked::kEntity;
  for (const Item& it : items) {
    if (it.cls != KCls::kQWord) continue;
    frame->asked = it.asked;
    frame->column = it.qword == "how_much" ? "amount" : it.qword == "when" ? "date" : it.qword;
    if (!it.type_word.empty() && it.qword == "which") frame->answer_word = it.type_word;
    if (it.qword == "count") frame->answer_word = "";
    return;
  }
  frame->column = "answer";
}

void Finish(const QuestionLexicon& lexicon, const std::vector<Item>& items, QuestionFrame* frame) {
  for (const Item& it : items) {
    frame->negated = frame->negated || (it.cls == KCls::kPred && it.negated);
    // A relative clause's tense is loose in Korean (캐나다가 투자한 금액 is said of a pledge
    // too), so only a finite verb's ending (투자했니?) judges plans against deeds.
    frame->plans = frame->plans || it.planned;
    frame->any_tense = frame->any_tense || (it.cls == KCls::kPred && it.adnominal && !it.planned);
  }
  auto has_answer = [](const std::vector<Reading>& rs) {
    return std::any_of(rs.begin(), rs.end(), [](const Reading& r) {
      return r.subject.kind == End::Kind::kAnswer || r.object.kind == End::Kind::kAnswer;
    });
  };
  bool where = std::any_of(items.begin(), items.end(), [](const Item& it) { return it.qword == "where"; });
  if (where) SitedPlace(lexicon, items, frame);
  if (where) understand::PlaceOfEvents(lexicon, false, frame);
  // 어디에 있어: of a verb's readings (있다: located_in, member_of), "where" with a particle
  // asks the place (not 어디인가요, which asks which one).
  // 어디서 만들었어 read as who made it (RoleFor in understand_ko.cpp) keeps that reading.
  bool doer = std::any_of(frame->readings.begin(), frame->readings.end(), [](const Reading& r) {
    return !r.relation->where && r.subject.kind == End::Kind::kAnswer;
  });
  bool where_np = std::any_of(items.begin(), items.end(), [&](const Item& it) {
    return it.qword == "where" && !it.role.empty() && it.role != "predicate" &&
           !(it.role == "place" && doer);
  });
  bool where_relation = std::any_of(frame->readings.begin(), frame->readings.end(),
                                    [](const Reading& r) { return r.relation->where; });
  if (where_np && where_relation) {
    std::erase_if(frame->readings, [](const Reading& r) { return !r.relation->where; });
  }
  bool answer_slot = has_answer(frame->readings);
  bool qword = std::any_of(items.begin(), items.end(), [](const Item& it) { return it.cls == KCls::kQWord; });
  if (!answer_slot && frame->asked == Asked::kEntity) {
    frame->asked = where ? Asked::kPlace : qword ? Asked::kEntity : Asked::kYesNo;
  }
  if (frame->column.empty() || frame->column == "answer") {
    frame->column = frame->answer_word.empty() ? "answer" : frame->answer_word;
  }
}

Result<QuestionFrame> NoRelationWord(const QuestionContext& ctx,
                                     const std::vector<parser::ast::Name>& words,
                                     const std::vector<Item>& items, QuestionFrame* frame) {
  std::vector<const Item*> names;
  const Item* unknown = nullptr;
  const Item* unread_verb = nullptr;  // a verb no relation has (쀍했어)
  for (const Item& it : items) {
    if (it.cls == KCls::kName) names.push_back(&it);
    if (it.cls == KCls::kOther && !it.predicate && !unknown) unknown = &it;
    if (it.cls == KCls::kOther && it.predicate && !unread_verb) unread_verb = &it;
  }
  // 몇 위를 했어: a verb that only carries the rank asked.
  const std::vector<std::string>& rank_verbs = ctx.lexicon.grammar().ko.rank_verbs;
  if (unread_verb && frame->asked == Asked::kRank &&
      std::find(rank_verbs.begin(), rank_verbs.end(), unread_verb->lemma) != rank_verbs.end()) {
    unread_verb = nullptr;
  }
  if (unread_verb) {
    return understand::NotUnderstood(ctx.binder,
                                     "'" + TrimPunctuation(words[unread_verb->word].text) + "'",
                                     "no relation word found", words[unread_verb->word]);
  }
  bool what = std::any_of(items.begin(), items.end(), [](const Item& it) {
    return it.cls == KCls::kQWord && (it.qword == "what" || it.qword == "who");
  });
  // 중국은 Y에서 몇 위야: a rank asked with no relation word reads the relations whose facts
  // carry ranks, from the topic (or subject) to the other name.
  if (!unknown && !names.empty() && frame->asked == Asked::kRank) {
    const Item* subject = names[0];
    for (const Item* n : names) {
      if (n->role == "topic" || n->role == "subject") subject = n;
    }
    const Item* object = nullptr;
    for (const Item* n : names) {
      if (n != subject) object = n;
    }
    End o = object ? End::Names(object->names) : End::Free();
    for (const ingest::RelationDef& def : ctx.lexicon.vocabulary().relations()) {
      if (def.question_rank) frame->readings.push_back(Reading{&def, End::Names(subject->names), o});
    }
    if (!frame->readings.empty()) return *frame;
  }
  // 허깅페이스는 어떤 플랫폼이니: a kind asked of the one thing named, with no relation word.
  bool which_copula = std::any_of(items.begin(), items.end(), [](const Item& it) {
    return it.cls == KCls::kQWord && it.qword == "which" && !it.type_word.empty() && it.role == "predicate";
  });
  if (!unknown && names.size() == 1 && which_copula && frame->asked == Asked::kEntity) {
    for (const ingest::RelationDef& def : ctx.lexicon.vocabulary().relations()) {
      if (def.question_kind) frame->readings.push_back(Reading{&def, End::Names(names[0]->names), End::Answer()});
    }
    if (!frame->readings.empty()) {
      frame->answer_word.clear();  // the kind noun (플랫폼) is no type of the answer
      return *frame;
    }
  }
  // 일라이자는 챗봇이니: whether the thing named first is of the kind named before the copula.
  bool qword_any = std::any_of(items.begin(), items.end(), [](const Item& it) { return it.cls == KCls::kQWord; });
  if (!unknown && !qword_any && names.size() == 2 && names[1]->role == "predicate" &&
      (names[0]->role == "topic" || names[0]->role == "subject")) {
    for (const ingest::RelationDef& def : ctx.lexicon.vocabulary().relations()) {
      if (def.question_kind) {
        frame->readings.push_back(Reading{&def, End::Names(names[0]->names), End::Names(names[1]->names)});
      }
    }
    if (!frame->readings.empty()) {
      frame->asked = Asked::kYesNo;
      return *frame;
    }
  }
  // 어느 나라 회사야: where the one thing named is (회사 or any noun before the copula).
  bool copula_noun = unknown && unknown->role == "predicate";
  if ((!unknown || copula_noun) && names.size() == 1 && frame->asked == Asked::kEntity &&
      understand::AddWhereReadings(ctx.lexicon, frame->answer_word, End::Names(names[0]->names),
                                   &frame->readings)) {
    return *frame;
  }
  if (!unknown && names.size() == 1 && names[0]->names.size() == 1 && (what || items.size() == 1)) {
    frame->asked = Asked::kAbout;
    frame->about = names[0]->names.front();
    return *frame;
  }
  if (unknown) {
    // An unknown word with a particle where a name goes: perhaps a misspelt name.
    Result<ingest::KoreanMorphology*> morph = ingest::KoreanMorphology::Get();
    bool known = morph.ok() && (*morph)->Analyze(unknown->stem)->known;
    if (!known && !unknown->role.empty() && unknown->role != "predicate") {
      Result<std::vector<TermId>> ids = ctx.binder.ResolveName(unknown->stem, words[unknown->word], nullptr);
      if (!ids.ok()) return ids.status();
    }
    return understand::NotUnderstood(ctx.binder, "'" + TrimPunctuation(words[unknown->word].text) + "'",
                                     "no relation word found", words[unknown->word]);
  }
  return understand::NotUnderstood(ctx.binder, "the question", "no relation word found",
                                   words.front());
}

}  // namespace kg::understand_ko
