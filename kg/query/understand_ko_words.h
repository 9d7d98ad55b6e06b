// The Korean question reader's word level: one item per eojeol (or per name spanning several):
// names with the role of their particle, question words (누가, 어디에, 몇 개, 어느 회사),
// predicates with a relation lemma, relation nouns (대표, 창업자, 출시일), head nouns.
#pragma once

#include <string>
#include <vector>

#include "kg/query/understand.h"

namespace kg::understand_ko {

enum class KCls { kOther, kName, kQWord, kPred, kNoun, kType, kHead, kAnswer, kSkip };

struct Item {
  KCls cls = KCls::kOther;
  size_t word = 0;   // first question word (ast) of the item
  std::string stem;  // without particles
  // The particle's role as relations.json names them (subject, topic, object, partner,
  // genitive, target, place, means, source), "predicate" before a copula or question ending
  // (누구야, 국가인가), empty when bare.
  std::string role;
  std::vector<std::vector<TermId>> names;  // kName
  std::vector<Cue> cues;                   // kPred, kNoun
  bool adnominal = false;                  // kPred: modifies the next noun (인수한 회사)
  bool predicate = false;                  // an inflected verb (any), for light-verb merging
  std::string lemma;                       // a predicate's dictionary form (착수하다)
  bool negated = false, planned = false;
  bool np = false;        // kQWord: stands for the answer in a slot
  bool mid = false;       // kHead: the middle of a two-hop question
  bool asked_value = false;
  bool agent_affix = false;  // kNoun read as a relation stem and an agent affix (개발사, 공급처)
  Asked asked = Asked::kEntity;  // kQWord, kAnswer, kNoun with a value suffix (출시일)
  std::string qword;             // who, what, where, which, when, how_much, count
  std::string type_word;         // 회사 of 인수한 회사는, 나라 of 어느 나라
};

Result<std::vector<Item>> Items(const QuestionContext& ctx,
                                const std::vector<parser::ast::Name>& words);
// An agreement noun as a light verb's object (계약을 맺은): the relation of agreements
// (understand_ko_agreements.cpp).
void AgreementNouns(const QuestionLexicon& lexicon, std::vector<Item>& items);
// A light verb before the relation noun that heads its clause and names a value (부과한
// 과징금은): the noun's relation, its value asked (understand_ko_value_heads.cpp).
void LightVerbValueHeads(const QuestionLexicon& lexicon, std::vector<Item>& items);
// A basis postposition before a basis verb (무엇을 바탕으로 만들었어): the verb asks what the thing
// is built on (understand_ko_basis.cpp). `words` are the question's words as written.
void BasisPhrases(const QuestionLexicon& lexicon, const std::vector<std::string>& words,
                  std::vector<Item>& items);
// X의 매개변수는 몇 개야, 클링 이용자는 몇 명이야: a count asked of a count noun (ko_grammar.json
// count_nouns) said of the one thing named asks for its measure in the noun's unit; sets
// `frame` so (understand_measures.cpp). False, `frame` untouched, for any other question.
bool MeasureAsked(const QuestionContext& ctx, const std::vector<Item>& items, QuestionFrame* frame);
// 어디에 with a passive verb that puts a thing somewhere (세워졌지, 지어지고) asks where the thing
// stands (understand_ko_siting.cpp).
void SitedPlace(const QuestionLexicon& lexicon, const std::vector<Item>& items,
                QuestionFrame* frame);
// Bare determiners and time words (그, 이번, 올해, 7월) set the scene only: skipped
// (understand_ko_frame_words.cpp).
void SkipFrameWords(const QuestionLexicon& lexicon, const std::vector<parser::ast::Name>& words,
                    std::vector<Item>& items);
// What the question words ask for.
void Asks(const std::vector<Item>& items, QuestionFrame* frame);
// Negation, plans, and what is asked once the readings are known (no answer slot: yes/no).
void Finish(const QuestionLexicon& lexicon, const std::vector<Item>& items, QuestionFrame* frame);
// A question with no relation word: everything about one name (누리랩스는 뭐야?), or the error.
Result<QuestionFrame> NoRelationWord(const QuestionContext& ctx,
                                     const std::vector<parser::ast::Name>& words,
                                     const std::vector<Item>& items, QuestionFrame* frame);

}  // namespace kg::understand_ko
