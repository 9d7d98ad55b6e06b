// The Korean extractor's working state for one sentence, shared by the files that hold its
// rules: ko_extract.cpp (structures: appositions, products, lists, ownership, discourse) and
// ko_predicates.cpp (each predicate's relation and arguments). Internal to ingest/ko.
#pragma once

#include <algorithm>
#include <cstring>
#include <set>

#include "ingest/ko/ko_extract.h"
#include "ingest/ko/ko_grammar.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace ko_detail {

// Types that may stand in for one another when a relation expects one of them.
inline bool TypeCompatible(const std::string& want, const std::string& have) {
  if (want.empty() || have.empty() || want == have) return true;
  auto group = [](const std::string& t) {
    if (t == "Organization" || t == "Government" || t == "Group") return 1;
    if (t == "Country" || t == "Place") return 2;
    if (t == "Product") return 3;
    if (t == "Law" || t == "Policy") return 4;
    return 0;
  };
  if (want == "Place" && (have == "Country" || have == "Place")) return true;
  return group(want) != 0 && group(want) == group(have) && want != "Place";
}

// Document nouns that, left unnamed, refer to the latest event ("최종 선언문").
inline constexpr std::string_view kEventDocuments[] = {"선언문", "선언", "공동성명", "성명", "합의문", "결의안", "성명서"};
}  // namespace ko_detail

using ko_detail::kEventDocuments;
using ko_detail::TypeCompatible;

struct KoreanExtractor::Impl {
  const KoreanExtractor& x;
  const Sentence& sentence;
  const std::vector<Mention>& mentions;
  const std::vector<ValueMention>& values;
  const Chunked& c;
  DocEntities* ents;
  Discourse* disc;
  FactSink* sink;
  std::vector<bool> used;

  const std::vector<int>& seq() const { return c.sequence; }
  const Phrase& phrase(int i) const { return c.phrases[static_cast<size_t>(i)]; }
  const Token& token(int i) const { return c.tokens[static_cast<size_t>(i)]; }

  int DefinitionTopic() const {
    if (sentence.kind != Sentence::Kind::kDefinition || sentence.topic.empty()) return -1;
    std::string topic = sentence.topic;
    size_t paren = topic.find('(');
    if (paren != std::string::npos) topic = topic.substr(0, paren);
    while (!topic.empty() && topic.back() == ' ') topic.pop_back();
    if (LabelTopic(topic)) return -1;
    int e = ents->Find(topic);
    if (e < 0) {
      size_t space = topic.find(' ');
      if (space != std::string::npos) e = ents->Find(topic.substr(space + 1));
    }
    return e;
  }

  // The name a noun predicated by a copula is said of: the last topic before byte `before`
  // ("X는 Y의 후속작이다"), else the term a definition line defines ("X: Y의 후속 모델로, ...").
  int CopulaTopic(size_t before) const {
    int topic = -1;
    for (const Phrase& p : c.phrases) {
      if (p.topic && p.referents.size() == 1 && token(p.last).end <= before) topic = p.referents.front();
    }
    return topic >= 0 ? topic : DefinitionTopic();
  }

  std::set<Role> Roles(const std::vector<std::string>& names) const {
    std::set<Role> out;
    for (const std::string& n : names) out.insert(RoleFromName(n));
    // A grammatical subject may be marked 이/가, 은/는 or 도.
    if (out.count(Role::kSubject)) out.insert(Role::kTopic);
    if (out.count(Role::kSubject) || out.count(Role::kTopic)) out.insert(Role::kFocus);
    return out;
  }

  std::vector<int> Entities(int ph) const {
    if (ph < 0) return {};
    const Phrase& p = phrase(ph);
    if (!p.referents.empty()) return p.referents;
    // A concept word before a noun says what kind the noun's thing is, not whose (AI 음성비서).
    if (!p.owner_genitive.empty() && !OwnerFreeHead(p.head) &&
        !ConceptWord(p.owner_genitive.back())) {
      if (!p.coordinated_owners.empty()) return p.coordinated_owners;
      return {p.owner_genitive.back()};
    }
    return {};
  }

  // "X의 공장을 사들이다": a thing the owner has, taken on its own, does not stand for the owner.
  static bool OwnerFreeHead(const std::string& head) {
    for (const std::string& f : KoreanGrammar::Get().owner_free_head_finals) {
      if (EndsWith(head, f)) return true;
    }
    return false;
  }

  int OwnerOf(int entity) const { return ents->OwnerOf(entity); }

  // Nearest usable phrase in `args` whose role is in `roles` and that names an entity.
  // Subjects prefer 이/가 over 도 over 은/는; other slots take the nearest.
  int Find(const std::vector<int>& args, const std::set<Role>& roles, const std::set<int>& exclude,
           bool subject_order) const {
    auto usable = [&](int a, Role want) {
      if (exclude.count(a) || used[static_cast<size_t>(a)]) return false;
      return phrase(a).role == want && !Entities(a).empty();
    };
    if (subject_order) {
      std::vector<Role> order = {Role::kSubject, Role::kFocus, Role::kTopic};
      for (Role r : roles) {
        if (std::find(order.begin(), order.end(), r) == order.end()) order.push_back(r);
      }
      for (Role want : order) {
        if (!roles.count(want)) continue;
        for (auto it = args.rbegin(); it != args.rend(); ++it) {
          if (usable(*it, want)) return *it;
        }
      }
      return -1;
    }
    for (auto it = args.rbegin(); it != args.rend(); ++it) {
      for (Role want : roles) {
        if (usable(*it, want)) return *it;
      }
    }
    return -1;
  }

  // The relation a light verb takes from the phrase before it (협력 관계를 체결).
  std::vector<const RelationDef*> RelationsInPhrase(int ph, std::string* stem) const {
    const Phrase& p = phrase(ph);
    std::string text;
    for (int i = p.first; i <= p.last; ++i) text += (i > p.first ? " " : "") + token(i).text;
    std::vector<const RelationDef*> found;
    size_t best = 0;
    for (const RelationDef& r : x.relations_.relations()) {
      for (const std::string& s : r.ko_stems) {
        if (s.size() < best || CodePointCount(s) < 2) continue;
        if (text.find(s) == std::string::npos) continue;
        if (s.size() > best) {
          found.clear();
          best = s.size();
          *stem = s;
        }
        if (std::find(found.begin(), found.end(), &r) == found.end()) found.push_back(&r);
      }
    }
    return found;
  }

  int DeclarationFor(int ph) {
    if (ph < 0 || !Entities(ph).empty()) return -1;
    const std::string& head = phrase(ph).head;
    for (std::string_view d : kEventDocuments) {
      if (head == d && disc->last_event >= 0 && sentence.number - disc->last_event_sentence <= 3) {
        std::string english = x.lexicon_.Transliterate(head);
        if (english.empty()) english = head;
        std::string name = ents->at(disc->last_event).name + " " + english;
        return ents->Intern(name, "Work", {});
      }
    }
    return -1;
  }

  std::string Status(const Predicate& p) const {
    if (p.ending.kind == EndingKind::kQuotative) return p.ending.passive || p.ending.planned ? "expected" : "reported";
    if (p.ending.planned) return "planned";
    return "";
  }

  // How an amount was written: its text, and whether it was approximate or a bound.
  void NoteValue(const std::string& key, int value_index, ExtractedFact* f) const {
    for (const ValueMention& v : values) {
      if (sink->out()->values[static_cast<size_t>(value_index)].literal == v.literal) {
        f->notes[key + "_text"] = v.text;
        if (v.approx) f->notes[key + "_approx"] = "true";
        if (!v.bound.empty()) f->notes[key + "_bound"] = v.bound;
        if (!v.date_role.empty()) f->notes[key + "_role"] = v.date_role;
        if (v.year_inferred) f->notes[key + "_year_inferred"] = "true";
        return;
      }
    }
  }

  void Emit(int subject, const RelationDef& rel, int object_entity, int object_value,
            const Predicate& p, const std::map<std::string, int>& quals, size_t span_begin,
            size_t span_end, const std::string& rule) {
    // A relation said of a person (position_held) with a person for its object and something
    // else for its subject has its roles mixed up (X 이사회가 NAME을 대표로 선임): none.
    if (rel.subject_type == "Person" && object_entity >= 0 &&
        ents->at(object_entity).type == "Person" && ents->at(subject).type != "Person") {
      return;
    }
    // A generic concept word (GPU, LLM, MOU) neither does nor undergoes what the relation says
    // (ko_concept_objects.cpp).
    if (ConceptWordObject(rel.id, object_entity) || ConceptWordObject(rel.id, subject)) return;
    ExtractedFact f;
    if (object_value >= 0 && rel.object == ObjectKind::kAmount) NoteValue("amount", object_value, &f);
    for (const auto& [k, v] : quals) {
      if (k == "amount" || k == "date") NoteValue(k, v, &f);
    }
    f.subject = subject;
    f.relation = rel.id;
    f.object_entity = object_entity;
    f.object_value = object_value;
    f.negated = p.ending.negated;
    f.value_qualifiers = quals;
    std::string status = Status(p);
    if (!status.empty()) f.value_qualifiers["status"] = sink->Value(Literal{status, "", ""}, status);
    f.sentence = sentence.number;
    CharSpan(sentence.text, span_begin, span_end, &f.start, &f.end);
    f.rule = rule;
    sink->Add(std::move(f));
  }

  void EmitSimple(int subject, const std::string& relation, int object, size_t b, size_t e,
                  const std::string& rule, std::map<std::string, int> quals = {}) {
    if (ConceptWordObject(relation, object)) return;
    ExtractedFact f;
    f.subject = subject;
    f.relation = relation;
    f.object_entity = object;
    f.value_qualifiers = std::move(quals);
    f.sentence = sentence.number;
    CharSpan(sentence.text, b, e, &f.start, &f.end);
    f.rule = rule;
    sink->Add(std::move(f));
  }

  // ------------------------------------------------------------ predicates

  struct Resolution {
    const RelationDef* rel = nullptr;
    int subject_phrase = -1, object_phrase = -1;
    std::vector<int> subjects, objects;
    int object_value = -1;
    int score = 0;
    bool person_projection = false;
  };
  // What Resolve's phases share: the predicate read for one relation, the roles that fill its
  // slots (swapped for passives and inverse stems), and the phrases already taken.
  struct Slots {
    const RelationDef& R;
    const Predicate& P;
    const std::vector<int>& args;
    int head;  // the noun a relative clause modifies, or -1
    std::set<Role> subj_roles, obj_roles;
    bool passive;
    bool entity_object;
    std::set<int> exclude;
  };

  // "X의 시리즈B 라운드에 참여하다": who joins or leads X's funding round invests in X, and the
  // round taken for its owner is not a thing joined (ko_grammar.json funding_round_*).
  const RelationDef& FundingRound(const Resolution& res, std::vector<int>* objects) const {
    const KoreanGrammar& g = KoreanGrammar::Get();
    const RelationDef* invested = x.relations_.ForRule("funding_round");
    const auto& rels = g.funding_round_relations;
    if (invested == nullptr || res.object_phrase < 0 || res.object_value >= 0 ||
        std::find(rels.begin(), rels.end(), res.rel->id) == rels.end()) {
      return *res.rel;
    }
    const Phrase& p = phrase(res.object_phrase);
    if (!FundingRoundPhrase(p)) return *res.rel;
    *objects = {p.owner_genitive.back()};
    return *invested;
  }
  // A phrase naming nothing itself whose head is a funding round of the company marked 의.
  static bool FundingRoundPhrase(const Phrase& p) {
    if (!p.referents.empty() || p.owner_genitive.empty()) return false;
    for (const std::string& f : KoreanGrammar::Get().funding_round_finals) {
      if (EndsWith(p.head, f)) return true;
    }
    return false;
  }

  // ------------------------------------------------------------ other rules

  void UpdateDiscourse() {
    for (const Phrase& p : c.phrases) {
      if (p.link == "according" && !p.referents.empty()) {
        disc->according = p.referents.front();
        disc->according_sentence = sentence.number;
        disc->according_paragraph = sentence.paragraph;
      }
    }
    for (const Mention& m : mentions) {
      if (ents->at(m.entity).type == "Event") {
        disc->last_event = m.entity;
        disc->last_event_sentence = sentence.number;
      }
    }
  }

  void Run() {
    used.assign(c.phrases.size(), false);
    UpdateDiscourse();
    TitleAppositions();
    CompoundTitles();
    AppointmentFrames();
    NominalAppointments();
    ProductsOfOrganisations();
    DefinitionList();
    ReflexiveOwnership();
    WorkDefinition();
    PlaceDescriptors();
    FacilitySites();
    GenitiveFrames();
    BareMakers();
    UnderFrames();
    RoleNounClauses();
    StakeFrames();
    EventVenues();
    EventDates();
    SeatFrames();
    SeatMoves();
    TableRow();
    TableMeasures();
    KindFrames();
    KindAppositions();
    BracketedExamples();
    BasisFrames();
    OwnMakeFrames();
    MetricFrames();
    LedFields();
    TopicMetrics();
    CountFrames();
    RankStatements();
    Predicates();
    UpdateTopic();
  }

  // "A가 2위, B는 3위를 차지했다": each subject with the rank written after it ranks in the
  // ranking the sentence names, or the source of its paragraph ("X에 따르면").
  void RankStatements();
  // ko_ranking_phrases.cpp: "지난달 앱 사용자 순위에서 X는 5위": the ranking the bare nouns
  // before a ranking noun describe, as a work named by them; -1 when the sentence has none.
  int RankingPhrase();
  // "W: ORG는 ...": a definition line of a work (index, report) whose body opens with an
  // organisation as its subject names who makes it.
  void WorkDefinition();
  // "독일 특수소재 기업 헬만케미", "중국의 CATL과 BYD": a country or place written before an
  // organisation (with descriptor nouns between) says where it is.
  void PlaceDescriptors();
  // ko_facility_sites.cpp: "군산공장", "거제조선소": a facility named by its place is in it.
  void FacilitySites();
  bool PairedPlace(const Token& t, const Mention& m) const;
  bool StemAllowsObject(const Slots& k, const Resolution& res) const;
  bool ThingObject(const Slots& k, const Resolution& res) const;

  void Predicates();
  bool InPurposeClause(int ph, int pred_token) const;
  bool PartyBefore(const std::vector<int>& args, int agreement) const;

  // The reading of predicate P as relation R over the phrases `args`, in phases: the object
  // (false: the relation cannot hold here), the subject, list items, definition lines and
  // agents, the types' score.
  Resolution Resolve(const RelationDef& R, const Predicate& P, const std::vector<int>& args,
                     int head, int pred_phrase, const std::vector<int>& inherited,
                     int inherited_phrase, const std::vector<int>& money, bool adnominal);
  bool ResolveObject(const Slots& k, const std::vector<int>& money, Resolution* res);
  // The last topic phrase before P that names something: what a noun predicated of the topic
  // ("X는 ... 회사다") stands for; -1 when there is none.
  int TopicBefore(const Predicate& P) const;
  void ResolveSubject(const Slots& k, const std::vector<int>& inherited, int inherited_phrase,
                      bool adnominal, Resolution* res);
  void PlaceAgent(const Slots& k, Resolution* res);
  // ko_continued_subjects.cpp: a clause of no subject of its own, at most two sentences after
  // one about an organisation (X는 ...), is about that organisation.
  void ContinuedSubject(const Slots& k, Resolution* res);
  // The one phrase of `args` that is an organisation marked 에서, or -1.
  int PlaceAgentPhrase(const std::vector<int>& args, const std::set<int>& exclude) const;
  void ListItemArguments(const Slots& k, Resolution* res);
  void DefinitionAndAgent(const Slots& k, Resolution* res);
  bool UnnamedObject(const Slots& k) const;
  void TopicAsOtherArgument(const Slots& k, Resolution* res);
  // ko_target_subjects.cpp: "X는 Y에 Z를 탑재했다": the thing marked 에 is the subject of uses
  // (relations.json target_subject_lemmas).
  void TargetAsSubject(const Slots& k, Resolution* res);
  void ScoreTypes(const Slots& k, Resolution* res);

  void EmitResolution(const Resolution& res, const Predicate& P, const std::vector<int>& money,
                      const std::vector<int>& dates, const std::vector<int>& ranks,
                      const std::vector<int>& args, int pred_phrase, int head,
                      const std::string& stem);

  // The role qualifier of a title's fact: the title itself, for position_held (회장, CTO).
  std::map<std::string, int> TitleRole(const RelationDef& r, const std::string& title);
  // A person written after an organisation and before a title (ORG PERSON 대표) holds the
  // title at the organisation.
  void TitleAppositions();
  // The relation a title names (대표 -> ceo_of, 창업자 -> founded_by) between them.
  // `written` is the title as the text writes it (조사조정국장 for 국장), the role qualifier.
  void EmitTitle(int person, const std::string& title, int org, size_t b, size_t e,
                 const std::string& rule, const std::string& written = "");
  // "누리전자는 한가람 대표가 세운 회사다": a titled person written without an organisation,
  // linked to one by a relation that says so, holds the title there.
  void TitleAtOrganisation(const Resolution& res, const std::vector<int>& subjects,
                           const std::vector<int>& objects, size_t b, size_t e);
  // ko_siting.cpp: "P에 공장 Y를 짓다": the thing a relation of making makes is in the place
  // marked 에 in its clause.
  // Whether R makes a thing (ko_grammar.json: siting_relations): builds, established.
  static bool MakesThing(const RelationDef& R);
  void SiteMadeThings(const Resolution& res, const Predicate& P, const std::vector<int>& subjects,
                      const std::vector<int>& objects, const std::vector<int>& args, size_t b, size_t e);
  // An organisation with a product name in parentheses after it: the organisation and its product.
  void ProductsOfOrganisations();
  // ko_genitive_frames.cpp: "Y의 자회사 X", "X는 Y의 주주다", "ORG의 PRODUCT".
  void GenitiveFrames();
  // ko_bare_makers.cpp: "ORG PRODUCT" with no 의: a typed organisation right before a product name.
  void BareMakers();
  // ko_concept_descriptors.cpp: "IBM의 AI 시스템 왓슨": token `j` a named concept, then a
  // product classifier (*kind), then a name; the name's token, or -1.
  int NameAfterConceptClassifier(int j, std::string* kind) const;
  // ko_under_frames.cpp: "Y 산하에 X를 신설하다", "X는 Y 산하 협의체로 운영된다" (member_of).
  void UnderFrames();
  // ko_stake_frames.cpp: "X가 Y 지분 N%를 ...", "Y의 지분은 A가 N%를 ...".
  void StakeFrames();
  // ko_event_venues.cpp: "X가 P에서 열렸다", "P에서 열린 X": the event is in the place.
  void EventVenues();
  // ko_event_dates.cpp: "X가 DATE P에서 열렸다", "DATE P에서 열린 X": the event's date.
  void EventDates();
  // ko_seat_frames.cpp: "X 본사는 P에 있다"; "본사는 P에 있다" of the topic.
  void SeatFrames();
  // ko_seat_frames.cpp: "본사를 P로 옮기다": the organisation's seat is moved to P.
  void SeatMoves();
  // ko_seat_frames.cpp: remembers the organisation the sentence is about (its topic).
  void UpdateTopic();
  // ko_table_rows.cpp: a table row read against its header (| 기업 | 대표 제품 |).
  void TableRow();
  // ko_concept_objects.cpp: a concept word of the lexicon (AI) as the object of a relation of
  // made or held things (develops, owner_of): no such object.
  bool ConceptWordObject(const std::string& relation, int object) const;
  bool ConceptWord(int e) const;
  void DropConceptWordObjects(const RelationDef& R, Resolution* res) const;
  // ko_table_keys.cpp: the column of the row's key: the first, or the one after a rank column
  // (| 순위 | 도구 | 개발사 |).
  size_t TableKeyColumn() const;
  // ko_table_columns.cpp: the relation a column header names in relations.json (| 칩셋 |,
  // | 탑재 기기 |: uses), and whether the cell is its subject; null when none does.
  const RelationDef* TableColumnRelation(const std::string& header, bool* cell_subject) const;
  // ko_table_columns.cpp: the name is the last thing written from begin to end (markup aside):
  // not a maker's before its product's (미디어텍 디멘시티 9300), nor part of one (델 XPS 13).
  bool NameEndsText(int e, size_t begin, size_t end) const;
  // ko_table_named_keys.cpp: the key cell's text as a product's name when no mention covers it
  // whole; -1 when the cell is no short name.
  int TableCellName(size_t k, const std::vector<std::pair<size_t, size_t>>& spans);
  // ko_table_measures.cpp: | 칩 | NPU 성능 | over | A18 Pro | 35 TOPS | (has_metric).
  void TableMeasures();
  // ko_table_releases.cpp: | 모델 | 개발사 | 공개 시기 |: the row's one maker released its key then.
  void TableReleases(int key, size_t key_column, const std::vector<int>& makers,
                     const std::vector<std::pair<size_t, size_t>>& spans);
  // ko_compound_titles.cpp: "홍길동 삼척시장": the title written onto its body's name.
  void CompoundTitles();
  // X가 ORG 대표로 선임됐다: the person holds the title (ko_appointment_frames.cpp).
  void AppointmentFrames();
  void NominalAppointments();
  // ko_genitive_frames.cpp: "A, B 등이 회원사로 있는 Y": a relation noun marked 로 in a
  // relative clause relates its subjects to the name the clause modifies.
  void RoleNounClauses();
  // The relation noun `word` holds (before its particles or copula), and which side a name
  // it leads to is on, and whether the copula ending a statement follows it (주주다); false when
  // it holds none.
  bool GenitiveNoun(const std::string& word, const RelationDef** rel, bool* named_is_subject,
                    bool* copula = nullptr) const;
  // Whether genitive token `g` of `entity` names a business group (가람그룹의).
  bool GroupName(const Token& g, int entity) const;
  // ko_kind_frames.cpp: "검색 엔진인 X", "X는 ... 검색 엔진입니다", "X, Y 같은 검색 엔진".
  void KindFrames();
  void KindExamples(const RelationDef& rel);
  // Whether a kind phrase from token `first` to `head`, said of `topic` with 으로 and a comma,
  // heads a relative clause and ends in a classifier noun of the topic's type (lexicon.json
  // ko_before_name): "X는 본사를 둔 중견 장비업체로, ...", not the means in "... 장비로, ...".
  bool KindOfTopicsType(int topic, const std::string& head, int first) const;
  // The kind noun phrase ending in `head` (the noun of token `last`): bare nouns before it;
  // *first is its first token. Empty when `head` names no kind, or is a single noun and
  // `single_ok` is false.
  std::string KindBefore(int last, const std::string& head, int* first, bool single_ok = false) const;
  // "X는 대만의 반도체 기업이다", "독일 특수소재 업체인 X": a kind of organisation (lexicon.json
  // ko_before_name) that a country opens, bare or with 의, says where `named` is. `last` is the
  // token of the copula's noun `head`.
  // ko_kind_frames.cpp: a topic of no kind said to be a company (X는 ... 회사예요) is typed so.
  void TypeTopicByKind(int topic, const std::string& noun);
  void CountryOfKind(int named, int last, const std::string& head);
  // ko_kind_appositions.cpp: "개발한 슈퍼컴퓨터 X", "거대 언어 모델 X" before a product's name.
  void KindAppositions();
  // ko_bracketed_examples.cpp: "국제 표준화 기구(ISO, IEEE 등)", "중국(A, B 등)".
  void BracketedExamples();
  // "Y를 바탕으로 만든 Z", "Z는 Y를 기반으로 한다": Z based_on Y (ko_basis_frames.cpp).
  void BasisFrames();
  // ko_own_make_frames.cpp: "X는 자체 개발한 모델 Z를 ...": X develops Z.
  void OwnMakeFrames();
  void EmitKind(int named, const std::string& kind, const RelationDef& rel, size_t b, size_t e,
                const std::string& rule);
  // ko_metric_frames.cpp: "X의 여성 사용자 비율은 33%" (has_metric).
  void MetricFrames();
  // ko_topic_metrics.cpp: "X는 HBM 시장 점유율 52%로 1위" (has_metric of the topic).
  void TopicMetrics();
  // ko_led_fields.cpp: "영상 생성 시장은 A, B가 주도하고 있다": A and B lead the field.
  void LedFields();
  std::string LedFieldName(const Phrase& p) const;
  // ko_count_frames.cpp: "X의 매개변수는 78억 개", "이용자 2,200만 명" (has_metric).
  void CountFrames();
  // ko_label_topics.cpp: "가온 입점: ...": a known name and words of the language before the
  // colon label the item; they define no term.
  bool LabelTopic(const std::string& topic) const;
  // "* X: A, B, C": a definition that is only a list names X's members.
  void DefinitionList();
  // 자신의 회사 X: the person the sentence is about owns it.
  void ReflexiveOwnership();
};

}  // namespace kg::ingest
