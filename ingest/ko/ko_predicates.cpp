// Korean predicates: each clause's relation (from the vocabulary, or the noun before a light
// verb), its subject and object by particle role, and the fact with its qualifiers.
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

namespace {

// 위해, 위한, 위하여: a postposition of purpose (ko_grammar.json) opens `word`.
bool IsPurposeWord(const std::string& word) {
  for (const auto& [form, link] : KoreanGrammar::Get().postpositions) {
    if (link == "purpose" && StartsWith(word, form)) return true;
  }
  return false;
}

}  // namespace

void KoreanExtractor::Impl::Predicates() {
  std::vector<int> inherited;  // subject entities a connective clause passes on
  int inherited_phrase = -1;
  size_t clause_start = 0;
  size_t quoted_from = seq().size();  // where the quoted clause just closed began
  size_t obligation_from = seq().size();  // "...해야 한다고": the quote began before 해야
  for (size_t k = 0; k < seq().size(); ++k) {
    if (seq()[k] >= 0) continue;
    const Predicate& P = c.predicates[static_cast<size_t>(-seq()[k] - 1)];
    std::vector<int> args;
    const bool adnominal = P.ending.kind == EndingKind::kAdnominal;
    for (size_t j = clause_start; j < k; ++j) {
      int ph = seq()[j];
      if (ph < 0 || used[static_cast<size_t>(ph)]) continue;
      const std::string& link = phrase(ph).link;  // not an argument: 위해, 따르면, 바탕으로
      if (link == "purpose" || link == "according" || link == "basis") continue;
      if (InPurposeClause(ph, P.token)) continue;
      // The subject of a relative clause the vocabulary does not read is none of this verb's.
      if (!adnominal && phrase(ph).relative_subject) continue;
      // A topic (X는) belongs to the main clause, not to a relative clause inside it.
      if (adnominal && phrase(ph).role == Role::kTopic) continue;
      args.push_back(ph);
    }
    // "X는 Y에 ...하라고 촉구했다": a verb that takes a quoted request finds its speaker and
    // addressee before the quoted clause (relations.json: quote_complement).
    bool requests = std::any_of(P.relations.begin(), P.relations.end(),
                                [](const RelationDef* r) { return r->ko_quote_complement; });
    if (requests && quoted_from < clause_start) {
      for (size_t j = quoted_from; j < clause_start; ++j) {
        int ph = seq()[j];
        if (ph < 0 || used[static_cast<size_t>(ph)]) continue;
        Role r = phrase(ph).role;
        if (r == Role::kTopic || r == Role::kSubject || r == Role::kTarget) args.insert(args.begin(), ph);
      }
      std::sort(args.begin(), args.end());
    }
    int head = adnominal && k + 1 < seq().size() && seq()[k + 1] >= 0 ? seq()[k + 1] : -1;
    bool closes = P.ending.kind == EndingKind::kFinal || P.ending.kind == EndingKind::kConnective ||
                  P.ending.kind == EndingKind::kQuotative;
    auto advance = [&](int subject_phrase, const std::vector<int>& subjects) {
      if (!closes) return;
      quoted_from = P.ending.kind == EndingKind::kQuotative ? std::min(clause_start, obligation_from) : seq().size();
      obligation_from = P.ending.obligation ? clause_start : seq().size();
      clause_start = k + 1;
      if (P.ending.kind == EndingKind::kConnective && !subjects.empty()) {
        inherited = subjects;
        inherited_phrase = subject_phrase;
      } else if (P.ending.kind != EndingKind::kConnective) {
        inherited.clear();
        inherited_phrase = -1;
      }
    };
    // Not statements of fact: obligations (해야), possibilities (할 수), purposes (하기 위해),
    // reports and deliberations (한다는 보도, 하는 방안을 검토).
    std::string next = P.token + 1 < static_cast<int>(c.tokens.size()) ? token(P.token + 1).text : "";
    if (P.ending.obligation || P.ending.unasserted || StartsWith(next, "수 ") || next == "수" ||
        (P.ending.kind == EndingKind::kNominal && IsPurposeWord(next))) {
      advance(-1, {});
      continue;
    }
    std::vector<const RelationDef*> rels = P.relations;
    int pred_phrase = -1;
    std::string stem = P.stem;
    if (P.light) {
      for (auto it = args.rbegin(); it != args.rend(); ++it) {
        Role r = phrase(*it).role;
        if (r != Role::kObject && r != Role::kTarget && r != Role::kNone) continue;
        rels = RelationsInPhrase(*it, &stem);
        // "Y와 계약을 맺다": an agreement for nothing the vocabulary names is a partnership.
        if (rels.empty() && OneOf(phrase(*it).head, KoreanGrammar::Get().agreement_nouns) && PartyBefore(args, *it)) {
          if (const RelationDef* agreement = x.relations_.ForRule("agreement")) rels = {agreement};
        }
        if (!rels.empty()) {
          pred_phrase = *it;
          break;
        }
      }
    }
    if (rels.empty()) {
      // "X에서 더 빠르고 가벼운 Y를 선보였다": a connective of no relation and no subject of its
      // own passes on the organisation marked 에서 as the next clause's agent.
      int agent = -1;
      if (P.ending.kind == EndingKind::kConnective && inherited.empty() &&
          Find(args, {Role::kSubject, Role::kFocus, Role::kTopic}, {}, true) < 0) {
        agent = PlaceAgentPhrase(args, {});
      }
      advance(agent, agent >= 0 ? phrase(agent).referents : std::vector<int>{});
      continue;
    }

    // Values in the clause: from its first item to the predicate.
    int first_token = P.first_token;
    for (int a : args) first_token = std::min(first_token, phrase(a).first);
    std::vector<int> money, dates, ranks;
    for (size_t v = 0; v < values.size(); ++v) {
      size_t b = values[v].begin;
      if (b < token(first_token).begin || b >= token(P.token).end) continue;
      // Values inside a phrase that is another predicate's argument stay there; so do the
      // ones compared against ("예정인 5월보다": not the date of the event).
      bool skip = false;
      for (size_t j = 0; j < c.phrases.size(); ++j) {
        bool inside = b >= token(c.phrases[j].first).begin && b < token(c.phrases[j].last).end;
        if (inside && (used[j] || c.phrases[j].role == Role::kCompare)) skip = true;
      }
      if (skip) continue;
      switch (values[v].kind) {
        case ValueMention::Kind::kMoney: money.push_back(static_cast<int>(v)); break;
        case ValueMention::Kind::kDate: dates.push_back(static_cast<int>(v)); break;
        case ValueMention::Kind::kRank: ranks.push_back(static_cast<int>(v)); break;
        default: break;
      }
    }

    Resolution best;
    for (const RelationDef* R : rels) {
      Resolution res = Resolve(*R, P, args, head, pred_phrase, inherited, inherited_phrase,
                               money, adnominal);
      if (res.score > best.score) best = res;
    }
    if (best.rel) {
      EmitResolution(best, P, money, dates, ranks, args, pred_phrase, head, stem);
    }
    if (best.subject_phrase >= 0 && best.subject_phrase != head) {
      used[static_cast<size_t>(best.subject_phrase)] = true;
    }
    if (best.object_phrase >= 0 && best.object_phrase != head) {
      used[static_cast<size_t>(best.object_phrase)] = true;
    }
    // What a connective passes on is the clause's grammatical subject, whether or not this
    // predicate made a fact (‘AI 플러스’가 등장했는데, ... 투자할 계획이다).
    int grammatical = Find(args, {Role::kSubject, Role::kFocus, Role::kTopic}, {}, true);
    if (grammatical < 0) {
      for (int a : args) {
        Role r = phrase(a).role;
        if (IsSubjectLike(r) && !Entities(a).empty()) grammatical = a;
      }
    }
    std::vector<int> passed = best.rel && !best.subjects.empty() && !P.inverse && !P.intransitive &&
                                      !P.ending.passive
                                  ? best.subjects
                                  : grammatical >= 0 ? Entities(grammatical) : inherited;
    advance(grammatical >= 0 ? grammatical : best.subject_phrase, passed);
  }
}

KoreanExtractor::Impl::Resolution KoreanExtractor::Impl::Resolve(const RelationDef& R, const Predicate& P, const std::vector<int>& args,
                   int head, int pred_phrase, const std::vector<int>& inherited,
                   int inherited_phrase, const std::vector<int>& money, bool adnominal) {
  Resolution res;
  res.rel = &R;
  Slots k{R, P, args, head, Roles(R.ko_subject_roles), Roles(R.ko_object_roles), false, false, {}};
  k.passive = (P.ending.passive && !P.inverse && !P.light) || P.intransitive;
  if (P.swap) std::swap(k.subj_roles, k.obj_roles);
  std::set<Role> grammatical_subject = {Role::kSubject, Role::kTopic, Role::kFocus};
  if (P.inverse) {
    k.obj_roles = grammatical_subject;
    k.subj_roles = {Role::kSource};
  } else if (k.passive) {
    k.obj_roles = grammatical_subject;
    k.subj_roles = {Role::kSource};  // 에 의해 / 로부터
    for (const std::string& r : R.ko_passive_subject_roles) k.subj_roles.insert(RoleFromName(r));
  }
  k.entity_object = R.object == ObjectKind::kEntity;
  if (pred_phrase >= 0) k.exclude.insert(pred_phrase);
  if (!ResolveObject(k, money, &res)) return res;
  if (res.object_phrase >= 0) k.exclude.insert(res.object_phrase);
  ResolveSubject(k, inherited, inherited_phrase, adnominal, &res);
  ListItemArguments(k, &res);
  DefinitionAndAgent(k, &res);
  TopicAsOtherArgument(k, &res);
  TargetAsSubject(k, &res);
  // "A, B, C는 경쟁하고 있다": a symmetric relation without a partner holds among the listed.
  if (R.symmetric && k.entity_object && res.objects.empty() && res.subjects.size() >= 2 && !k.passive) {
    res.objects = res.subjects;
  }
  if (res.subjects.empty() || (res.objects.empty() && res.object_value < 0)) return res;
  // What a thing is put in uses it; a country or place it goes into does not (X에 들어가다).
  if (k.passive && res.subject_phrase >= 0 && phrase(res.subject_phrase).role == Role::kTarget) {
    const std::string& t = ents->at(res.subjects.front()).type;
    if (t == "Country" || t == "Place" || t == "Person") return res;
  }
  ScoreTypes(k, &res);
  return res;
}

int KoreanExtractor::Impl::TopicBefore(const Predicate& P) const {
  int topic = -1;
  for (size_t j = 0; j < c.phrases.size(); ++j) {
    const Phrase& p = c.phrases[j];
    if (p.topic && !p.referents.empty() && token(p.last).end <= token(P.first_token).begin) {
      topic = static_cast<int>(j);
    }
  }
  return topic;
}

bool KoreanExtractor::Impl::ResolveObject(const Slots& k, const std::vector<int>& money, Resolution* res) {
  if (k.entity_object) {
    res->object_phrase = Find(k.args, k.obj_roles, k.exclude, k.passive || k.P.inverse);
    // A passive's own unnamed 이/가 subject is not the topic's (X는 [Y에 이 기술이 적용됐다고] 말했다).
    if (res->object_phrase >= 0 && k.passive && phrase(res->object_phrase).role == Role::kTopic &&
        std::any_of(k.args.begin(), k.args.end(), [&](int a) {
          return a > res->object_phrase && !k.exclude.count(a) && phrase(a).role == Role::kSubject &&
                 Entities(a).empty();
        })) {
      res->object_phrase = -1;
    }
    if (res->object_phrase >= 0) {
      res->objects = Entities(res->object_phrase);
      // "베트남 공장을 세우다": what is made is not the place its noun is said to be in; and a
      // place marked 에서 is where something happens, not what is taken part in (파리에서 열리는
      // 회의에 참석).
      bool where = (phrase(res->object_phrase).referents.empty() && MakesThing(k.R)) ||
                   phrase(res->object_phrase).role == Role::kPlace;
      if (where && !res->objects.empty()) {
        const std::string& t = ents->at(res->objects.front()).type;
        if (t == "Country" || t == "Place") res->objects.clear();
      }
    } else {
      // An unnamed declaration of the latest event ("최종 선언문에 서명").
      for (int a : k.args) {
        if (k.exclude.count(a) || !k.obj_roles.count(phrase(a).role)) continue;
        int d = DeclarationFor(a);
        if (d >= 0) {
          res->object_phrase = a;
          res->objects = {d};
        }
      }
    }
    if (res->objects.empty() && k.head >= 0 && (!k.passive || k.R.object != ObjectKind::kEntity)) {
      // The noun a relative clause modifies fills the missing slot (참여한 ‘X 프로젝트’).
      bool head_is_subject_slot = k.passive || k.P.inverse;
      if (!head_is_subject_slot) {
        res->object_phrase = k.head;
        res->objects = Entities(k.head);
        // "X는 [Y가 이끄는] 회사다": the noun predicated of the topic stands for the topic.
        if (res->objects.empty() && token(phrase(k.head).last).predicative) {
          int topic = TopicBefore(k.P);
          if (topic >= 0) res->objects = phrase(topic).referents;
        }
      }
    }
  } else if (k.R.object == ObjectKind::kAmount) {
    if (money.empty()) return false;
    // "청주에 20조 원을 투입해", "합작공장에 3조 원을 들여": money put into a named place or
    // thing is an investment in it, not an amount the subject spends at large; money spent at
    // a facility of its own (군산공장에 N원을 들여 라인을 깔다) is still spent at large.
    for (int a : k.args) {
      const std::vector<int>& r = phrase(a).referents;
      if (!k.exclude.count(a) && phrase(a).role == Role::kTarget && !r.empty() &&
          ents->at(r.back()).type != "Facility") {
        return false;
      }
    }
    res->object_value = sink->Value(values[static_cast<size_t>(money.front())]);
  } else {
    return false;  // dates come as qualifiers
  }
  DropConceptWordObjects(k.R, res);
  return StemAllowsObject(k, *res);
}

void KoreanExtractor::Impl::ResolveSubject(const Slots& k, const std::vector<int>& inherited, int inherited_phrase,
                                           bool adnominal, Resolution* res) {
  res->subject_phrase = Find(k.args, k.subj_roles, k.exclude, true);
  if (res->subject_phrase >= 0) {
    res->subjects = Entities(res->subject_phrase);
  } else if (k.head >= 0 && k.head != res->object_phrase) {
    res->subject_phrase = k.head;
    res->subjects = Entities(k.head);
    // "X는 [Y에 본사를 둔] 기업이다": a relative clause on the noun the sentence predicates of
    // its topic is about the topic.
    if (res->subjects.empty() && token(phrase(k.head).last).predicative) {
      int topic = TopicBefore(k.P);
      if (topic >= 0) {
        res->subjects = phrase(topic).referents;
        res->subject_phrase = topic;
      }
    }
  }
  if (res->subjects.empty() && k.passive && !res->objects.empty()) {
    int owner = OwnerOf(res->objects.front());
    if (owner >= 0) res->subjects = {owner};
  }
  bool explicit_subject_phrase = false;
  for (int a : k.args) {
    Role r = phrase(a).role;
    if ((r == Role::kSubject || r == Role::kFocus) && !k.exclude.count(a) && a != res->subject_phrase) {
      explicit_subject_phrase = true;  // a subject without a name: no fallback
    }
  }
  if (res->subjects.empty() && !adnominal && !k.passive && !k.P.inverse && !explicit_subject_phrase &&
      k.subj_roles.count(Role::kSubject)) {
    if (!inherited.empty()) {
      res->subjects = inherited;
      res->subject_phrase = inherited_phrase;
    } else {
      // The sentence's topic (X는 ...) governs clauses without their own subject.
      for (size_t j = 0; j < c.phrases.size(); ++j) {
        const Phrase& p = c.phrases[j];
        if (p.topic && !p.referents.empty() && static_cast<int>(j) != res->object_phrase &&
            token(p.last).end <= token(k.P.first_token).begin) {
          res->subjects = p.referents;
          res->subject_phrase = static_cast<int>(j);
        }
      }
    }
  }
  if (res->subjects.empty() && !k.passive && !k.P.inverse && !explicit_subject_phrase &&
      k.subj_roles.count(Role::kSubject)) {
    PlaceAgent(k, res);
    if (res->subjects.empty() && !adnominal) ContinuedSubject(k, res);
  }
}

// "누리랩스에서 만든 앱", "정부에서 새 법을 내놨다": an organisation marked 에서 is the agent of
// a clause that has no subject, topic or inherited subject of its own.
void KoreanExtractor::Impl::PlaceAgent(const Slots& k, Resolution* res) {
  std::set<int> exclude = k.exclude;
  exclude.insert(res->object_phrase);
  int found = PlaceAgentPhrase(k.args, exclude);
  if (found < 0) return;
  res->subject_phrase = found;
  res->subjects = phrase(found).referents;
}

int KoreanExtractor::Impl::PlaceAgentPhrase(const std::vector<int>& args, const std::set<int>& exclude) const {
  int found = -1;
  for (int a : args) {
    if (exclude.count(a) || used[static_cast<size_t>(a)]) continue;
    const Phrase& p = phrase(a);
    if (p.role != Role::kPlace || p.referents.size() != 1) continue;
    const std::string& type = ents->at(p.referents.front()).type;
    if (type != "Organization" && type != "Government") continue;
    if (found >= 0) return -1;  // two of them: which one acted is not said
    found = a;
  }
  return found;
}

// "Y와 계약을 맺다": a party marked 와/과 before the agreement noun -- an organisation, a
// government, a country or a person, not a document (양해각서(MOU)와 계약을).
bool KoreanExtractor::Impl::PartyBefore(const std::vector<int>& args, int agreement) const {
  auto party = [&](int e) {
    const ExtractedEntity& en = ents->at(e);
    for (const RelationDef& r : x.relations_.relations()) {
      if (OneOf(en.name, r.ko_nouns)) return false;  // an agreement itself (MOU)
    }
    const std::string& t = en.type;
    return t.empty() || t == "Person" || t == "Country" || TypeCompatible("Organization", t);
  };
  for (int a : args) {
    const Phrase& p = phrase(a);
    if (a >= agreement || p.referents.empty() || !party(p.referents.front())) continue;
    // The other side marked 와/과, or both sides as the subject (A와 B는 협약을 맺었다).
    if (p.role == Role::kPartner || (IsSubjectLike(p.role) && p.referents.size() >= 2)) return true;
  }
  return false;
}

// "X는 Y를 낮추기 위해 Z를 지었다": what precedes a nominalised verb with 위해 is that verb's,
// not the main verb's -- except the topic or subject the two clauses share.
bool KoreanExtractor::Impl::InPurposeClause(int ph, int pred_token) const {
  if (IsSubjectLike(phrase(ph).role) || phrase(ph).topic) return false;
  for (int t = phrase(ph).last + 1; t + 1 < pred_token; ++t) {
    const std::string& w = token(t).text;
    const std::string& next = token(t + 1).text;
    bool nominal = w.size() > 3 && w.compare(w.size() - 3, 3, "기") == 0;
    if (nominal && IsPurposeWord(next)) return true;
  }
  return false;
}

// Bare event nouns in list items: "(일본) 개인정보 보호법 시행". The item's own
// jurisdiction is the nearest one before the noun; what comes before it is another item.
void KoreanExtractor::Impl::ListItemArguments(const Slots& k, Resolution* res) {
  if (k.P.bare_noun) {
    int item_start = -1;
    for (int a : k.args) {
      if (phrase(a).jurisdiction && (res->subjects.empty() || res->subject_phrase == item_start)) {
        res->subjects = phrase(a).referents;
        res->subject_phrase = a;
        item_start = a;
      }
    }
    if (k.entity_object && res->objects.empty()) {
      for (auto it = k.args.rbegin(); it != k.args.rend(); ++it) {
        const Phrase& p = phrase(*it);
        if (item_start >= 0 && *it < item_start) break;
        if (p.role != Role::kNone || p.jurisdiction || *it == res->subject_phrase) continue;
        std::vector<int> all = p.referents;
        all.insert(all.end(), p.genitive.begin(), p.genitive.end());
        for (int e : all) {
          if (!k.R.object_type.empty() && ents->at(e).type == k.R.object_type) res->objects.push_back(e);
        }
        if (res->objects.empty() && !all.empty()) res->objects = {all.front()};
        // The organisation right before the event noun acted: 국회 의결 (not 위원회 출범: it was
        // set up).
        for (int e : k.P.intransitive ? std::vector<int>{} : all) {
          if (std::find(res->objects.begin(), res->objects.end(), e) == res->objects.end() &&
              TypeCompatible("Organization", ents->at(e).type) && ents->at(e).type != "Country") {
            res->subjects.push_back(e);
          }
        }
        res->object_phrase = *it;
        break;
      }
    }
  }
}

// "X: Y가 ... 원료를 만든다": a clause whose object is a thing it does not name leaves no slot
// for the definition's topic.
bool KoreanExtractor::Impl::UnnamedObject(const Slots& k) const {
  for (int a : k.args) {
    if (!k.exclude.count(a) && phrase(a).role == Role::kObject && k.obj_roles.count(Role::kObject) &&
        Entities(a).empty()) {
      return true;
    }
  }
  return false;
}

// Definition lines fill what the body leaves out; an agent behind "X를 통해" acts for a person.
void KoreanExtractor::Impl::DefinitionAndAgent(const Slots& k, Resolution* res) {
  int topic = DefinitionTopic();
  if (topic >= 0) {
    if (res->subjects.empty() && std::find(res->objects.begin(), res->objects.end(), topic) == res->objects.end()) {
      res->subjects = {topic};
    } else if (k.entity_object && res->objects.empty() && !UnnamedObject(k) &&
               std::find(res->subjects.begin(), res->subjects.end(), topic) == res->subjects.end()) {
      res->objects = {topic};
    }
  }
  // The agent behind "X를 통해" acts for a person.
  for (int a : k.args) {
    if (phrase(a).link != "means" || phrase(a).referents.empty()) continue;
    int agent = phrase(a).referents.front();
    if (!res->subjects.empty() && ents->at(res->subjects.front()).type == "Person" &&
        TypeCompatible("Organization", ents->at(agent).type)) {
      res->subjects = {agent};
    }
  }
}

// Score: arguments found, types that fit; a reading whose types do not fit is dropped.
void KoreanExtractor::Impl::ScoreTypes(const Slots& k, Resolution* res) {
  res->score = 2;
  auto type_score = [&](const std::string& want, const std::vector<int>& es) {
    if (want.empty() || es.empty()) return 0;
    const std::string& have = ents->at(es.front()).type;
    if (have.empty()) return 0;
    // "Place|Organization": any of several types fits.
    size_t from = 0;
    while (from <= want.size()) {
      size_t bar = want.find('|', from);
      if (bar == std::string::npos) bar = want.size();
      if (TypeCompatible(want.substr(from, bar - from), have)) return 1;
      from = bar + 1;
    }
    return -3;
  };
  res->score += type_score(k.R.subject_type, res->subjects);
  if (k.entity_object) res->score += type_score(k.R.object_type, res->objects);
  if (res->score <= 0) res->score = 0, res->rel = nullptr;
}

void KoreanExtractor::Impl::EmitResolution(const Resolution& res, const Predicate& P, const std::vector<int>& money,
                    const std::vector<int>& dates, const std::vector<int>& ranks,
                    const std::vector<int>& args, int pred_phrase, int head,
                    const std::string& stem) {
  std::vector<int> subjects = res.subjects, objects = res.objects;
  const RelationDef& R = FundingRound(res, &objects);
  // A titled person acting towards an organisation acts for theirs (피차이 대표가 최수연 대표와
  // 협력 -> Google partnered_with Naver), save by a verb of acting in person (이끌다).
  bool personal = R.personal || OneOf(stem, KoreanGrammar::Get().person_acting_stems);
  int subj_org = res.subject_phrase >= 0 ? phrase(res.subject_phrase).person_org : -1;
  int obj_org = res.object_phrase >= 0 ? phrase(res.object_phrase).person_org : -1;
  if (!personal && subj_org >= 0 &&
      (obj_org >= 0 || (!objects.empty() && TypeCompatible("Organization", ents->at(objects.front()).type) &&
                        !ents->at(objects.front()).type.empty()))) {
    subjects = {subj_org};
    if (obj_org >= 0) objects = {obj_org};
  }
  // "A 등 기업이 X, Y 등을 발표": which company made which is unknown; keep the first.
  if (res.subject_phrase >= 0 && res.object_phrase >= 0 && objects.size() > 1 &&
      subjects.size() == 1) {
    const Phrase& sp = phrase(res.subject_phrase);
    bool vague = false;
    for (int i = sp.first; i <= sp.last; ++i) vague |= token(i).list_end;
    if (vague) objects.resize(1);
  }
  // "타오마켓과 싱가포르에 본사를 둔": of a list in a slot that wants a place, where some members
  // are known places the others are not (places are known by the lexicon), and are not in it.
  if (objects.size() > 1 && R.object_type == "Place") {
    std::vector<int> kept;
    for (int o : objects) {
      const std::string& t = ents->at(o).type;
      if (!t.empty() && TypeCompatible("Place", t)) kept.push_back(o);
    }
    if (!kept.empty()) objects = kept;
  }
  // Qualifiers.
  std::vector<int> amounts;
  if (R.object == ObjectKind::kEntity) {
    for (size_t i = 0; i < money.size(); ++i) {
      // A conversion in parentheses right after an amount is the same amount.
      if (i > 0 && values[static_cast<size_t>(money[i])].begin <= values[static_cast<size_t>(money[i - 1])].end + 4 &&
          sentence.text.substr(values[static_cast<size_t>(money[i - 1])].end,
                               values[static_cast<size_t>(money[i])].begin - values[static_cast<size_t>(money[i - 1])].end)
                  .find('(') != std::string::npos) {
        continue;
      }
      amounts.push_back(money[i]);
    }
  }
  std::map<std::string, int> base;
  if (!dates.empty()) base["date"] = sink->Value(values[static_cast<size_t>(dates.front())]);
  if (!ranks.empty()) base["rank"] = sink->Value(values[static_cast<size_t>(ranks.front())]);
  size_t span_begin = token(P.first_token).begin, span_end = token(P.token).end;
  for (int a : args) {
    span_begin = std::min(span_begin, token(phrase(a).first).begin);
  }
  if (head >= 0) span_end = std::max(span_end, token(phrase(head).last).end);

  std::string rule = "ko:" + R.id + (P.light ? ":light" : "") + (P.inverse ? ":inverse" : "") +
                     (P.bare_noun ? ":list-item" : "") + (P.copula ? ":copula" : "");
  // Pair lists element-wise when amounts (or objects) line up with subjects (각각).
  bool pairwise_amounts = amounts.size() > 1 && amounts.size() == subjects.size();
  // One object among several amounts takes the one written after it ("A에 38억 원, B에 12억
  // 원을 부과했다": B's is 12억).
  if (amounts.size() > 1 && !pairwise_amounts && objects.size() == 1 && res.object_phrase >= 0) {
    size_t after = token(phrase(res.object_phrase).last).end;
    for (size_t i = 0; i < amounts.size(); ++i) {
      if (values[static_cast<size_t>(amounts[i])].begin < after) continue;
      std::rotate(amounts.begin(), amounts.begin() + static_cast<long>(i),
                  amounts.begin() + static_cast<long>(i) + 1);
      break;
    }
  }
  for (size_t si = 0; si < subjects.size(); ++si) {
    std::map<std::string, int> quals = base;
    if (!amounts.empty()) {
      quals["amount"] = sink->Value(values[static_cast<size_t>(amounts[pairwise_amounts ? si : 0])]);
    }
    if (res.object_value >= 0) {
      Emit(subjects[si], R, -1, res.object_value, P, quals, span_begin, span_end, rule);
      continue;
    }
    for (int o : objects) {
      if (o == subjects[si]) continue;
      Emit(subjects[si], R, o, -1, P, quals, span_begin, span_end, rule);
    }
  }
  if (R.ko_title_at_organisation) TitleAtOrganisation(res, subjects, objects, span_begin, span_end);
  SiteMadeThings(res, P, subjects, objects, args, span_begin, span_end);
  (void)pred_phrase;
  (void)stem;
}

}  // namespace kg::ingest
