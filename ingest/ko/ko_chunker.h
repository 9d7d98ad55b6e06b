// A Korean sentence as the extractor sees it: eojeol tokens annotated with the mentions and
// values they hold and the particle that marks their role; predicate tokens whose stem is in
// the relation vocabulary (with their ending: final, connective, adnominal, negated,
// planned); and noun phrases -- lists (A, B 등 C), appositions (구글 순다르 피차이 대표),
// genitives (X의 Y) -- with the role their last particle gives them.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/ko/korean.h"
#include "ingest/ko/morphology.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"
#include "ingest/values.h"

namespace kg::ingest {

struct Token {
  size_t begin = 0, end = 0;  // bytes in the sentence
  std::string text;
  std::vector<int> mentions;  // indexes into the sentence's mentions
  std::vector<int> values;    // indexes into the sentence's values
  std::string stem;           // text after the last mention/value, particles stripped
  Role role = Role::kNone;
  bool topic = false, focus = false, list_end = false;
  bool comma = false;          // ends with ','
  bool head_is_mention = false;  // ends with a mention (plus particles)
  bool jurisdiction = false;   // "(미국)": a parenthesised name that opens a list item
  bool postposition = false;   // 통해, 위한, 대한, ... (changes the previous phrase's role)
  // A noun that is the sentence's predicate: 기업이다, 회사로, (X는 ... N이다 / N으로,).
  bool predicative = false;
  // A name with 라는 / 이라는: the noun it leads to is that name ('X'라는 도구를).
  bool names_next = false;
};

struct Predicate {
  int token = -1;       // the token carrying the ending
  int first_token = -1; // first token of a multi-word stem ("그룹을 형성")
  std::string stem;
  std::vector<const RelationDef*> relations;
  Ending ending;
  bool light = false;    // 체결, 착수, 추진 ...: the relation comes from the phrase before it
  bool copula = false;   // N인 / N이다 / N이라
  bool bare_noun = false;  // an event noun used as a predicate in a list item ("제정(’24.6월)")
  bool inverse = false, swap = false, intransitive = false;
};

struct Phrase {
  int first = 0, last = 0;  // tokens
  Role role = Role::kNone;
  bool topic = false, focus = false;
  std::vector<int> referents;  // entity indexes the phrase denotes (a list is several)
  std::vector<int> genitive;   // entities in modifier position (X의 ..., 중국 AI 시장)
  // Modifiers that stand for the phrase when it names no entity itself: marked by 의, or
  // right before the head noun (전국인민대표대회 업무보고), not behind 對/反 (對중국 수출통제).
  std::vector<int> owner_genitive;
  // "A와 B의 X": the coordinated names whose genitive is the last owner, all of them owners of X.
  std::vector<int> coordinated_owners;
  std::vector<int> values;     // value indexes inside
  int person_org = -1;         // apposition: the organisation of the last titled person
  // Every titled person of the phrase with their title: "김서연 대표와 오태민 CTO가" holds two;
  // the last is the one the title word ends the phrase with.
  std::vector<std::pair<int, std::string>> titled;
  std::string head;            // head noun stem of the last token
  // A postposition after the phrase: "means" (통해), "purpose" (위해: not an argument),
  // "about" (대한), "according" (따르면), "agent" (의해), "compare", "partner" (함께).
  std::string link;
  bool jurisdiction = false;
  bool used = false;
  // A subject (이/가) followed by an adnominal verb the vocabulary does not know: the subject
  // of a relative clause (X가 주관하는 Y에 참여), not of the verb that ends the sentence.
  bool relative_subject = false;
};

struct Chunked {
  std::vector<Token> tokens;
  std::vector<Predicate> predicates;  // in order
  std::vector<Phrase> phrases;        // in order
  // Items in order: >= 0 a phrase index, < 0 -(predicate index + 1).
  std::vector<int> sequence;
};

class KoreanChunker {
 public:
  // References must outlive the chunker. `morphology` reads predicates by their lemma
  // (내놨어요 -> 내놓다); the stems of the vocabulary then match whatever the ending.
  KoreanChunker(const RelationVocabulary& relations, const MentionFinder& mentions,
                KoreanMorphology* morphology);
  Chunked Chunk(const Sentence& sentence, const std::vector<Mention>& mentions,
                const std::vector<ValueMention>& values, const DocEntities& entities) const;

 private:
  struct StemEntry {
    std::string stem;
    const RelationDef* relation;
    bool inverse, swap, intransitive;
  };
  const MentionFinder& mentions_;
  KoreanMorphology* morphology_;
  std::vector<StemEntry> stems_;  // longest first
  // Indexes into stems_ by lemma key: the noun of a 하다/되다 verb (협력) or a native verb's
  // lemma (손잡다), as KoreanMorphology's readings give them.
  std::unordered_map<std::string, std::vector<size_t>> stems_by_lemma_;
  std::unordered_set<std::string> light_verbs_;  // lemmas: 체결하다, 착수하다
  std::unordered_set<std::string> relation_nouns_;  // 업무협약, 제휴: events, never list members
  // A predicate read through the dictionary (token i alone), or false.
  // (Token `index` of `tokens`; a multi-word cue takes the words before it too.)
  bool LemmaPredicate(const std::vector<Token>& tokens, int index, Predicate* out) const;
  // A light verb (업무협약을 체결했다): the relation comes from the phrase before it.
  bool LightVerb(const Token& token, Predicate* out) const;
  // Any other verb form that ends a clause (final, connective, quoting): no relation.
  bool ClauseEnd(const Token& token, Predicate* out) const;
  // Chunk's phases, in order. Tokens: eojeols with the mentions, values and particles they
  // hold (ko_chunker.cpp).
  std::vector<Token> Tokenize(const Sentence& sentence, const std::vector<Mention>& mentions,
                              const std::vector<ValueMention>& values) const;
  Token MakeToken(const std::string& s, size_t begin, size_t end, const std::vector<Mention>& mentions,
                  const std::vector<ValueMention>& values) const;
  // "'X'(풀이, gloss)를": a name whose parenthetical gloss runs over spans k.. is one token
  // ending at the particle after the gloss, which marks the name; false when span k holds none.
  bool GlossedName(const std::string& s, const std::vector<std::pair<size_t, size_t>>& spans, size_t k,
                   const std::vector<Mention>& mentions, const std::vector<ValueMention>& values,
                   Token* out, size_t* last_span) const;
  // Predicates into chunked->predicates; returns for each token its predicate or -1
  // (ko_chunk_predicates.cpp).
  std::vector<int> FindPredicates(const std::string& s, const std::vector<Mention>& mentions,
                                  Chunked* chunked) const;
  // The longest vocabulary stem token i starts with, read as a predicate, or false.
  bool StemPredicate(const std::string& s, const std::vector<Token>& tokens, int i, Predicate* found) const;
  static void MarkNegationAndPlans(const std::vector<Token>& tokens, std::vector<int>* pred_of,
                                   std::vector<Predicate>* predicates);
  // Noun phrases between the predicates, with their roles (ko_phrase_referents.cpp).
  void GroupPhrases(const std::vector<int>& pred_of, Chunked* chunked) const;
  // "[ORG] PERSON TITLE", "PERSON [ORG] TITLE", "A 대표와 B CTO가": the titled persons a phrase
  // ending in a title denotes, with the organisation and the title; false when it names none.
  bool Apposition(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                  const DocEntities& entities, Phrase* phrase) const;
  // Chunk's last phase: the referents and genitive modifiers of each phrase.
  void DescribePhrases(const std::string& s, const std::vector<Mention>& mentions,
                       const DocEntities& entities, Chunked* out) const;
  // Indexes into stems_ (still longest first) by the stem's first code point: a token is only
  // compared with the stems that can start it.
  std::unordered_map<char32_t, std::vector<size_t>> stems_by_first_;
  const std::vector<size_t>& StemsStartingLike(std::string_view text) const;
};

}  // namespace kg::ingest
