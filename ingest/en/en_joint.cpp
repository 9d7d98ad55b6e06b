// partnered_with among the companies of a sentence-opening list that act jointly.
#include "ingest/en/en_joint.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// Where mention `k` starts with its descriptor ("Norwegian utility Nordvik Energy").
size_t Start(size_t k, const std::vector<Mention>& mentions,
             const std::vector<MergedSpan>& descriptors) {
  size_t begin = mentions[k].begin;
  for (const MergedSpan& d : descriptors) {
    if (d.mention == static_cast<int>(k)) begin = std::min(begin, d.begin);
  }
  return begin;
}

// The members of the list of names that opens the sentence: indexes into `mentions`.
std::vector<size_t> OpeningList(const std::string& s, const std::vector<Mention>& mentions,
                                const std::vector<MergedSpan>& descriptors,
                                const DocEntities& ents) {
  std::vector<size_t> list;
  if (mentions.empty()) return list;
  for (size_t i = 0; i < Start(0, mentions, descriptors); ++i) {
    if (std::isalnum(static_cast<unsigned char>(s[i]))) return list;
  }
  list.push_back(0);
  bool joined = false;
  for (size_t k = 1; k < mentions.size(); ++k) {
    size_t begin = Start(k, mentions, descriptors);
    if (begin < mentions[k - 1].end) break;
    std::string gap = s.substr(mentions[k - 1].end, begin - mentions[k - 1].end);
    bool comma = gap == ", ";
    bool conj = gap == " and " || gap == ", and " || gap == " and the " || gap == ", and the ";
    if (!comma && !conj) break;
    list.push_back(k);
    if (conj) {
      joined = true;
      break;
    }
  }
  if (!joined) list.clear();
  for (size_t k : list) {
    if (!OrganisationLike(ents.at(mentions[k].entity))) return {};
  }
  return list;
}

}  // namespace

void JointFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                const std::vector<MergedSpan>& descriptors, const EnglishWords& words,
                const RelationVocabulary& relations, const DocEntities& ents, FactSink* sink) {
  const RelationDef* partnered = relations.Find("partnered_with");
  const std::string& s = sentence.text;
  std::vector<size_t> list = OpeningList(s, mentions, descriptors, ents);
  if (!partnered || list.empty()) return;
  // The clause after the list, to its first separating comma or stop, and before any other name.
  size_t from = mentions[list.back()].end, end = s.find(", ", from);
  if (end == std::string::npos) end = s.size();
  if (list.back() + 1 < mentions.size()) end = std::min(end, mentions[list.back() + 1].begin);
  bool joint = false;
  std::string word, previous, verb;  // verb: a partnership verb waiting to see no "with"
  for (size_t i = from; i <= end; ++i) {
    char ch = i < end ? s[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '\'') {
      word += ch;
      continue;
    }
    if (word.empty()) continue;
    std::string w = LowerAscii(word), lemma = Lemma(w, true);
    if (words.IsNegationWord(w) || words.IsNegatingVerb(lemma)) return;
    joint |= words.IsJointWord(w);
    if (!verb.empty() && w != "with") joint = true;
    verb.clear();
    if (words.IsMutualVerb(lemma)) verb = lemma;
    if (!previous.empty() && words.IsMutualVerb(previous + " " + w)) verb = previous + " " + w;
    previous = lemma;
    word.clear();
  }
  joint |= !verb.empty();
  if (!joint) return;
  for (size_t a = 0; a < list.size(); ++a) {
    for (size_t b = a + 1; b < list.size(); ++b) {
      int x = mentions[list[a]].entity, y = mentions[list[b]].entity;
      bool linked = x == y;
      for (const ExtractedFact& f : sink->out()->facts) {
        linked |= f.sentence == sentence.number && ((f.subject == x && f.object_entity == y) ||
                                                    (f.subject == y && f.object_entity == x));
      }
      if (linked) continue;
      sink->AddLink(x, partnered->id, y, sentence.number, s, mentions[list.front()].begin, end,
                    "en:joint:partnered_with");
    }
  }
}

}  // namespace kg::ingest
