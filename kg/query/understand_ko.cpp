// Korean questions: names by longest match (particles and copula endings apart, spaces
// optional), predicates by their Hunspell lemma, relation nouns and titles from the vocabulary,
// and the slots from the particles -- each relation's object_roles say which particle marks its
// object. The question word may stand anywhere (누가, 누구와, 어디에, 무엇을, 어느 회사); a
// relative clause's head (인수한 회사는) fills the slot the clause leaves open, and a head that
// goes on into another relation (회사의 대표는) makes a second hop.
#include <algorithm>
#include <set>

#include "ingest/ko/korean.h"
#include "ingest/ko/morphology.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"
#include "kg/query/binder.h"
#include "kg/query/understand.h"
#include "kg/query/understand_ko_words.h"

namespace kg {

namespace ko = understand_ko;
using ko::Item;
using ko::KCls;

namespace {

// Which end of `def` an NP with particle role `role` is, or -1 when the role fits neither.
// 0 = subject, 1 = object.
int Side(const ingest::RelationDef& def, const std::string& role, bool passive) {
  auto has = [](const std::vector<std::string>& v, const std::string& r) {
    return std::find(v.begin(), v.end(), r) != v.end();
  };
  // X에 들어간 칩, X에 적용된 기술: the roles that mark the relation's subject when its verb
  // is passive or intransitive (passive_subject_roles, as the extractor reads them).
  if (passive && has(def.ko_passive_subject_roles, role)) return 0;
  int side = -1;
  if (has(def.ko_object_roles, role)) side = 1;
  else if (has(def.ko_subject_roles, role)) side = 0;
  else if (role == "topic" || role == "subject") side = has(def.ko_object_roles, "subject") ? 1 : 0;
  if (side >= 0 && passive && (role == "subject" || role == "topic")) side = 1 - side;
  if (side < 0 && def.symmetric && (role == "partner" || role == "target")) side = 1;
  return side;
}

End EndOf(const Item& it) {
  if (it.cls == KCls::kName) return End::Names(it.names);
  if (it.mid) return End::Mid();
  return End::Answer();
}

// The role an NP plays for `def`: its particle's, except that 어디서 (에서 marks an institution
// as subject: 정부에서 발표했다) asks who did it when the relation takes no place and joins two
// entities -- X는 어디서 만들었어 asks for the maker.
std::string RoleFor(const ingest::RelationDef& def, const Item& np, bool passive) {
  bool where_from = np.cls == KCls::kQWord && np.qword == "where" && np.role == "place";
  if (where_from && !passive && !def.where && def.object == ingest::ObjectKind::kEntity &&
      Side(def, "place", false) < 0) {
    return "subject";
  }
  return np.role;
}

// The readings of a predicate (or a relation noun used as one) over the NPs `nps`; `gap` is a
// relative clause's head, which takes the end no NP takes.
void PredicateReadings(const Item& pred, const std::vector<const Item*>& nps, const Item* gap,
                       std::vector<Reading>* out) {
  for (const Cue& cue : pred.cues) {
    const ingest::RelationDef& def = *cue.relation;
    End ends[2] = {End::Free(), End::Free()};
    bool taken[2] = {false, false};
    // Subject-marked NPs first, so a topic beside them takes the other end.
    std::vector<const Item*> ordered = nps;
    bool passive = cue.passive != cue.reversed;
    // Then those whose particle fits an end before those it fits neither (메타는 라마 2를 누구와
    // 손잡고 내놨나: 누구와 is the partner, 라마 2를 the next verb's object).
    auto rank = [&](const Item* np) {
      std::string role = RoleFor(def, *np, passive);
      if (role == "subject") return 0;
      return Side(def, role, passive) >= 0 ? 1 : 2;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const Item* a, const Item* b) { return rank(a) < rank(b); });
    size_t fitting = std::count_if(ordered.begin(), ordered.end(), [&](const Item* np) {
      return Side(def, RoleFor(def, *np, passive), passive) >= 0;
    });
    for (const Item* np : ordered) {
      std::string role = RoleFor(def, *np, passive);
      int side = Side(def, role, cue.passive != cue.reversed);
      if (role == "topic" && side >= 0 && taken[side]) side = 1 - side;
      // 삼성전자가 HBM4를 공급하기로 한 곳, 유럽에서 X와 경쟁하는 업체: with a head to fill the
      // open end and another NP on one end, an NP whose particle fits neither end (what is
      // supplied, where) is no argument.
      if (side < 0 && gap && !role.empty() && fitting > 0) continue;
      if (side < 0 || taken[side]) {
        side = !taken[1] ? 1 : !taken[0] ? 0 : -1;
        if (side < 0) continue;
      }
      ends[side] = EndOf(*np);
      taken[side] = true;
    }
    if (gap) {
      int side = !taken[0] ? 0 : !taken[1] ? 1 : -1;
      if (side < 0) continue;
      // A subject-marked NP in a passive clause ("설립된 회사") leaves the object open.
      ends[side] = EndOf(*gap);
      // 방문한 나라는: with no end named, a type word's head may be either end; the answer's
      // type (a country, not the person who went) says which.
      if (side == 0 && !taken[1] && !gap->type_word.empty())
        out->push_back(Reading{&def, End::Free(), EndOf(*gap)});
    }
    out->push_back(Reading{&def, ends[0], ends[1]});
    // 셈틀은 언제 창업했어: a verb whose subject is the relation's object (창업하다: the
    // founder) also says, of a lone topic, what it was done to (the company founded). With
    // nothing else named, the topic may be either end.
    bool lone_topic =
        nps.size() == 1 && !gap && nps[0]->cls == KCls::kName && nps[0]->role == "topic";
    bool subject_is_object = std::find(def.ko_object_roles.begin(), def.ko_object_roles.end(),
                                       "subject") != def.ko_object_roles.end();
    if (lone_topic && subject_is_object && !passive &&
        (ends[0].kind == End::Kind::kFree || ends[1].kind == End::Kind::kFree)) {
      out->push_back(Reading{&def, ends[1], ends[0]});
    }
  }
}

// A relation noun's readings: the complement (X의, bare X before it) and what it names.
void NounReadings(const Item& noun, const Item* complement, const Item* other, const Item* referent,
                  std::vector<Reading>* out) {
  End r = referent ? EndOf(*referent) : End::Answer();
  for (const Cue& cue : noun.cues) {
    const ingest::RelationDef& def = *cue.relation;
    // X와 협력 (관계를 맺은): a partner before the noun is its object, for a relation that
    // marks its object so; no reading of the others.
    bool partner = complement && complement->role == "partner";
    if (partner && Side(def, "partner", false) != 1) continue;
    if (cue.kind == Cue::Kind::kAgentNoun) {
      End c = complement ? EndOf(*complement) : End::Free();
      understand::AddNounReadings({cue}, r, c, out);
      continue;
    }
    // An event noun (인수, 투자): X의 is its subject unless the relation marks its object so;
    // a bare name before it is its object (한빛벤처스의 누리랩스 투자액). A bare name alone
    // (EV3 출시일, 공장 건설 비용) may be either: a compound's modifier is mostly what the
    // event is done to, but also who does it.
    int cside = complement ? (partner ? 1 : Side(def, "genitive", false)) : -1;
    if (complement && complement->role.empty() && other) cside = 1;
    if (complement && cside < 0) cside = 0;
    std::vector<int> sides = {cside};
    if (complement && complement->role.empty() && !other) sides = {1, 0};
    for (int side : sides) {
      End ends[2] = {End::Free(), End::Free()};
      if (complement) ends[side] = EndOf(*complement);
      if (other) ends[side == 0 ? 1 : 0] = EndOf(*other);
      int free_side = ends[0].kind == End::Kind::kFree ? 0 : ends[1].kind == End::Kind::kFree ? 1 : -1;
      if (free_side >= 0 && !(noun.asked_value && !referent)) ends[free_side] = r;
      out->push_back(Reading{&def, ends[0], ends[1]});
    }
  }
}

// The NPs of items [first, end) that a predicate can take: names and question words.
std::vector<const Item*> NpsIn(const std::vector<Item>& items, size_t first, size_t end) {
  std::vector<const Item*> out;
  for (size_t i = first; i < end && i < items.size(); ++i) {
    if (items[i].cls == KCls::kName || (items[i].cls == KCls::kQWord && items[i].np) ||
        (items[i].cls == KCls::kHead && items[i].mid)) {
      out.push_back(&items[i]);
    }
  }
  return out;
}

// The relation noun's complement: the NP right before it, marked 의, 와 (X와 협력) or bare.
const Item* ComplementBefore(const std::vector<Item>& items, size_t noun) {
  for (size_t k = noun; k-- > 0;) {
    const Item& it = items[k];
    if (it.cls == KCls::kOther) continue;
    bool np = it.cls == KCls::kName || (it.cls == KCls::kQWord && it.np) || it.cls == KCls::kHead;
    if (np && (it.role == "genitive" || it.role.empty() || it.role == "partner")) return &it;
    return nullptr;
  }
  return nullptr;
}

void ReadNounClause(std::vector<Item>& items, size_t n, size_t first, QuestionFrame* frame,
                    std::vector<Reading>* out) {
  const Item* complement = ComplementBefore(items, n);
  const Item* other = nullptr;
  if (complement) {
    size_t c = static_cast<size_t>(complement - items.data());
    if (c > first) {
      const Item* before = ComplementBefore(items, c);
      if (before && before->role == "genitive" && complement->role.empty()) {
        other = complement;
        complement = before;
      }
    }
  }
  const Item* referent = nullptr;
  for (size_t k = first; k < items.size(); ++k) {
    const Item& it = items[k];
    if (&it == complement || &it == other || k == n) continue;
    bool np = it.cls == KCls::kName || (it.cls == KCls::kQWord && it.np);
    if (np && (it.role == "topic" || it.role == "subject" || it.role == "predicate" ||
               it.role.empty())) {
      if (!referent || it.cls == KCls::kQWord) referent = &it;
    }
  }
  if (items[n].asked_value) {
    frame->asked = items[n].asked;
    referent = nullptr;
  }
  NounReadings(items[n], complement, other, referent, out);
}

// 협력 관계를 맺은 한국 기업은, 경쟁하는 중국 업체는: a bare place name between a relative
// clause and its head noun restricts the answer to things in that place; it is no end of the
// clause's relation. Taken out of the items.
void PlaceBeforeHead(const QuestionContext& ctx, std::vector<Item>* items, QuestionFrame* frame) {
  const std::set<std::string>& places = ctx.lexicon.grammar().place_types;
  for (size_t i = 1; i + 1 < items->size(); ++i) {
    const Item& prev = (*items)[i - 1];
    const Item& it = (*items)[i];
    const Item& next = (*items)[i + 1];
    bool head = (next.cls == KCls::kType || next.cls == KCls::kOther) && !next.predicate;
    if (!prev.adnominal || it.cls != KCls::kName || !it.role.empty() ||
        it.names.size() != 1 || !head) {
      continue;
    }
    bool place = !it.names[0].empty();
    for (TermId id : it.names[0]) {
      Result<const Term*> t = ctx.binder.text().Get(id);
      place = place && t.ok() && places.count((*t)->type) > 0;
    }
    if (!place) continue;
    frame->answer_place = it.names[0];
    items->erase(items->begin() + static_cast<std::ptrdiff_t>(i));
    return;
  }
}

// 1위에 오른 모델, 3위를 차지한 나라: a number with a rank counter, beside relations whose facts
// carry ranks, is the rank the fact must hold (as "ranked first" is in English) -- not a word
// to pass over, which would answer every rank.
void RankNamed(const QuestionLexicon& lexicon, const std::vector<parser::ast::Name>& words,
               const std::vector<Item>& items, QuestionFrame* frame) {
  if (frame->rank > 0 || frame->asked == Asked::kRank || frame->readings.empty()) return;
  for (const Reading& r : frame->readings) {
    if (!r.relation->question_rank) return;
  }
  for (const Item& it : items) {
    if (it.cls != KCls::kOther && it.cls != KCls::kAnswer) continue;
    std::string stem = ingest::SplitParticles(TrimPunctuation(words[it.word].text)).stem;
    for (const std::string& counter : lexicon.grammar().ko.rank_counters) {
      if (stem.size() <= counter.size() || !EndsWith(stem, counter)) continue;
      std::string number = stem.substr(0, stem.size() - counter.size());
      if (number.size() > 3 || !std::all_of(number.begin(), number.end(), [](char c) {
            return c >= '0' && c <= '9';
          })) {
        continue;
      }
      frame->rank = std::stoi(number);
      return;
    }
  }
}

// 이민지 연구원은 어느 증권사 소속이야, 조현석 의장은 어느 회사 대표인가: a person's title right
// after the person's name, when another relation word follows, only says who the person is
// (apposition); the name takes the title's particle. Said of an organisation (누리랩스 대표는),
// the title is the relation asked.
void TitleInApposition(const QuestionContext& ctx, std::vector<Item>* items_ptr) {
  std::vector<Item>& items = *items_ptr;
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& name = items[i];
    Item& title = items[i + 1];
    bool agent_noun = title.cls == KCls::kNoun &&
                      std::any_of(title.cues.begin(), title.cues.end(), [](const Cue& c) {
                        return c.kind == Cue::Kind::kAgentNoun;
                      });
    bool core = title.role == "topic" || title.role == "subject";
    if (name.cls != KCls::kName || !name.role.empty() || !agent_noun || !core) continue;
    bool relation_after = std::any_of(items.begin() + i + 2, items.end(), [](const Item& it) {
      return it.cls == KCls::kPred || it.cls == KCls::kNoun;
    });
    bool person = !name.names.empty() && !name.names.front().empty() &&
                  std::all_of(name.names.front().begin(), name.names.front().end(), [&](TermId id) {
                    Result<const Term*> t = ctx.binder.text().Get(id);
                    return t.ok() && (*t)->type == "Person";
                  });
    if (!relation_after || !person) continue;
    name.role = title.role;
    title.cls = KCls::kSkip;
  }
}

// The head of a relative clause ending at items[first - 1], brought to items[first]: past the
// light verb merged into the clause's noun (계약을 맺은 상대는: 맺은 was read with 계약), and
// of bare nouns run together the last (새벽우주가 참여하는 정부 사업은, 인수한 게임 개발사는):
// what is asked, its type too; those before it only modify it. Both are taken out. A relation
// noun ends the run (인수한 회사 대표는 asks again).
void HeadOfClause(std::vector<Item>* items, size_t first) {
  while (first + 1 < items->size() && (*items)[first].cls == KCls::kSkip) {
    items->erase(items->begin() + static_cast<std::ptrdiff_t>(first));
  }
  auto plain_noun = [](const Item& it) {
    return (it.cls == KCls::kType || it.cls == KCls::kOther) && !it.predicate && it.cues.empty();
  };
  while (first + 1 < items->size() && plain_noun((*items)[first]) && (*items)[first].role.empty() &&
         plain_noun((*items)[first + 1])) {
    items->erase(items->begin() + static_cast<std::ptrdiff_t>(first));
  }
}

// 네이버클라우드가 경쟁하는 상대는?, X와 맞서는 라이벌은?: a question ending in a noun with 은/는
// and no question word asks for what the noun names, never yes or no. When no reading has an
// answer slot, the end each leaves open is the answer.
void OpenEndAsked(const std::vector<Item>& items, QuestionFrame* frame) {
  if (frame->asked != Asked::kEntity || items.empty() || items.back().role != "topic" ||
      items.back().predicate || items.back().asked_value || items.back().cls == KCls::kName) {
    return;
  }
  for (const Item& it : items) {
    if (it.cls == KCls::kQWord) return;
  }
  for (const Reading& r : frame->readings) {
    if (r.subject.kind == End::Kind::kAnswer || r.object.kind == End::Kind::kAnswer) return;
  }
  for (Reading& r : frame->readings) {
    if (r.object.kind == End::Kind::kFree) {
      r.object = End::Answer();
    } else if (r.subject.kind == End::Kind::kFree) {
      r.subject = End::Answer();
    }
  }
}

// A word the question read as nothing: no name, relation word or predicate.
bool Unread(const Item& it) { return it.cls == KCls::kOther && !it.predicate && it.cues.empty(); }

// The first of the up to three bare unread words right before item `i` (itself unread): the
// words of a name the question meant.
size_t UnreadNameStart(const std::vector<Item>& items, size_t i) {
  size_t first = i;
  while (first > 0 && Unread(items[first - 1]) && items[first - 1].role.empty() && i - first < 3)
    --first;
  return first;
}

// Items [first, last] read as one name: the binder's "no entity" error (with its suggestion)
// when the graph has no such name.
Status ResolveUnreadName(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                         const std::vector<Item>& items, size_t first, size_t last) {
  std::string name;
  for (size_t k = first; k <= last; ++k) name += (name.empty() ? "" : " ") + items[k].stem;
  Result<std::vector<TermId>> ids = ctx.binder.ResolveName(name, words[items[first].word], nullptr);
  return ids.ok() ? Status::OK() : ids.status();
}

// Model numbers no other reading took: a word of digits, or of Latin letters and digits.
// After a name the question found, it may be that name's version as the graph spells it
// (솔라 10.7B -> SOLAR 10.7B), and the two are one name. Otherwise, with the unread words right
// before it, it names something the graph does not have (엑시노스 2400을, 갤럭시 S30에): read
// as nothing, the question would ask about anything at all (엑시노스 2400을 만든 회사는?
// listing every maker), so it is the English reader's "no entity" instead, with its suggestion.
Status ReadModelNames(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                      std::vector<Item>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    bool digit =
        std::any_of(it.stem.begin(), it.stem.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool other = std::all_of(it.stem.begin(), it.stem.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
             c == '.' || c == '-';
    });
    if (!Unread(it) || !digit || !other) continue;
    size_t first = UnreadNameStart(items, i);
    // 솔라 10.7B: the version of a name the question found (SOLAR), which the graph spells
    // with the name's own spelling (SOLAR 10.7B).
    if (first == i && i > 0 && items[i - 1].cls == KCls::kName && items[i - 1].role.empty() &&
        items[i - 1].names.size() == 1 && items[i - 1].names[0].size() == 1) {
      Result<std::string> shown = ctx.binder.text().Display(items[i - 1].names[0][0]);
      if (shown.ok()) {
        Result<std::vector<TermId>> ids =
            ctx.binder.ResolveName(*shown + " " + it.stem, words[items[i - 1].word], nullptr);
        if (ids.ok() && !ids->empty()) {
          items[i - 1].names = {*ids};
          items[i - 1].stem += " " + it.stem;
          items[i - 1].role = it.role;
          items[i].cls = KCls::kSkip;
          continue;
        }
      }
    }
    // Digits alone are a model number only after the words of a name (not 4680 배터리).
    bool letter = std::any_of(it.stem.begin(), it.stem.end(),
                              [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (!letter && first == i) continue;
    KG_RETURN_IF_ERROR(ResolveUnreadName(ctx, words, items, first, i));
  }
  return Status::OK();
}

// 누리 폴드의 후속작은: words the question reads as nothing, ending in the genitive, meant a
// name the graph does not have. Read as nothing, the relation's end would stay open and every
// successor in the graph answer; so, as in English, it is a "no entity" error, with the
// suggestion the binder finds. Only when some reading left an end open.
Status UnreadGenitiveName(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                          const std::vector<Item>& items, const QuestionFrame& frame) {
  bool open = std::any_of(frame.readings.begin(), frame.readings.end(), [](const Reading& r) {
    return r.subject.kind == End::Kind::kFree || r.object.kind == End::Kind::kFree;
  });
  Result<ingest::KoreanMorphology*> morph = ingest::KoreanMorphology::Get();
  // 회의도: a noun that ends in 의 is no genitive.
  auto noun_ending_in_ui = [&](const std::string& stem) {
    if (!morph.ok()) return true;
    for (const ingest::WordReading& r : (*morph)->Analyze(stem + "의")->readings) {
      if (r.key == stem + "의" || r.lemma == stem + "의") return true;
    }
    return false;
  };
  for (size_t i = 0; open && i < items.size(); ++i) {
    if (!Unread(items[i]) || items[i].role != "genitive" || noun_ending_in_ui(items[i].stem))
      continue;
    KG_RETURN_IF_ERROR(ResolveUnreadName(ctx, words, items, UnreadNameStart(items, i), i));
  }
  return Status::OK();
}

}  // namespace

Result<QuestionFrame> UnderstandKorean(const QuestionContext& ctx,
                                       const std::vector<parser::ast::Name>& words) {
  Result<std::vector<Item>> items_or = ko::Items(ctx, words);
  if (!items_or.ok()) return items_or.status();
  std::vector<Item>& items = *items_or;
  ko::SkipFrameWords(ctx.lexicon, words, items);
  KG_RETURN_IF_ERROR(ReadModelNames(ctx, words, items));
  QuestionFrame frame;
  TitleInApposition(ctx, &items);
  PlaceBeforeHead(ctx, &items, &frame);
  ko::Asks(items, &frame);
  if (ko::MeasureAsked(ctx, items, &frame)) return frame;

  // A relative clause: PRED-adnominal HEAD.
  size_t rel = SIZE_MAX;
  for (size_t i = 0; i + 1 < items.size() && rel == SIZE_MAX; ++i) {
    if (items[i].cls == KCls::kPred && items[i].adnominal) rel = i;
  }
  if (rel != SIZE_MAX) {
    HeadOfClause(&items, rel + 1);
    Item& head = items[rel + 1];
    size_t outer = SIZE_MAX;
    for (size_t i = rel + 2; i < items.size() && outer == SIZE_MAX; ++i) {
      if (!items[i].cues.empty()) outer = i;
    }
    // X가 내놓은 서비스로는 뭐가 있어, Y가 개발한 시스템에는 무엇이 있나요: "what is
    // there" after the head lists the head itself; 있다 is no second relation here.
    if (outer != SIZE_MAX && items[outer].lemma == "있다" && outer == rel + 3 &&
        items[rel + 2].cls == KCls::kQWord && items[rel + 2].qword == "what" &&
        (head.role == "means" || head.role == "target")) {
      items[outer].cls = KCls::kSkip;
      items[outer].cues.clear();
      outer = SIZE_MAX;
    }
    bool value_head = head.cls == KCls::kAnswer || head.asked_value;
    if (value_head) frame.asked = head.asked;
    // 투자한 건 언제야: a nominalised clause (것, 건) asked for a value is the event itself.
    const auto& nominal = ctx.lexicon.grammar().ko.nominalizers;
    if (!value_head && frame.asked != Asked::kEntity && frame.asked != Asked::kCount &&
        std::find(nominal.begin(), nominal.end(), head.stem) != nominal.end()) {
      value_head = true;
      head.cls = KCls::kSkip;
    }
    // 공급하는 회사는 어느 나라 기업이야: the head's place is the outer question.
    std::vector<Reading> where;
    for (size_t i = rel + 2; i < items.size() && outer == SIZE_MAX && !value_head; ++i) {
      if (items[i].cls == KCls::kQWord && items[i].qword == "which") {
        understand::AddWhereReadings(ctx.lexicon, items[i].type_word, End::Mid(), &where);
      }
    }
    bool two_hop = (outer != SIZE_MAX || !where.empty()) && !value_head;
    Item head_noun = head;  // 이끄는 최고경영자: the head may name the relation itself
    if (!value_head) {
      head.cls = KCls::kHead;
      head.mid = two_hop;
      if (frame.answer_word.empty() && !two_hop) frame.answer_word = head.stem;
    }
    // 'X' 보고서를 펴낸 곳: a bare name before a kind noun takes that noun's particle, when it
    // is a core case (a phrase in 에 such as 누리-2 학습에 is an adjunct more often than not).
    for (size_t i = 0; i + 1 < rel; ++i) {
      const Item& next = items[i + 1];
      bool core = next.role == "object" || next.role == "subject" || next.role == "topic";
      bool kind = next.cls == KCls::kType || (next.cls == KCls::kOther && core);
      if (items[i].cls == KCls::kName && items[i].role.empty() && kind && !next.predicate) {
        items[i].role = next.role;
      }
    }
    std::vector<const Item*> inner_nps = NpsIn(items, 0, rel);
    // X는 어디에 있는 회사인가: a head with the copula is said of the topic, which the clause
    // already has; the question word inside the clause is what is asked.
    bool said_of_topic =
        !value_head && !two_hop && head_noun.role == "predicate" &&
        std::any_of(inner_nps.begin(), inner_nps.end(),
                    [](const Item* np) { return np->cls == KCls::kName && np->role == "topic"; }) &&
        std::any_of(inner_nps.begin(), inner_nps.end(),
                    [](const Item* np) { return np->cls == KCls::kQWord; });
    if (said_of_topic) frame.answer_word.clear();
    PredicateReadings(items[rel], inner_nps, value_head || said_of_topic ? nullptr : &head,
                      two_hop ? &frame.inner : &frame.readings);
    // 크래프톤이 인수한 개발사: an agent noun (개발사, a developer) heading a clause of its own
    // verb whose subject is named is the kind of thing the verb is said of, not a second
    // relation with that subject (Krafton's products). Of another phrase it is the relation
    // (X 시리즈B에 참여한 투자자: who invested in X).
    bool agent_kind = head_noun.agent_affix && !items[rel].cues.empty() && !inner_nps.empty() &&
                      (inner_nps.back()->role == "subject" || inner_nps.back()->role == "topic");
    if (!two_hop && head_noun.cls == KCls::kNoun && !value_head && !inner_nps.empty() &&
        !agent_kind) {
      NounReadings(head_noun, inner_nps.back(), nullptr, nullptr, &frame.readings);
    }
    if (two_hop && outer == SIZE_MAX) {
      frame.readings = where;
    } else if (two_hop) {
      if (items[outer].cls == KCls::kNoun) {
        ReadNounClause(items, outer, rel + 1, &frame, &frame.readings);
      } else {
        PredicateReadings(items[outer], NpsIn(items, rel + 1, items.size()), nullptr,
                          &frame.readings);
      }
    }
  } else {
    size_t noun = SIZE_MAX, pred = SIZE_MAX;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].cls == KCls::kNoun && noun == SIZE_MAX) noun = i;
      if (items[i].cls == KCls::kPred && pred == SIZE_MAX) pred = i;
    }
    if (pred != SIZE_MAX) {
      // 엔비디아 본사는 어디에 있지: a bare name before a noun takes that noun's particle.
      for (size_t i = 0; i + 1 < items.size(); ++i) {
        const Item& next = items[i + 1];
        bool noun = next.cls == KCls::kNoun || next.cls == KCls::kType || next.cls == KCls::kOther;
        if (items[i].cls == KCls::kName && items[i].role.empty() && noun && !next.predicate) {
          items[i].role = next.role;
        }
      }
      PredicateReadings(items[pred], NpsIn(items, 0, items.size()), nullptr, &frame.readings);
    } else if (noun != SIZE_MAX) {
      ReadNounClause(items, noun, 0, &frame, &frame.readings);
    } else {
      return ko::NoRelationWord(ctx, words, items, &frame);
    }
  }
  OpenEndAsked(items, &frame);
  KG_RETURN_IF_ERROR(UnreadGenitiveName(ctx, words, items, frame));
  ko::Finish(ctx.lexicon, items, &frame);
  RankNamed(ctx.lexicon, words, items, &frame);
  // 미국 기업 비율은: a place said of an answer the question does not ask for.
  if (!frame.answer_place.empty() && (frame.asked != Asked::kEntity && frame.asked != Asked::kCount)) {
    return understand::NotUnderstood(ctx.binder, "the question",
                                     "the place restricts no answer", words.front());
  }
  return frame;
}

}  // namespace kg
