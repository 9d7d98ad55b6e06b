// established and located_in for a named joint venture: see en_ventures.h.
#include "ingest/en/en_ventures.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

constexpr int kVentureReach = 4;  // sentences from the partnership to the naming

// The lower-case word that ends right before byte `end` (skipping spaces), and where it starts.
std::string WordBefore(const std::string& s, size_t end, size_t* begin) {
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t b = end;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  *begin = b;
  return LowerAscii(s.substr(b, end - b));
}

// True when only "the" and adjectives of `words`' joint words come before byte `at`.
bool OpensSentence(const std::string& s, size_t at, const EnglishWords& words) {
  for (const std::string& w : WordsOf(s.substr(0, at))) {
    std::string l = LowerAscii(w);
    if (l != "the" && !words.IsJointWord(l) && l != "new") return false;
  }
  return true;
}

void Emit(int subject, const RelationDef& r, int object, int status, const Sentence& sentence,
          size_t b, size_t e, const std::string& rule, FactSink* sink) {
  ExtractedFact f;
  f.subject = subject;
  f.relation = r.id;
  f.object_entity = object;
  if (status >= 0) f.value_qualifiers["status"] = status;
  f.sentence = sentence.number;
  CharSpan(sentence.text, b, e, &f.start, &f.end);
  f.rule = rule;
  sink->Add(std::move(f));
}

}  // namespace

void VentureFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                  const EnglishWords& words, const RelationVocabulary& relations,
                  const DocEntities& ents, VentureMemory* memory, FactSink* sink) {
  const RelationDef* established = relations.Find("established");
  const RelationDef* located = relations.Find("located_in");
  if (!established || !located) return;
  const std::string& s = sentence.text;
  bool venture = false;
  for (const std::string& w : WordsOf(s)) venture |= words.IsVentureNoun(LowerAscii(w));
  if (!venture) return;
  std::vector<int> partners;
  int status = -1;
  for (const ExtractedFact& f : sink->out()->facts) {
    if (f.sentence != sentence.number || f.relation != "partnered_with" || f.negated) continue;
    for (int e : {f.subject, f.object_entity}) {
      if (std::find(partners.begin(), partners.end(), e) == partners.end()) partners.push_back(e);
    }
    auto it = f.value_qualifiers.find("status");
    if (it != f.value_qualifiers.end()) status = it->second;
  }
  if (partners.size() >= 2) *memory = VentureMemory{partners, sentence.number, status};
  if (memory->partners.empty() || sentence.number - memory->sentence > kVentureReach) return;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    size_t naming_at = 0, noun_at = 0;
    if (!words.IsNamingWord(WordBefore(s, m.begin, &naming_at))) continue;
    size_t before = naming_at;
    while (before > 0 && s[before - 1] == ' ') --before;
    if (before > 0 && s[before - 1] == ',') --before;
    if (!words.IsVentureNoun(WordBefore(s, before, &noun_at))) continue;
    int x = m.entity;
    if (ents.at(x).type == "Person") continue;
    if (std::find(memory->partners.begin(), memory->partners.end(), x) != memory->partners.end()) {
      continue;
    }
    for (int p : memory->partners) {
      Emit(p, *established, x, memory->status, sentence, noun_at, m.end, "en:venture:established",
           sink);
    }
    if (!OpensSentence(s, noun_at, words)) continue;
    // "The venture, called X, will be ... based in P": the first name after "based in".
    size_t based = s.find(" based in ", m.end);
    if (based == std::string::npos) continue;
    size_t at = based + std::string(" based in ").size();
    for (size_t j = k + 1; j < mentions.size(); ++j) {
      if (mentions[j].begin != at) continue;
      if (ents.at(mentions[j].entity).type == "Person") break;
      Emit(x, *located, mentions[j].entity, -1, sentence, noun_at, mentions[j].end,
           "en:venture:based", sink);
    }
  }
}

}  // namespace kg::ingest
