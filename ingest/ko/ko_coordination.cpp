// Coordination inside a Korean noun phrase (ko_coordination.h): which tokens are the
// conjuncts of a list of names, walked back from its last name; when a classifier noun after
// the list stands for all of its names rather than for the last one; and when a noun after
// "A와 B의" stands for both owners.
#include "ingest/ko/ko_coordination.h"

#include <string>

#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

using ko_words::StripPunct;

namespace {

const Token& At(const std::vector<Token>& tokens, int i) { return tokens[static_cast<size_t>(i)]; }

// 및, 그리고: a word of its own between two conjuncts.
bool JoiningWord(const Token& t) {
  std::string w = StripPunct(t.text, nullptr);
  return w == "및" || w == "그리고";
}

// A name marked 의 (앤트로픽의).
bool GenitiveName(const Token& t) { return t.role == Role::kGenitive && t.head_is_mention; }

// The first token of the conjunct that ends at token `i`: a name and its gloss written apart
// are one conjunct (**소라 Sora**를: 소라 and Sora are the same entity).
int ConjunctStart(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                  const Phrase& p, int i) {
  while (i > p.first) {
    const Token& t = At(tokens, i);
    const Token& before = At(tokens, i - 1);
    if (t.mentions.empty() || before.mentions.empty() || !before.head_is_mention ||
        before.role != Role::kNone || before.comma ||
        mentions[static_cast<size_t>(before.mentions.back())].entity !=
            mentions[static_cast<size_t>(t.mentions.front())].entity) {
      break;
    }
    --i;
  }
  return i;
}

// The token of the conjunct before the one that ends at token `i`, or -1. A genitive right
// before a conjunct is its own (A의 X와 B의 Y) only when the conjunct before has one too: in
// "A와 B의 X" the genitive B의 modifies X, and A is no conjunct of X.
int PreviousConjunct(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                     const Phrase& p, int i) {
  int j = ConjunctStart(tokens, mentions, p, i) - 1;
  const bool own_genitive = j > p.first && GenitiveName(At(tokens, j));
  if (own_genitive) --j;
  const bool joining_word = j > p.first && JoiningWord(At(tokens, j));
  if (joining_word) --j;
  if (j < p.first) return -1;
  const Token& t = At(tokens, j);
  if (!t.head_is_mention) return -1;
  const bool joined =
      t.comma || t.role == Role::kPartner || t.list_end || (joining_word && t.role == Role::kNone);
  if (!joined) return -1;
  if (own_genitive) {
    const int start = ConjunctStart(tokens, mentions, p, j);
    if (!(start > p.first && GenitiveName(At(tokens, start - 1)))) return -1;
  }
  return j;
}

// The head entities of a conjunct's token: the last mention, or every abbreviation (미·중간).
std::vector<int> HeadEntities(const Token& t, const std::vector<Mention>& mentions) {
  std::vector<int> ents;
  for (int m : t.mentions) {
    if (mentions[static_cast<size_t>(m)].source == Mention::Source::kAbbreviation ||
        m == t.mentions.back()) {
      ents.push_back(mentions[static_cast<size_t>(m)].entity);
    }
  }
  return ents;
}

}  // namespace

int NamesBeforeClassifier(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                          const DocEntities& entities, const Phrase& p) {
  const Token& last = At(tokens, p.last);
  if (!last.mentions.empty() || !last.values.empty() ||
      !OneOf(last.stem, KoreanGrammar::Get().coordination_classifier_nouns)) {
    return -1;
  }
  const int head = p.last - 1;
  if (head < p.first) return -1;
  const Token& name = At(tokens, head);
  if (!name.head_is_mention || name.role != Role::kNone || name.comma) return -1;
  int count = 0;
  for (int i = head; i >= 0; i = PreviousConjunct(tokens, mentions, p, i)) {
    for (int e : HeadEntities(At(tokens, i), mentions)) {
      const std::string& type = entities.at(e).type;
      if (type == "Country" || type == "Place" || type == "Person") return -1;
    }
    ++count;
  }
  return count >= 2 ? head : -1;
}

std::vector<int> Conjuncts(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                           const Phrase& p, int head_end) {
  std::vector<int> referents;
  for (int i = head_end; i >= p.first; i = PreviousConjunct(tokens, mentions, p, i)) {
    const Token& t = At(tokens, i);
    if (!t.head_is_mention) break;
    std::vector<int> ents = HeadEntities(t, mentions);
    referents.insert(referents.begin(), ents.begin(), ents.end());
  }
  return referents;
}

std::vector<int> CoordinatedOwners(const std::vector<Token>& tokens,
                                   const std::vector<Mention>& mentions, const Phrase& p,
                                   int owner) {
  for (int i = p.last - 1; i > p.first; --i) {
    const Token& t = At(tokens, i);
    if (!GenitiveName(t)) continue;
    std::vector<int> owners = Conjuncts(tokens, mentions, p, i);
    if (owners.size() < 2 || owners.back() != owner) return {};
    return owners;
  }
  return {};
}

}  // namespace kg::ingest
