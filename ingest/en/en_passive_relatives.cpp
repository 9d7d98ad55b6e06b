// Passive relatives about a name in a possessed phrase, read from the words: see
// en_passive_relatives.h.
#include "ingest/en/en_passive_relatives.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kg::ingest {

namespace {

bool At(const std::string& s, size_t at, const std::string& w) {
  return at <= s.size() && s.compare(at, w.size(), w) == 0;
}

bool LowerWord(char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; }

// Where the 1 to 3 lower-case words that end at `end` begin ("booking assistant" before ", Y");
// npos when none.
size_t LowerWordsStart(const std::string& s, size_t end) {
  size_t start = std::string::npos, b = end;
  for (int n = 0; n < 3; ++n) {
    size_t e = b;
    while (b > 0 && LowerWord(s[b - 1])) --b;
    if (b == e || (b > 0 && s[b - 1] != ' ')) break;  // "carrier's": the possessive, no noun
    start = b;
    if (b == 0) break;
    --b;
  }
  return start;
}

// True when [b, e) is 1 to 3 lower-case words ("drug" in "whose drug Y").
bool LowerWords(const std::string& s, size_t b, size_t e) {
  int spaces = 0;
  for (size_t i = b; i < e; ++i) {
    if (s[i] == ' ')
      ++spaces;
    else if (!LowerWord(s[i]))
      return false;
  }
  return e > b && spaces < 3;
}

// The organisation a possessive word ending at `end` ("Brisa's", "the carrier's") names; -1.
int Possessor(const std::string& s, size_t end, const std::vector<Mention>& mentions,
              const DefiniteHeads& definite, const DocEntities& ents) {
  if (end < 2 || !At(s, end - 2, "'s")) return -1;
  for (const Mention& m : mentions) {
    if (m.end == end - 2) return OrganisationLike(ents.at(m.entity)) ? m.entity : -1;
  }
  size_t b = end - 2;
  while (b > 0 && LowerWord(s[b - 1])) --b;
  if (b < 4 || !At(s, b - 4, "the ")) return -1;
  int e = definite.Resolve(s.substr(b, end - 2 - b));
  return e >= 0 && OrganisationLike(ents.at(e)) ? e : -1;
}

}  // namespace

void PassiveRelativeFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                          const DefiniteHeads& definite, const RelationVocabulary& relations,
                          DocEntities* ents, FactSink* sink) {
  static const char* kBe[] = {"was ",      "were ",      "is ",      "are ",
                              "has been ", "have been ", "had been "};
  const std::string& s = sentence.text;
  for (const Mention& name : mentions) {
    if (ents->at(name.entity).type == "Person") continue;
    size_t from = std::string::npos, at = name.end;
    int possessor = -1;
    if (At(s, name.end, ", which ")) {
      // "X's booking assistant, Y, which was ...": the possessed phrase right before the name.
      if (name.begin < 2 || !At(s, name.begin - 2, ", ")) continue;
      size_t words = LowerWordsStart(s, name.begin - 2);
      if (words == std::string::npos || words < 1 || s[words - 1] != ' ') continue;
      possessor = Possessor(s, words - 1, mentions, definite, *ents);
      if (possessor < 0) continue;
      from = words - 1;
      at = name.end + 8;
    } else if (At(s, name.end, " ")) {
      // "X, whose drug Y was approved by Z".
      size_t whose = name.begin > 1 ? s.rfind("whose ", name.begin - 1) : std::string::npos;
      if (whose == std::string::npos || !LowerWords(s, whose + 6, name.begin - 1)) continue;
      from = whose;
      at = name.end + 1;
    } else {
      continue;
    }
    size_t verb_at = std::string::npos;
    for (const char* be : kBe) {
      if (At(s, at, be)) verb_at = at + std::string(be).size();
    }
    if (verb_at == std::string::npos) continue;
    // The first vocabulary verb whose participle follows; its agent after "by" in the clause.
    auto read = [&]() {
      for (const RelationDef& r : relations.relations()) {
        if (r.object != ObjectKind::kEntity) continue;
        for (const VerbForm& v : r.verbs) {
          if (!v.prep.empty() || v.subject_is_object || v.passive_voice || v.participle.empty())
            continue;
          size_t end = verb_at + v.participle.size();
          if (!At(s, verb_at, v.participle) ||
              (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end])))) {
            continue;
          }
          size_t clause_end = std::min(s.find_first_of(",;", end), s.size());
          int agent = possessor;
          if (size_t by = s.find(" by ", end); by < clause_end) {
            size_t a = by + 4;
            for (int n = 0; n < 3 && a < s.size() && LowerWord(s[a]); ++n) {
              size_t sp = s.find(' ', a);
              if (sp == std::string::npos) return;
              a = sp + 1;
            }
            const Mention* by_whom = MentionAt(mentions, a);
            if (!by_whom) return;
            agent = by_whom->entity;
            const std::string& type = ents->at(agent).type;
            if (type == "Place" || type == "Country") return;  // "by the U.S. ..." read short
            end = by_whom->end;
          }
          if (agent < 0 || agent == name.entity) return;
          sink->AddLink(agent, r.id, name.entity, sentence.number, s, from, end,
                        "en:passive-relative:" + r.id);
          return;
        }
      }
    };
    read();
  }
}

}  // namespace kg::ingest
