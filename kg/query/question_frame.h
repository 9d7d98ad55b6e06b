// What a natural question asks, once its words are understood: the relations it may mean
// (one reading each), which end of each the named things are on, and what is asked for. The
// English and Korean readers (understand_en.cpp, understand_ko.cpp) fill it in; the question
// binder (bind_questions.cpp) turns it into branches of triple patterns.
#pragma once

#include <string>
#include <vector>

#include "ingest/relations.h"
#include "kg/base/model.h"

namespace kg {

// What the question asks for.
enum class Asked {
  kEntity,   // who / what / which company ...
  kCount,    // how many / 몇 개
  kYesNo,    // did / is / ...니?
  kAmount,   // how much / 얼마
  kDate,     // when / 언제
  kPlace,    // where (of a fact; "where is X based" asks for an entity)
  kPercent,  // what percentage / 몇 퍼센트
  kRank,     // where does X rank / 몇 위
  kRole,     // what role / 무슨 직책
  kAbout,    // what is X: every fact about it
};

// One end of a relation in a reading.
struct End {
  enum class Kind { kFree, kAnswer, kNames, kMid };
  Kind kind = Kind::kFree;
  // kNames: one id set per name; several names ("A and B") must all hold.
  std::vector<std::vector<TermId>> names;

  static End Answer() { return End{Kind::kAnswer, {}}; }
  static End Mid() { return End{Kind::kMid, {}}; }
  static End Free() { return End{Kind::kFree, {}}; }
  static End Names(std::vector<std::vector<TermId>> n) { return End{Kind::kNames, std::move(n)}; }
};

// One relation the question may mean, with its two ends.
struct Reading {
  const ingest::RelationDef* relation = nullptr;
  End subject, object;
};

struct QuestionFrame {
  Asked asked = Asked::kEntity;
  std::string answer_word;  // "company" of "which company", 회사 of "인수한 회사는": a type filter
  std::string column;       // the answer's column header
  std::vector<Reading> readings;  // alternatives: one branch each (times `inner`)
  // Two-hop questions: readings that define the kMid end ("the company Acme partnered
  // with"); every outer reading is joined with every inner one.
  std::vector<Reading> inner;
  bool negated = false;
  bool plans = false;    // asks about plans or intentions (will, going to, -ㄹ 예정)
  bool any_tense = false;  // plans and deeds alike (인수한 회사, "owns or will own")
  int rank = 0;          // "ranks first": the rank qualifier, 0 if none
  // "which Korean company", 협력한 한국 기업: the country the answer is in (any of these ids;
  // empty: no such restriction).
  std::vector<TermId> answer_place;
  std::vector<TermId> about;  // kAbout
  // 매개변수는 몇 개야, "how many users": the unit the measure asked is stored in
  // ("parameters"); only values in it answer. Empty: any.
  std::string unit;
};

}  // namespace kg
