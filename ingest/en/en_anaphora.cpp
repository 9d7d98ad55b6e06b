// Head nouns of names and descriptors, remembered through a document.
#include "ingest/en/en_anaphora.h"

#include <cctype>
#include <string>
#include <vector>

#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

// The last word of `text` lower-cased and singular, when it is a common noun; else "".
std::string HeadNoun(const std::string& text) {
  size_t end = text.size();
  while (end > 0 && !std::isalpha(static_cast<unsigned char>(text[end - 1]))) --end;
  size_t begin = end;
  while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-')) --begin;
  std::string word = text.substr(begin, end - begin);
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  WordNet& wn = WordNet::Shared();
  if (word.size() < 3 || !wn.Has(word, WordClass::kNoun)) return "";
  return wn.Lemma(word, WordClass::kNoun);
}

// Up to `n` words right before byte `at`, joined to it by single spaces only, in text order.
std::vector<std::string> WordsBefore(const std::string& text, size_t at, size_t n) {
  std::vector<std::string> out;
  size_t end = at;
  while (out.size() < n && end >= 2 && text[end - 1] == ' ' && std::isalpha(static_cast<unsigned char>(text[end - 2]))) {
    size_t begin = end - 1;
    while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-')) --begin;
    out.insert(out.begin(), text.substr(begin, end - 1 - begin));
    end = begin;
  }
  return out;
}

}  // namespace

void DefiniteHeads::Note(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const DocEntities& ents) {
  for (const Mention& m : mentions) {
    const ExtractedEntity& e = ents.at(m.entity);
    if (e.type == "Person" || e.name.find(' ') == std::string::npos) continue;
    std::string head = HeadNoun(e.name);
    if (!head.empty()) heads_.emplace_back(head, m.entity);
  }
  for (const Mention& m : mentions) {
    if (ents.at(m.entity).type == "Person") continue;
    // "Ohio discount chain Brightwell Stores", "buyout firm Harlan": a lower-case noun right
    // before the name, itself after a noun, an adjective or a capitalised word.
    std::vector<std::string> before = WordsBefore(sentence.text, m.begin, 2);
    if (before.size() < 2 || !std::islower(static_cast<unsigned char>(before[1][0]))) continue;
    WordNet& wn = WordNet::Shared();
    const std::string& w0 = before[0];
    bool modifier = std::isupper(static_cast<unsigned char>(w0[0])) || wn.Has(w0, WordClass::kNoun) ||
                    wn.Has(w0, WordClass::kAdjective);
    std::string head = modifier ? HeadNoun(before[1]) : "";
    if (!head.empty()) heads_.emplace_back(head, m.entity);
  }
}

int DefiniteHeads::Resolve(const std::string& noun) const {
  for (auto it = heads_.rbegin(); it != heads_.rend(); ++it) {
    if (it->first == noun) return it->second;
  }
  return -1;
}

}  // namespace kg::ingest
