// A body that named parties form and name ("a joint venture called X", "The venture, named
// X,"): established, by the parties of the sentence or of the one before.
#include "ingest/en/en_ventures.h"

#include <algorithm>
#include <cctype>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// The venture noun that ends right before `at` (spaces and a comma skipped), or "".
std::string VentureNounBefore(const std::string& lower, size_t at, const EnglishWords& words) {
  while (at > 0 && (lower[at - 1] == ' ' || lower[at - 1] == ',')) --at;
  for (const std::string& noun : words.venture_nouns()) {
    if (at < noun.size() || lower.compare(at - noun.size(), noun.size(), noun) != 0) continue;
    size_t b = at - noun.size();
    if (b == 0 || !std::isalnum(static_cast<unsigned char>(lower[b - 1]))) return noun;
  }
  return "";
}

// Mention indexes named by a naming word right after a venture noun ("venture called X").
struct Naming {
  size_t noun_begin;
  int mention;
};

std::vector<Naming> Namings(const std::string& s, const std::vector<Mention>& mentions,
                            const EnglishWords& words) {
  std::string lower = LowerAscii(s);
  std::vector<Naming> out;
  for (size_t k = 0; k < mentions.size(); ++k) {
    size_t at = mentions[k].begin;
    while (at > 0 && lower[at - 1] == ' ') --at;
    for (const std::string& naming : words.naming_words()) {
      if (at < naming.size() || lower.compare(at - naming.size(), naming.size(), naming) != 0) continue;
      size_t before = at - naming.size();
      std::string noun = VentureNounBefore(lower, before, words);
      if (noun.empty()) continue;
      while (before > 0 && (lower[before - 1] == ' ' || lower[before - 1] == ',')) --before;
      out.push_back({before - noun.size(), static_cast<int>(k)});
      break;
    }
  }
  return out;
}

}  // namespace

std::vector<MergedSpan> VentureNameSpans(const Sentence& sentence, const std::vector<Mention>& mentions,
                                         const EnglishWords& words) {
  std::vector<MergedSpan> out;
  const std::string& s = sentence.text;
  for (const Naming& n : Namings(s, mentions, words)) {
    size_t the = n.noun_begin >= 4 ? n.noun_begin - 4 : std::string::npos;
    if (the != 0 || LowerAscii(s.substr(0, 4)) != "the ") continue;
    out.push_back({0, mentions[static_cast<size_t>(n.mention)].end, n.mention});
  }
  return out;
}

void VentureFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                  const EnglishWords& words, const RelationVocabulary& relations, DocEntities* ents,
                  FactSink* sink, VentureMemory* memory) {
  const RelationDef* established = relations.Find("established");
  const RelationDef* partnered = relations.Find("partnered_with");
  if (!established || !partnered) return;
  const std::string& s = sentence.text;
  std::string lower = LowerAscii(s);
  std::vector<int> parties;
  for (const ExtractedFact& f : sink->out()->facts) {
    if (f.sentence != sentence.number || f.relation != "partnered_with" || f.negated) continue;
    if (f.rule.find("-noun:") == std::string::npos) continue;
    for (int e : {f.subject, f.object_entity}) {
      if (std::find(parties.begin(), parties.end(), e) == parties.end()) parties.push_back(e);
    }
  }
  // "A and B announced a joint venture ...": the opening pair, when the parse stated nothing.
  bool venture_here = false;
  for (const std::string& noun : words.venture_nouns()) venture_here |= lower.find(noun) != std::string::npos;
  if (parties.empty() && venture_here && mentions.size() >= 2 && mentions[0].begin == 0 &&
      s.compare(mentions[0].end, 5, " and ") == 0 && mentions[1].begin == mentions[0].end + 5) {
    parties = {mentions[0].entity, mentions[1].entity};
    ExtractedFact f;
    f.subject = parties[0];
    f.relation = partnered->id;
    f.object_entity = parties[1];
    f.sentence = sentence.number;
    CharSpan(s, 0, mentions[1].end, &f.start, &f.end);
    f.rule = "en:venture:partnered_with";
    sink->Add(std::move(f));
  }
  for (int p : parties) {
    const std::string& type = ents->at(p).type;
    if (type == "Person" || type == "Place" || type == "Country") return;
  }
  if (!parties.empty() && venture_here) *memory = {parties, sentence.number};
  for (const Naming& n : Namings(s, mentions, words)) {
    // "The venture, named X": a definite venture is the one an earlier sentence formed.
    bool definite = n.noun_begin >= 4 && lower.compare(n.noun_begin - 4, 4, "the ") == 0;
    bool recent = definite && sentence.number - memory->sentence <= 2;
    const std::vector<int>& founders = !parties.empty() ? parties : recent ? memory->parties : parties;
    int named = mentions[static_cast<size_t>(n.mention)].entity;
    for (int p : founders) {
      if (p == named) continue;
      ExtractedFact f;
      f.subject = p;
      f.relation = established->id;
      f.object_entity = named;
      f.sentence = sentence.number;
      CharSpan(s, n.noun_begin, mentions[static_cast<size_t>(n.mention)].end, &f.start, &f.end);
      f.rule = "en:venture:established";
      sink->Add(std::move(f));
    }
  }
}

}  // namespace kg::ingest
