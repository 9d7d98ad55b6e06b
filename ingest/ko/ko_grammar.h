// The closed word classes of Korean grammar the Korean reader works with -- particles,
// postpositions, verbal and copular suffixes, native verb endings, modal, bound and
// directional nouns -- loaded from ingest/data/ko_grammar.json: knowledge of the language kept
// as data, in one place, where the code only says how each class is used.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/ko/korean.h"
#include "kg/base/status.h"

namespace kg::ingest {

enum class ParticleKind { kCase, kTopic, kFocus, kList };
// The last sound of the word a particle may follow: 을 after a consonant, 를 after a vowel.
enum class Batchim { kAny, kConsonant, kVowel };

struct ParticleDef {
  std::string text;
  Role role = Role::kNone;
  ParticleKind kind = ParticleKind::kCase;
  Batchim after = Batchim::kAny;
};

struct KoreanGrammar {
  std::vector<ParticleDef> particles;                 // ties between equal lengths keep this order
  std::map<std::string, std::string> postpositions;   // 통해 -> means, 대한 -> about
  std::map<std::string, std::string> noun_postpositions;  // 바탕으로 -> basis (whole word)
  std::vector<std::string> appointment_nouns;  // 선임, 취임 (X가 ORG 대표로 선임됐다)
  std::vector<std::string> appointment_intransitive_nouns;  // 취임하다: the person is subject
  std::vector<std::string> basis_verbs;  // 하다, 만들다 (Y를 바탕으로 만든 Z: Z based_on Y)
  std::vector<std::string> verbal_suffixes;           // 하, 했, 되, 받, 시키 ...
  std::vector<std::string> copula_suffixes;           // 인, 이다, 이며 ... (compared in order)
  std::vector<std::string> native_verb_endings;       // 았, 었, 고, 며, 는 ...
  std::vector<std::string> causative_suffixes;        // 시키, 시켰 ...
  std::vector<std::string> negation_auxiliaries;      // 않, 못
  std::vector<std::string> plan_nouns;                // 계획, 예정 ...
  std::vector<std::string> hearsay_nouns;       // 보도, 소문 (한다는 보도: not stated)
  std::vector<std::string> deliberated_nouns;   // 방안, 여부 (하는 방안을 검토)
  std::vector<std::string> deliberation_verbs;  // 검토, 논의 ...
  std::vector<std::string> statement_bound_nouns;     // 상태, 것이다 ...
  std::vector<std::string> listing_words;             // 등 (the whole eojeol)
  std::vector<std::string> listing_word_prefixes;     // 등의, 등으로
  std::vector<std::string> head_keeping_suffixes;     // 간, 측, 사이
  std::vector<std::string> directional_nouns;         // 수출, 방문 ...
  std::vector<std::string> auxiliary_adnominals;      // 온, 있는 (공급해 온 X)
  std::vector<std::string> non_name_finals;           // 들, 듯, 뿐 ... (no name ends so)
  std::vector<std::string> place_unit_suffixes;       // 시, 군 (dropped after a province)
  // Titles written onto their body's name and the name's end they replace: 위원장 -> 위원회.
  std::map<std::string, std::string> compound_title_suffixes;
  // The names of the body a title written onto it heads, with that title, one per compound
  // title `word` ends with after more than one syllable: 삼척시장 -> 삼척시 (시장),
  // 개인정보보호위원장 -> 개인정보보호위원회 (위원장).
  struct TitledBody {
    std::string body, title;
  };
  std::vector<TitledBody> CompoundTitleBodies(const std::string& word) const;
  std::vector<std::string> former_title_words;        // 전, 前 (NAME 전 ORG TITLE: held before)
  // Relations whose clause puts the thing made at the place marked 에, and the side that
  // thing is on ("object" or "subject"): builds -> object (P에 공장을 짓다).
  std::map<std::string, std::string> siting_relations;
  std::vector<std::string> person_acting_stems;  // 이끌 (NAME ORG 차관보가 이끌다: the person)
  std::vector<std::string> seat_moving_stems;          // 옮기, 이전하 (본사를 P로 옮기다)
  std::vector<std::string> agreement_nouns;            // 계약, 협약 (Y와 계약을 맺다)
  std::vector<std::string> kind_copula_finals;        // 입니다, 이다 (X는 ... N입니다)
  std::vector<std::string> kind_copula_adnominals;    // 인, 였던 (N인 X)
  std::map<std::string, std::string> passive_auxiliary;  // 졌 -> 됐 (세워졌다)
  std::vector<std::string> unknown_noun_copulas;      // 이에요, 입니다 on a noun Hunspell lacks
  std::vector<std::string> loanword_common_nouns;     // 에이전트, 워크플로우 (Hunspell lacks them)
  std::vector<std::string> metric_nouns;              // 비율, 점유율 (X의 N 비율은 33%)
  std::map<std::string, std::string> count_nouns;     // 매개변수 -> parameters (X의 매개변수는 78억 개)
  std::vector<std::string> count_counters;             // 개, 명 (650억 개)
  std::vector<std::string> count_counter_endings;      // 다, 였 (개다, 개였죠)
  std::vector<std::string> count_links;                // 의, 이상의 (140개 이상의 언어)
  std::vector<std::string> count_qualifiers;           // 약, 최대 (약 30억 파라미터)
  std::map<std::string, std::string> measure_units;   // 초 -> seconds (| 최대 길이 | 20초 |)
  std::vector<std::string> led_field_nouns;            // 시장 (영상 생성 시장은 A가 주도한다)
  std::vector<std::string> ranking_nouns;              // 순위 (앱 사용자 순위에서 X는 5위)
  std::vector<std::string> ranking_time_words;         // 지난달 (지난달 앱 사용자 순위)
  std::vector<std::string> ranking_clause_finals;      // 한, 낸 (Y가 집계한 ... 순위)
  std::vector<std::string> non_kind_nouns;            // 것, 셈, 핵심 ... (no kind of thing)
  std::vector<std::string> relative_kind_modifiers;   // 차기, 후속, 상위 (차기 모델: no kind)
  std::vector<std::string> person_noun_finals;        // 자, 가, 교수 (투자자: an occupation)
  std::vector<std::string> owner_free_head_finals;    // 공장, 주식 (X의 공장을 사다: not X)
  std::vector<std::string> funding_round_finals;      // 라운드 (X의 라운드에 참여: invested in X)
  std::vector<std::string> funding_round_relations;   // participates_in, leads
  std::vector<std::string> demonstratives;            // 이, 이번 (이 보고서: the one just named)
  std::vector<std::string> list_cue_endings;  // 은, 들을 (MCP의 강점은, 특징들을)
  std::vector<std::string> list_head_non_noun_finals;  // 도, 며 (prose, not a list item's name)
  std::vector<std::string> own_make_adverbs;  // 자체, 직접 (자체 개발한 Z: the clause's subject made Z)
  std::vector<std::string> own_company_determiners;  // 자사 (자사 게임 Z: the topic's own Z)
  std::vector<std::string> date_header_nouns;  // 시기, 일 (| 공개 시기 |, | 출시일 |: a column of dates)
  std::vector<std::string> concept_word_free_relations;  // develops (not of AI: ko_concept_objects.cpp)
  std::vector<std::string> event_nouns;  // 출범식, 포럼 ('X' 출범식, **X 포럼 2025**: an event)
  std::vector<std::string> coordination_classifier_nouns;  // 모델, 서비스 (클로드와 GPT 모델: both)
  std::vector<std::string> facility_nouns;  // 공장, 데이터센터 (군산공장: a Facility in 군산)
  std::vector<std::string> group_name_finals;  // 그룹 (Y그룹의 계열사 X: X member_of Y)

  // `source` names the text in errors.
  static Result<KoreanGrammar> Parse(const std::string& json_text, const std::string& source);
  // The grammar kg reads with: ko_grammar.json of the data directory when it is there and
  // valid, else the copy compiled into the binary. Loaded once.
  static const KoreanGrammar& Get();
};

// Whether `word` starts with one of `prefixes`; the prefix found goes to *found when given.
bool StartsWithAny(const std::string& word, const std::vector<std::string>& prefixes,
                   std::string* found = nullptr);
// Whether `word` is one of `words`.
bool OneOf(const std::string& word, const std::vector<std::string>& words);

}  // namespace kg::ingest
