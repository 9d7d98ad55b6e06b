// The relation vocabulary (ingest/data/relations.json): per relation its id, direction,
// English verb and noun forms and Korean trigger stems. One file feeds both the extractor and
// the question grammar, so a relation added there is extracted and asked about with no code
// change.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/base/status.h"

namespace kg::ingest {

enum class ObjectKind { kEntity, kAmount, kDate, kValue };

struct VerbForm {
  std::string base, past, participle, third;
  std::string prep;                 // the preposition before the object ("with"), or empty
  bool subject_is_object = false;   // "X founded Y" states Y founded_by X
  bool passive_voice = false;       // "X is based in Y": stated in the passive, X is the subject
};

struct NounForm {
  std::string singular, plural;
  bool denotes_object = false;  // "the founder of X" names the object of founded_by
};

struct RelationDef {
  std::string id;
  std::string inverse;
  bool symmetric = false;
  bool where = false;  // answers "where" questions (its object is a place or venue)
  bool personal = false;  // "agent": "person": a titled person does it in their own name
  ObjectKind object = ObjectKind::kEntity;
  std::string subject_type, object_type;  // expected entity types, when known
  // The relation holds only of an object of object_type ("object_type_required"): 열다 states
  // organizes of an Event, not of 문 or of a name of no known kind.
  bool object_type_required = false;
  std::vector<std::string> answers_also;  // relations whose facts also answer questions on it
  std::vector<VerbForm> verbs;
  std::vector<NounForm> nouns;
  std::vector<std::string> ko_lemmas;  // verbs by dictionary form: 손잡다, 인수하다
  std::vector<std::string> ko_nouns;   // relation nouns: 업무협약, 파트너십
  // What the extractor matches: the nouns, and the lemmas' stems (협력하다 -> 협력, 손잡다 -> 손잡).
  std::vector<std::string> ko_stems;
  std::vector<std::string> ko_titles;          // title nouns for apposition ("네이버 최수연 대표")
  // A titled person this relation links to an organisation holds the title there, when no
  // other organisation is written with it (한가람 대표가 세운 회사 -> ceo_of that company).
  bool ko_title_at_organisation = false;
  // The verb takes a quoted clause as what it asks for ("Y에 ...하라고 촉구했다"): its
  // speaker and addressee are written before the quote.
  bool ko_quote_complement = false;
  // Nouns that, between a genitive and a name (Y의 자회사 X) or as the noun a copula predicates
  // of the topic (X는 Y의 주주다), state the relation of the two: true when the name is the
  // relation's subject (주주: X owner_of Y), false when it is its object (자회사: Y owner_of X).
  std::map<std::string, bool> ko_genitive_nouns;
  // Table column headers that state the relation of a row's key and the names in the cell:
  // true when the cell names the relation's subject (| 탑재 기기 |: the device uses the key's
  // chip), false when it names the object (| 칩셋 |: the key's phone uses the chipset).
  std::map<std::string, bool> ko_table_columns;
  // Nouns of a share in a company (지분): "X가 Y 지분 N%를 ..." states X relation Y.
  std::vector<std::string> ko_stake_nouns;
  // Stems of verbs of an event taking place (열리다 -> 열리): "X가 P에서 열렸다" states X
  // relation P.
  std::vector<std::string> ko_venue_stems;
  // Stems of verbs that state the relation only of a thing (쓰다 -> 쓰): not of an organisation,
  // a person or a place they hire or spend on, nor past a nearer unnamed object (돈을 쓰다), nor
  // when a name marked 부터 says which of the subject's things does it (X부터 Y를 쓴다).
  std::vector<std::string> ko_thing_object_stems;
  // Nouns of a seat (본사) and stems of verbs of being somewhere (있다 -> 있): "X 본사는 P에
  // 있다" states X relation P; without X, the organisation the sentence or paragraph is about.
  std::vector<std::string> ko_seat_nouns;
  std::vector<std::string> ko_seat_stems;
  // Nouns of a heading or an intro sentence that announce a list of the relation's objects for
  // the thing it names (X의 강점, X는 다음 단계로 작동한다): ko_announced_lists.cpp.
  std::vector<std::string> ko_list_nouns;
  bool ko_list_ranked = false;  // the items are in order: each fact carries its rank (steps)
  std::vector<std::string> ko_object_roles;    // particle roles that mark the object
  std::vector<std::string> ko_subject_roles;   // roles that mark the subject (default: subject)
  std::vector<std::string> ko_inverse_stems;   // stems that state the relation backwards
  std::vector<std::string> ko_intransitive_stems;  // subject is the relation's object
  std::vector<std::string> ko_swap_stems;          // subject and object swapped
  // Roles that mark the relation's subject when its verb is passive or intransitive (default:
  // source, 에 의해/로부터; uses: also target, "X에는 Y가 탑재됐다" = X uses Y).
  std::vector<std::string> ko_passive_subject_roles;
  // Stems whose clause names the relation's subject with 에 when it names a thing there (uses:
  // "X는 Y에 Z를 탑재했다" = Y uses Z), and of those, the ones that state the relation only then
  // (넣다: "A는 Z를 명단에 넣었다" says nothing of use).
  std::vector<std::string> ko_target_subject_stems;
  std::vector<std::string> ko_target_required_stems;
  // Stems that state the relation only of certain objects: 주장하다 accuses only when what is
  // claimed is a wrongdoing (X의 도용을 주장) -> the nouns the object phrase must end in.
  std::map<std::string, std::vector<std::string>> ko_lemma_objects;
  // Cues only questions use ("questions" in relations.json): words too loose for running text
  // but plain in a question ("where is X" + 있다, "Who's in charge at X", 주인).
  std::vector<VerbForm> question_verbs;
  std::vector<NounForm> question_nouns;
  std::vector<std::string> ko_question_stems;  // stems of the question lemmas
  std::vector<std::string> ko_question_intransitive_stems;  // their subject is the object
  std::vector<std::string> ko_question_nouns;
  // Nouns that name one end as titles do (주인, 모회사 name the owner): the subject, or the
  // Person end when only the object is a person.
  std::vector<std::string> ko_question_agent_nouns;
  // Its facts carry ranks: "where does X rank" asks the rank, and a rank asked with no relation
  // word (X는 Y에서 몇 위야) reads this relation.
  bool question_rank = false;
  // Asked by a copula question naming a kind: 'X는 어떤 플랫폼이야', 'what platform is X'.
  bool question_kind = false;
};

class RelationVocabulary {
 public:
  // Parses the JSON text; errors name `source` with line and column.
  static Result<RelationVocabulary> Parse(const std::string& text, const std::string& source);
  // Loads from a file.
  static Result<RelationVocabulary> Load(const std::string& path);
  // The vocabulary shipped with kg: $KG_RELATIONS, else $KG_DATA_DIR/relations.json, else the
  // data directory of the source tree, else a copy compiled into the binary.
  static Result<RelationVocabulary> Default();

  const std::vector<RelationDef>& relations() const { return relations_; }
  // Entity types a question word names ("companies" -> Organization); empty if none.
  std::vector<std::string> TypesForWord(const std::string& word) const;
  // "amount", "date", "place", "percent", "rank" or "role" for words that ask for a value
  // instead of an entity ("금액", "year"); empty if none.
  std::string AnswerKindForWord(const std::string& word) const;
  // The relation a structural rule states ("product_maker" -> "released"); null when the
  // vocabulary gives none (the rule is then off).
  const RelationDef* ForRule(const std::string& rule) const;
  const RelationDef* Find(const std::string& id) const;
  // Korean verbs that carry the relation of the noun before them (체결하다, 착수하다).
  const std::vector<std::string>& KoreanLightVerbs() const { return ko_light_verbs_; }
  // The relation a table column whose header ends in `noun` states between the row's key
  // and the cell (table_headers in relations.json), or null.
  const RelationDef* ForTableHeader(const std::string& noun) const {
    auto it = table_headers_.find(noun);
    return it == table_headers_.end() ? nullptr : Find(it->second);
  }
  // Relations one of whose verbs has base form `base` (lower-case).
  std::vector<const RelationDef*> ByVerb(const std::string& base) const;
  std::vector<const RelationDef*> ByNoun(const std::string& base) const;
  // The verb form of `rel` whose base is `base`, or null.
  static const VerbForm* FindVerb(const RelationDef& rel, const std::string& base);
  static const NounForm* FindNoun(const RelationDef& rel, const std::string& base);

 private:
  std::vector<RelationDef> relations_;
  std::map<std::string, std::vector<std::string>> type_words_;
  std::map<std::string, std::string> answer_words_;
  std::map<std::string, std::string> rules_;
  std::map<std::string, size_t> by_id_;
  std::vector<std::string> ko_light_verbs_;
  std::map<std::string, std::string> table_headers_;
};

// Regular English forms: "partner" -> "partnered" / "partners"; "apply" -> "applied".
std::string RegularPast(const std::string& base);
std::string RegularThird(const std::string& base);

}  // namespace kg::ingest
