// Reading grammatical roles off Link Grammar's links (see the link types in Link Grammar's
// English dictionary documentation: S subject, O object, MV verb modifier, J preposition
// object, I infinitive, P participle after "be", PP perfect, TO "to" complement, K particle,
// VJ/SJ coordination, GN title noun before a name, MX/M post-nominal modifiers, N "not").
#include "ingest/en/en_roles.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

namespace kg::ingest {

std::string LinkType(const std::string& label) {
  size_t i = 0;
  while (i < label.size() && std::isupper(static_cast<unsigned char>(label[i]))) ++i;
  return label.substr(0, i);
}

std::string LinkSubscript(const std::string& label) { return label.substr(LinkType(label).size()); }

LinkageReader::LinkageReader(const LinkParse& parse, const EnglishWords& words, Lemmatizer lemma)
    : parse_(parse), words_(words), lemma_(std::move(lemma)), edges_(parse.words.size()) {
  for (const LinkEdge& l : parse.links) {
    if (l.left < 0 || l.right < 0 || static_cast<size_t>(l.left) >= edges_.size() ||
        static_cast<size_t>(l.right) >= edges_.size()) {
      continue;
    }
    edges_[static_cast<size_t>(l.left)].push_back({l.right, true, &l.label});
    edges_[static_cast<size_t>(l.right)].push_back({l.left, false, &l.label});
  }
}

std::string LinkageReader::Lower(int i) const {
  std::string s = word(i).text;
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool LinkageReader::IsVerb(int i) const {
  const std::string& t = word(i).tag;
  return !t.empty() && (t[0] == 'v' || t[0] == 'q' || t[0] == 'w' || t[0] == 'g');
}

bool LinkageReader::IsNoun(int i) const {
  const std::string& t = word(i).tag;
  return t.empty() || t[0] == 'n' || t[0] == 's' || t[0] == 'p' || t[0] == 'm' || t[0] == 'f' ||
         t[0] == 'b' || t[0] == 'l' || t[0] == 'i';
}

bool LinkageReader::Has(int w, const char* type, bool as_left, int* other, std::string* sub) const {
  for (const Edge& e : edges_[static_cast<size_t>(w)]) {
    if (e.left != as_left || LinkType(*e.label) != type) continue;
    *other = e.other;
    if (sub) *sub = LinkSubscript(*e.label);
    return true;
  }
  return false;
}

std::vector<int> LinkageReader::RelativeObjects(int verb) const {
  int antecedent;
  if (verb < 0 || !Has(verb, "B", false, &antecedent)) return {};
  return Expand(antecedent);
}

std::vector<int> LinkageReader::Expand(int head) const {
  std::vector<int> out;
  std::set<int> seen;
  std::deque<int> todo{head};
  while (!todo.empty()) {
    int h = todo.front();
    todo.pop_front();
    if (h < 0 || !seen.insert(h).second) continue;
    const std::string& tag = word(h).tag;
    std::string low = Lower(h);
    bool conj = (!tag.empty() && tag[0] == 'j') || low == "and" || low == "or";
    if (conj) {
      // "Robert and Thomas" is also linked as one name (G links through "and.j-g").
      bool name_conj = tag == "j-g";
      for (const Edge& e : edges_[static_cast<size_t>(h)]) {
        std::string t = LinkType(*e.label);
        if (t == "SJ" || t == "VJ" || t == "MJ" || t == "AJ" || t == "RJ" ||
            (name_conj && t == "G")) {
          todo.push_back(e.other);
        }
      }
      continue;
    }
    // The G-linked name before a "j-g" conjunction: "Robert" of "Robert and Thomas".
    for (const Edge& e : edges_[static_cast<size_t>(h)]) {
      if (LinkType(*e.label) == "G" && word(e.other).tag == "j-g") todo.push_back(e.other);
    }
    if (low == "who" || low == "which" || low == "that") {
      bool found = false;
      for (const Edge& e : edges_[static_cast<size_t>(h)]) {
        std::string t = LinkType(*e.label);
        if (!e.left && (t == "R" || t == "MX" || t == "B")) {
          todo.push_back(e.other);
          found = true;
        }
      }
      if (found) continue;
    }
    // "designer John": a common noun introducing a name stands for the name; so does a noun
    // with a name in apposition ("its new design, Aster 2,").
    int name;
    if (Has(h, "GN", true, &name)) {
      todo.push_back(name);
      continue;
    }
    if (IsNoun(h) && !word(h).text.empty() &&
        std::islower(static_cast<unsigned char>(word(h).text[0])) && Has(h, "MX", true, &name) &&
        !word(name).text.empty() && std::isupper(static_cast<unsigned char>(word(name).text[0]))) {
      todo.push_back(name);
      continue;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> LinkageReader::PrepObjects(int w, const std::string& prep) const {
  std::vector<int> out;
  for (const Edge& e : edges_[static_cast<size_t>(w)]) {
    std::string t = LinkType(*e.label);
    if (!e.left || (t != "MV" && t != "M" && t != "MX")) continue;
    // "backed by A and by B": the conjunction joins two phrases of the preposition (MJ).
    std::vector<int> phrases{e.other};
    if (Lower(e.other) == "and" || Lower(e.other) == "or") {
      for (const Edge& m : edges_[static_cast<size_t>(e.other)]) {
        if (LinkType(*m.label) == "MJ") phrases.push_back(m.other);
      }
    }
    for (int p : phrases) {
      if (Lower(p) != prep) continue;
      for (const Edge& j : edges_[static_cast<size_t>(p)]) {
        if (j.left && LinkType(*j.label) == "J") {
          for (int h : Expand(j.other)) out.push_back(h);
        }
      }
    }
  }
  return out;
}

int LinkageReader::JoiningConjunction(int v) const {
  int conj = -1;
  return Has(v, "VJ", false, &conj) ? conj : -1;
}

std::vector<int> LinkageReader::Modifiers(int w) const {
  std::vector<int> out;
  for (const Edge& e : edges_[static_cast<size_t>(w)]) {
    std::string t = LinkType(*e.label);
    if (!e.left && (t == "AN" || t == "A")) out.push_back(e.other);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int LinkageReader::Possessor(int w) const {
  for (const Edge& e : edges_[static_cast<size_t>(w)]) {
    if (e.left || LinkType(*e.label) != "D" || (Lower(e.other) != "'s" && Lower(e.other) != "'"))
      continue;
    int owner;
    if (Has(e.other, "YS", false, &owner) || Has(e.other, "YP", false, &owner)) return owner;
  }
  return -1;
}

int LinkageReader::Complement(int w) const {
  for (const Edge& e : edges_[static_cast<size_t>(w)]) {
    std::string t = LinkType(*e.label);
    if (!e.left || !(t == "TO" || (t == "MV" && LinkSubscript(*e.label) == "i"))) continue;
    int verb;
    if (Has(e.other, "I", true, &verb)) return verb;
  }
  return -1;
}

// Words right of `from` reached through its objects and complements ("denied reports that X
// would buy Y" reaches "buy").
std::set<int> LinkageReader::Complements(int from) const {
  static const std::set<std::string> kStop = {"S", "W", "X", "RW", "CO", "Wd", "WV"};
  std::set<int> seen{from};
  std::deque<int> todo{from};
  while (!todo.empty()) {
    int w = todo.front();
    todo.pop_front();
    for (const Edge& e : edges_[static_cast<size_t>(w)]) {
      if (e.other <= from || seen.count(e.other) || kStop.count(LinkType(*e.label))) continue;
      seen.insert(e.other);
      todo.push_back(e.other);
    }
  }
  return seen;
}

std::vector<Clause> LinkageReader::Clauses() const {
  std::vector<Clause> out;
  for (int i = 0; i < static_cast<int>(parse_.words.size()); ++i) {
    if (!IsVerb(i)) continue;
    // Auxiliaries and the "to" of an infinitive are read as part of their verb's clause.
    int next;
    bool aux = Has(i, "I", true, &next) || Has(i, "PP", true, &next) ||
               (Has(i, "P", true, &next) && IsVerb(next));
    if (aux) continue;
    Clause c;
    c.verb = i;
    ReadClause(i, &c);
    out.push_back(std::move(c));
  }
  for (const Clause& deny : out) {
    if (!words_.IsNegatingVerb(deny.lemma)) continue;
    std::set<int> inside = Complements(deny.verb);
    for (Clause& c : out) {
      if (c.verb > deny.verb && inside.count(c.verb)) c.negated = true;
    }
  }
  return out;
}

std::vector<int> LinkageReader::SubjectOf(int top, Clause* c) const {
  int subject;
  if (Has(top, "S", false, &subject)) return Expand(subject);
  // A verb coordinated with another shares the subject of their conjunction.
  for (const Edge& e : edges_[static_cast<size_t>(top)]) {
    if (LinkType(*e.label) != "VJ") continue;
    int conj = e.other;
    if (Has(conj, "S", false, &subject)) return Expand(subject);
  }
  // "the model, released in January," / "chips made at X": the noun the participle modifies.
  for (const Edge& e : edges_[static_cast<size_t>(top)]) {
    std::string t = LinkType(*e.label);
    if (e.left) continue;
    int noun = -1;
    if (t == "M" || t == "MX") noun = e.other;
    if (t == "X" && Lower(e.other) == ",") {
      int n2;
      if (Has(e.other, "MX", false, &n2)) noun = n2;
    }
    if (noun >= 0 && IsNoun(noun)) {
      if (word(c->verb).tag == "v-d" || word(c->verb).tag == "v") c->passive = true;
      return Expand(noun);
    }
  }
  return {};
}

void LinkageReader::ReadClause(int verb, Clause* c) const {
  c->lemma = lemma_(word(verb).text, true);
  std::vector<int> chain{verb};
  int cur = verb;
  bool controlled = false;  // past a "to": the controller's passive is not this verb's
  for (int guard = 0; guard < 12; ++guard) {
    int up = -1;
    std::string sub;
    if (Has(cur, "I", false, &up)) {
      std::string w = Lower(up);
      if (words_.IsPlannedAuxiliary(w)) c->planned = true;
      if (w == "to") {
        // The infinitive's controller: "agreed to", "plans to", "signed ... to provide".
        int ctrl = -1;
        for (const Edge& e : edges_[static_cast<size_t>(up)]) {
          std::string t = LinkType(*e.label);
          if (!e.left && (t == "TO" || t == "MV")) ctrl = e.other;
        }
        if (ctrl < 0 || !IsVerb(ctrl)) {
          if (ctrl >= 0) c->complement_of = ctrl;
          break;
        }
        c->complement_of = ctrl;
        controlled = true;
        std::string l = lemma_(word(ctrl).text, true);
        if (words_.IsPlannedVerb(l)) c->planned = true;
        if (words_.IsNegatingVerb(l)) c->negated = true;
        cur = ctrl;
        chain.push_back(ctrl);
        continue;
      }
      cur = up;
      chain.push_back(up);
      continue;
    }
    if (Has(cur, "P", false, &up, &sub) && IsVerb(up)) {
      if (!sub.empty() && sub[0] == 'v' && !controlled) c->passive = true;
      cur = up;
      chain.push_back(up);
      continue;
    }
    if (Has(cur, "PP", false, &up)) {
      cur = up;
      chain.push_back(up);
      continue;
    }
    // "will invest ... and hold": coordinated verbs share the auxiliary of their conjunction.
    int conj = -1;
    for (const Edge& e : edges_[static_cast<size_t>(cur)]) {
      if (LinkType(*e.label) == "VJ" && !word(e.other).tag.empty() && word(e.other).tag[0] == 'j') {
        conj = e.other;
      }
    }
    int probe;
    if (conj >= 0 && std::find(chain.begin(), chain.end(), conj) == chain.end() &&
        (Has(conj, "I", false, &probe) || Has(conj, "P", false, &probe) ||
         Has(conj, "PP", false, &probe))) {
      cur = conj;
      chain.push_back(conj);
      continue;
    }
    break;
  }
  // Negation anywhere on the chain: "did not sign", "has never used".
  for (int w : chain) {
    for (const Edge& e : edges_[static_cast<size_t>(w)]) {
      std::string t = LinkType(*e.label);
      if ((t == "N" || t == "E" || t == "EN") && words_.IsNegationWord(Lower(e.other))) {
        c->negated = true;
      }
      // "had no plans to bid": the controlling verb's object has a denying determiner.
      if (w != verb && e.left && t == "O") {
        for (const Edge& d : edges_[static_cast<size_t>(e.other)]) {
          if (!d.left && LinkType(*d.label) == "D" && words_.IsNegationWord(Lower(d.other)))
            c->negated = true;
        }
      }
    }
    if (w != verb && words_.IsPlannedVerb(lemma_(word(w).text, true)) && word(w).tag != "v-d" &&
        c->complement_of != w) {
      // "is expected to" reaches "expect" through the passive chain.
      c->planned = true;
    }
  }
  c->subjects = SubjectOf(cur, c);
  int particle = PhrasalParticle(verb, c->lemma);
  std::vector<int> particle_objects;
  if (particle >= 0) {
    c->lemma += " " + Lower(particle);
    particle_objects = PrepObjects(verb, Lower(particle));
  }
  for (const Edge& e : edges_[static_cast<size_t>(verb)]) {
    if (!e.left) continue;
    std::string t = LinkType(*e.label), sub = LinkSubscript(*e.label);
    if (t == "O") {
      for (int h : Expand(e.other)) c->objects.push_back(h);
    } else if (t == "K") {
      std::string phrase = c->lemma + " " + Lower(e.other);
      if (words_.Verb(phrase) || words_.IsLightVerb(phrase)) c->lemma = phrase;
    } else if (e.other == particle) {
      continue;
    } else if ((t == "MV" && !sub.empty() && sub[0] == 'p') || (t == "MV" && sub.empty())) {
      std::string prep = Lower(e.other);
      int joined = -1;  // "by A and by B": the phrases' preposition
      if ((prep == "and" || prep == "or") && Has(e.other, "MJ", false, &joined))
        prep = Lower(joined);
      for (int h : PrepObjects(verb, prep)) {
        std::vector<int>& list = c->preps[prep];
        if (std::find(list.begin(), list.end(), h) == list.end()) list.push_back(h);
      }
    } else if (t == "MV" && sub == "l") {
      // "competes mainly with X": the phrase hangs from the adverb after the verb.
      for (const Edge& p : edges_[static_cast<size_t>(e.other)]) {
        if (!p.left || LinkType(*p.label) != "MV" || c->preps.count(Lower(p.other))) continue;
        c->preps[Lower(p.other)] = PrepObjects(e.other, Lower(p.other));
      }
    }
  }
  if (!particle_objects.empty()) c->objects = particle_objects;
  // "join forces with", "held talks with X": a verb whose object noun completes the phrase;
  // the phrase's preposition may hang from the noun.
  for (int o : c->objects) {
    std::string phrase = c->lemma + " " + Lower(o);
    if (words_.Verb(phrase)) {
      c->lemma = phrase;
      c->objects.erase(std::remove(c->objects.begin(), c->objects.end(), o), c->objects.end());
      for (const RelationSense& s : *words_.Verb(phrase)) {
        if (s.prep.empty() || c->preps.count(s.prep)) continue;
        std::vector<int> heads = PrepObjects(o, s.prep);
        if (!heads.empty()) c->preps[s.prep] = heads;
      }
      break;
    }
  }
  if (c->passive && c->preps.count("by")) c->agents = c->preps["by"];
  // "was fined 95 million crowns by X": the agent may hang from the passive's own object.
  for (size_t k = 0; c->passive && c->agents.empty() && k < c->objects.size(); ++k) {
    c->agents = PrepObjects(c->objects[k], "by");
  }
  c->span = Span(*c, chain);
}

int LinkageReader::PhrasalParticle(int verb, const std::string& lemma) const {
  if (lemma.find(' ') != std::string::npos) return -1;
  const std::vector<RelationSense>* own = words_.Verb(lemma);
  for (const Edge& e : edges_[static_cast<size_t>(verb)]) {
    if (!e.left || LinkType(*e.label) != "MV") continue;
    std::string particle = Lower(e.other);
    if (!words_.Verb(lemma + " " + particle)) continue;
    // A preposition that is a relation's own ("partner with") stays a preposition.
    bool own_prep = false;
    if (own) {
      for (const RelationSense& s : *own) own_prep |= s.prep == particle;
    }
    if (!own_prep) return e.other;
  }
  return -1;
}

std::vector<int> LinkageReader::Span(const Clause& c, const std::vector<int>& chain) const {
  std::set<int> in(chain.begin(), chain.end());
  std::deque<int> todo(chain.begin(), chain.end());
  static const std::set<std::string> kStop = {"S", "SI", "W",  "X",  "C",  "CV", "CO", "R",
                                              "B", "RW", "VJ", "Wd", "WV", "MX", "CP", "Ce"};
  while (!todo.empty()) {
    int w = todo.front();
    todo.pop_front();
    in.insert(w);
    for (const Edge& e : edges_[static_cast<size_t>(w)]) {
      if (in.count(e.other)) continue;
      // "with X on Monday" (the day read as "today"): the parse may hang the day on the name.
      bool day = LinkType(*e.label) == "MX" && Lower(e.other) == "today";
      if (kStop.count(LinkType(*e.label)) && !day) continue;
      if (IsVerb(e.other)) continue;
      if (word(e.other).begin == word(e.other).end) continue;  // the walls
      in.insert(e.other);
      todo.push_back(e.other);
    }
  }
  return std::vector<int>(in.begin(), in.end());
}

}  // namespace kg::ingest
