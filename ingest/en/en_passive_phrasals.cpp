// Phrasal participles the parse misreads after "be", read as one-word participles: see
// en_passive_phrasals.h.
#include "ingest/en/en_passive_phrasals.h"

#include <cctype>
#include <set>
#include <string>

namespace kg::ingest {

namespace {

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// The word that ends right before byte `at` (over spaces), lower-cased.
std::string WordBefore(const std::string& s, size_t at) {
  size_t e = at;
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && WordChar(s[b - 1])) --b;
  std::string w = s.substr(b, e - b);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// True when a name follows " by " behind byte `from` in the same clause (before a comma or
// semicolon): the phrase is a passive with its agent.
bool HasAgent(const std::string& s, size_t from, const std::vector<Mention>& mentions) {
  size_t stop = s.find_first_of(",;", from);
  if (stop == std::string::npos) stop = s.size();
  size_t by = s.find(" by ", from);
  if (by == std::string::npos || by >= stop) return false;
  for (const Mention& m : mentions) {
    if (m.begin > by && m.begin < stop) return true;
  }
  return false;
}

}  // namespace

std::vector<Rewrite> WithPassivePhrasals(const std::vector<Rewrite>& taken, const std::string& s,
                                         const std::vector<Mention>& mentions,
                                         const EnglishWords& words) {
  static const std::set<std::string> kBe = {"was", "were", "is", "are", "be", "been", "being"};
  std::vector<Rewrite> out = taken;
  for (const auto& [phrase, participle] : words.misread_participles()) {
    for (size_t at = s.find(phrase); at != std::string::npos; at = s.find(phrase, at + 1)) {
      size_t end = at + phrase.size();
      if ((at > 0 && WordChar(s[at - 1])) || (end < s.size() && WordChar(s[end]))) continue;
      if (!kBe.count(WordBefore(s, at)) || !HasAgent(s, end, mentions)) continue;
      bool overlaps = false;
      for (const Rewrite& r : taken) overlaps |= at < r.end && end > r.begin;
      if (!overlaps) out.push_back(Rewrite{at, end, participle});
    }
  }
  return out;
}

}  // namespace kg::ingest
