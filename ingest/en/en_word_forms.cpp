// Word forms from WordNet (see en_word_forms.h).
#include "ingest/en/en_word_forms.h"

#include <cctype>
#include <set>
#include <vector>

#include "ingest/en/wordnet.h"

namespace kg::ingest {

std::string LowerAscii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> WordsOf(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'') {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool IsHeadline(const Sentence& s) {
  const std::string& t = s.text;
  if (t.empty() || t.back() == '.' || t.back() == '"' || t.back() == '?') return false;
  std::vector<std::string> w = WordsOf(t);
  if (w.size() < 4) return false;
  size_t caps = 0;
  for (const std::string& x : w) caps += std::isupper(static_cast<unsigned char>(x[0])) ? 1 : 0;
  return caps * 10 >= w.size() * 6;
}

std::string Lemma(const std::string& word, bool verb) {
  return WordNet::Shared().Lemma(word, verb ? WordClass::kVerb : WordClass::kNoun);
}

bool IsParticiple(const std::string& w) {
  if (w.size() < 4 || w.back() == 's' || w.compare(w.size() - 3, 3, "ing") == 0) return false;
  WordNet& wn = WordNet::Shared();
  return wn.Has(w, WordClass::kVerb) && wn.Lemma(w, WordClass::kVerb) != w;
}

bool IsFiniteVerb(const std::string& w) {
  static const std::set<std::string> kAuxiliaries = {"will", "would", "can", "could", "may", "might",
                                                     "must", "should", "is", "are", "was", "were",
                                                     "has", "have", "had", "does", "did"};
  if (kAuxiliaries.count(w)) return true;
  if (w.size() < 4 || w.compare(w.size() - 3, 3, "ing") == 0) return false;
  WordNet& wn = WordNet::Shared();
  return wn.Has(w, WordClass::kVerb) && wn.Lemma(w, WordClass::kVerb) != w;
}

std::string LetterWordAt(const std::string& s, size_t at, size_t* end) {
  size_t e = at;
  while (e < s.size() && (std::isalpha(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
  *end = e;
  return s.substr(at, e - at);
}

}  // namespace kg::ingest
