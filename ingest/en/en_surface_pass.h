// One sentence's pass of the English surface rules (EnglishSurfaceRules::Pass): what every rule
// reads of the sentence, and the rules. Declared here so that its members can live in two
// files, one job each, neither near the 600-line limit: en_surface.cpp (the mention groups
// around a word, the verb rules) and en_surface_nouns.cpp (title appositions, noun forms).
// Internal to ingest/en.
#pragma once

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "ingest/en/en_surface.h"
#include "ingest/en/en_surface_words.h"

namespace kg::ingest {

struct EnglishSurfaceRules::Pass {
  struct Occurrence {
    size_t pos, end;
    const VerbEntry* verb;
  };

  const EnglishSurfaceRules& rules;
  const Sentence& sentence;
  const std::string& s;
  std::string lower;
  std::vector<surface::Word> words;
  const std::vector<Mention>& mentions;
  const std::vector<ValueMention>& values;
  DocEntities* ents;
  FactSink* sink;
  // The verbs read so far: "X met Y and later visited Z" gives the second verb the first's subject.
  std::vector<int> previous_subjects;
  size_t previous_verb = std::string::npos;

  Pass(const EnglishSurfaceRules& r, const Sentence& sent, const std::vector<Mention>& m,
       const std::vector<ValueMention>& v, DocEntities* e, FactSink* out)
      : rules(r),
        sentence(sent),
        s(sent.text),
        lower(sent.text),
        words(surface::Words(sent.text)),
        mentions(m),
        values(v),
        ents(e),
        sink(out) {
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }

  // ------------------------------------------------------------ en_surface.cpp

  // The index of the mention that covers byte `byte`, or -1.
  int MentionAt(size_t byte) const;

  // Adds the fact of `rel` from `subject` to `object` (an entity) or `object_value`, said by
  // the sentence's bytes b to e, with the rule tag `rule`.
  void Emit(int subject, const RelationDef& rel, int object, int object_value, bool negated,
            std::map<std::string, int> quals, size_t b, size_t e, const std::string& rule);

  // The person mention in "ORG TITLE PERSON" when mention k is the ORG; -1 otherwise.
  int TitledPersonAfter(size_t k) const;

  // A mention group ending right before byte `end` (skipping `skip` words): "A, B and C".
  // `adjacent`: the group's last name must end right at `end` (only spaces between).
  void GroupBefore(size_t end, std::vector<int>* out, size_t* group_begin,
                   bool adjacent = false) const;

  // Whether a comma stands right before byte `pos` (spaces aside): the verb follows a
  // parenthetical -- an apposition or a relative clause set off by commas.
  // True when the verb at `pos`, with the auxiliaries right before it ("X, Y's rival, was
  // fined"), follows a comma.
  bool AfterComma(size_t pos) const;

  // The "by" of a passive agent after the values right behind the verb ("was fined 96 million
  // euros by the Commission", "was bought for $1.9 billion by X"), or npos.
  size_t AgentByAfterValues(size_t end) const;

  // The subject before a parenthetical that ends at the comma before byte `pos`: "Samsung
  // Electronics, which has partners across Asia and Europe, acquired Harman". The comma that
  // opened it is the nearest earlier one with a name right before it (commas inside the
  // parenthetical have none); nothing when there is no such comma.
  void GroupBeforeParenthetical(size_t pos, std::vector<int>* out, size_t* group_begin) const;

  // A mention group starting right after byte `begin`: "with A, B and C".
  void GroupAfter(size_t begin, std::vector<int>* out, size_t* group_end);

  // Verbs, found longest first (a longer form wins over a shorter one inside it) and then
  // read left to right, so a verb coordinated with an earlier one ("met X and later visited
  // Y") can take that verb's subject.
  std::vector<Occurrence> FindVerbs(bool with_verbs) const;

  // The facts of one verb: its subjects and objects around it, the values of its clause.
  void Verb(const Occurrence& occ);

  // ------------------------------------------------------------ en_surface_nouns.cpp

  // The word of the name after "of" at word k, past a lowercase descriptor ending in an
  // organisation noun ("chief executive of payments company Y"); k when there is none.
  size_t OrganisationAfterDescriptor(size_t k) const;

  // The start of a title coordinated with the title at word w, opening the apposition after a
  // comma ("X, chairman and chief executive of Y": "chairman"); npos when there is none.
  size_t CoordinatedTitleBefore(size_t w) const;

  // The coordinated title from co_begin to the "and" before word w, when it is a title of the
  // vocabulary: its own relation, with the title as role for a position.
  void EmitCoordinatedTitle(size_t co_begin, size_t w, int person, int org, size_t te);

  // Title appositions: "Google CEO Sundar Pichai", "Sundar Pichai, CEO of Google".
  void TitleAppositions();

  // True when a name's relation noun may be written after what comes between it and the
  // possessor: an apposition's comma, or a copula or "as" ("X, who is Y's CEO", "X will stay
  // on as Y's CEO"); never a negation or a verb of saying.
  static bool PossessiveLink(const std::string& gap);

  // Possessive noun forms: "Brandt Chemie, Corvid's German supplier", "Hale, who is Kallisto's
  // chief executive", "X will stay on as Y's chief executive": Y's noun names X's relation to Y.
  void PossessiveNounForms();

  // "Kestrel's K1 van, unveiled in 2023", "Naver, whose HyperCLOVA X model was released in
  // August 2023": a product's possessor is the agent of a participle without "by".
  void PossessorAgents();

  // Noun forms: "X is a member of Y", "X, a member of Y".
  void NounForms();
};

}  // namespace kg::ingest
