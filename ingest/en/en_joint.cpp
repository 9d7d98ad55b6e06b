// partnered_with among the companies of a sentence-opening list that act jointly.
#include "ingest/en/en_joint.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// The members of the list of names that opens the sentence: indexes into `mentions`.
std::vector<size_t> OpeningList(const std::string& s, const std::vector<Mention>& mentions,
                                const DocEntities& ents) {
  std::vector<size_t> list;
  if (mentions.empty()) return list;
  for (size_t i = 0; i < mentions.front().begin; ++i) {
    if (std::isalnum(static_cast<unsigned char>(s[i]))) return list;
  }
  list.push_back(0);
  bool joined = false;
  for (size_t k = 1; k < mentions.size(); ++k) {
    if (mentions[k].begin < mentions[k - 1].end) break;
    std::string gap = s.substr(mentions[k - 1].end, mentions[k].begin - mentions[k - 1].end);
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
                const EnglishWords& words, const RelationVocabulary& relations,
                const DocEntities& ents, FactSink* sink) {
  const RelationDef* partnered = relations.Find("partnered_with");
  const std::string& s = sentence.text;
  std::vector<size_t> list = OpeningList(s, mentions, ents);
  if (!partnered || list.empty()) return;
  // The clause after the list, to its first separating comma or stop, and before any other name.
  size_t from = mentions[list.back()].end, end = s.find(", ", from);
  if (end == std::string::npos) end = s.size();
  if (list.back() + 1 < mentions.size()) end = std::min(end, mentions[list.back() + 1].begin);
  bool joint = false;
  std::string word;
  for (size_t i = from; i <= end; ++i) {
    char ch = i < end ? s[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '\'') {
      word += ch;
      continue;
    }
    std::string w = LowerAscii(word);
    if (words.IsNegationWord(w) || words.IsNegatingVerb(Lemma(w, true))) return;
    joint |= words.IsJointWord(w);
    word.clear();
  }
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
      ExtractedFact f;
      f.subject = x;
      f.relation = partnered->id;
      f.object_entity = y;
      f.sentence = sentence.number;
      CharSpan(s, mentions[list.front()].begin, end, &f.start, &f.end);
      f.rule = "en:joint:partnered_with";
      sink->Add(std::move(f));
    }
  }
}

}  // namespace kg::ingest
