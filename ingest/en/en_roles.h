// Clauses read from a Link Grammar linkage: for each content verb its lemma (with particle),
// subjects (through auxiliaries, infinitive control, coordination, relative pronouns),
// direct objects, prepositional objects, passive agent, and whether it is only planned or is
// denied. Words are linkage indexes; the caller maps them to mentions.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest/en/en_words.h"
#include "ingest/en/link_parser.h"

namespace kg::ingest {

struct Clause {
  int verb = -1;                 // the content verb
  std::string lemma;             // "acquire", "team up" (with its particle)
  std::vector<int> subjects;     // grammatical subjects (heads, coordination expanded)
  std::vector<int> objects;      // direct objects
  std::map<std::string, std::vector<int>> preps;  // "with" -> heads of its objects
  std::vector<int> agents;       // passive "by" objects
  bool passive = false;
  bool planned = false;
  bool negated = false;
  int complement_of = -1;        // the verb (or noun) whose "to"-complement this clause is
  std::vector<int> span;         // words of the clause (for values and the evidence span)
};

// Lemmatises a word as a verb or a noun.
using Lemmatizer = std::function<std::string(const std::string& word, bool verb)>;

class LinkageReader {
 public:
  LinkageReader(const LinkParse& parse, const EnglishWords& words, Lemmatizer lemma);

  std::vector<Clause> Clauses() const;

  // Heads an noun phrase stands for: a conjunction's members, the name after a title noun
  // ("designer John" -> John), a relative pronoun's antecedent; else the word itself.
  std::vector<int> Expand(int head) const;
  // Objects of preposition `prep` hanging from word `w` (a verb's MVp, a noun's Mp).
  std::vector<int> PrepObjects(int w, const std::string& prep) const;
  // The conjunction verb `v` is the right member of ("invested $5 in X and holds a stake in
  // it": "and"), which carries the phrases both verbs share; -1 when `v` is no such member.
  int JoiningConjunction(int v) const;
  // The noun modifiers of noun `w` ("supply" in "supply agreement"), left to right.
  std::vector<int> Modifiers(int w) const;
  // The name word whose possessive determines noun `w` ("X" of "X's plant"), or -1.
  int Possessor(int w) const;
  // The names an object relative clause's verb takes for its object, through its antecedent
  // ("Pagora, which Telmar sold" -> Pagora: a B link from the left); empty when none.
  std::vector<int> RelativeObjects(int verb) const;
  // The verb of a "to"-complement of word `w` ("agreement to supply" -> supply), or -1.
  int Complement(int w) const;
  const LinkWord& word(int i) const { return parse_.words[static_cast<size_t>(i)]; }
  std::string Lower(int i) const;
  bool IsVerb(int i) const;
  bool IsNoun(int i) const;

 private:
  struct Edge {
    int other;
    bool left;  // this word is the left end
    const std::string* label;
  };
  bool Has(int w, const char* type, bool as_left, int* other, std::string* sub = nullptr) const;
  void ReadClause(int verb, Clause* c) const;
  // "teamed up with", "rolled out its EV3": a particle the parse linked as a modifier (MVa, or
  // a preposition with the object) that makes a known phrasal verb with the clause's lemma;
  // the clause's lemma takes it and a preposition's object becomes the direct object.
  // Returns the particle's word, or -1.
  int PhrasalParticle(int verb, const std::string& lemma) const;
  std::set<int> Complements(int from) const;
  std::vector<int> SubjectOf(int top, Clause* c) const;
  std::vector<int> Span(const Clause& c, const std::vector<int>& chain) const;

  const LinkParse& parse_;
  const EnglishWords& words_;
  Lemmatizer lemma_;
  std::vector<std::vector<Edge>> edges_;
};

// The link type ("MV" of "MVp", "S" of "Ss*s") and subscript ("p", "s*s").
std::string LinkType(const std::string& label);
std::string LinkSubscript(const std::string& label);

}  // namespace kg::ingest
