// WordNet's C library behind a cache and a mutex: it keeps global state and reads its data
// files on every lookup, while news text repeats the same few hundred words.
#include "ingest/en/wordnet.h"

#include <wn.h>

#include <cctype>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace kg::ingest {

namespace {

constexpr int kNounGroupFile = 14;   // lexnames(5WN): noun.group
constexpr int kNounLocationFile = 15;  // lexnames(5WN): noun.location
constexpr int kNounPersonFile = 18;  // lexnames(5WN): noun.person

int PosOf(WordClass cls) {
  switch (cls) {
    case WordClass::kNoun: return NOUN;
    case WordClass::kVerb: return VERB;
    case WordClass::kAdjective: return ADJ;
    case WordClass::kAdverb: return ADV;
  }
  return NOUN;
}

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

struct WordNet::Impl {
  std::mutex mu;
  std::unordered_map<std::string, std::string> lemmas;  // "<pos>word" -> lemma
  std::unordered_map<std::string, bool> known;
  std::unordered_map<std::string, int> files;  // noun lemma -> lexicographer file of sense 1
};

WordNet::WordNet() : impl_(new Impl) { available_ = wninit() == 0; }

WordNet& WordNet::Shared() {
  static WordNet* wordnet = new WordNet();
  return *wordnet;
}

std::string WordNet::Lemma(const std::string& word, WordClass cls) {
  std::string w = Lower(word);
  if (!available_ || w.empty() || w.size() > 64) return w;
  std::string key = std::to_string(PosOf(cls)) + w;
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto it = impl_->lemmas.find(key);
  if (it != impl_->lemmas.end()) return it->second;
  std::vector<char> buf(w.begin(), w.end());
  buf.push_back('\0');
  std::string lemma = w;
  if (!in_wn(buf.data(), PosOf(cls))) {
    char* base = morphstr(buf.data(), PosOf(cls));
    if (base) lemma = base;
  }
  impl_->lemmas.emplace(key, lemma);
  return lemma;
}

bool WordNet::Has(const std::string& word, WordClass cls) {
  std::string w = Lower(word);
  if (!available_ || w.empty() || w.size() > 64) return false;
  std::string key = std::to_string(PosOf(cls)) + w;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    auto it = impl_->known.find(key);
    if (it != impl_->known.end()) return it->second;
  }
  std::string lemma = Lemma(w, cls);
  std::lock_guard<std::mutex> lock(impl_->mu);
  std::vector<char> buf(lemma.begin(), lemma.end());
  buf.push_back('\0');
  bool has = in_wn(buf.data(), PosOf(cls)) != 0;
  impl_->known.emplace(key, has);
  return has;
}

int WordNet::FirstNounFile(const std::string& word) {
  std::string lemma = Lemma(word, WordClass::kNoun);
  if (!available_ || lemma.empty()) return -1;
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto it = impl_->files.find(lemma);
  if (it != impl_->files.end()) return it->second;
  std::vector<char> buf(lemma.begin(), lemma.end());
  buf.push_back('\0');
  int file = -1;
  IndexPtr index = getindex(buf.data(), NOUN);
  if (index && index->off_cnt > 0) {
    SynsetPtr first = read_synset(NOUN, static_cast<long>(index->offset[0]), buf.data());
    if (first) {
      file = first->fnum;
      free_synset(first);
    }
  }
  if (index) free_index(index);
  impl_->files.emplace(lemma, file);
  return file;
}

bool WordNet::IsPersonNoun(const std::string& word) { return FirstNounFile(word) == kNounPersonFile; }

bool WordNet::IsGroupNoun(const std::string& word) { return FirstNounFile(word) == kNounGroupFile; }

bool WordNet::IsPlaceNoun(const std::string& word) { return FirstNounFile(word) == kNounLocationFile; }

}  // namespace kg::ingest
