// Sites a clause builds, written as a common noun phrase: the entity and its place.
#include "ingest/en/en_sites.h"

#include <cctype>
#include <string>

#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

bool LowerWord(const std::string& w) {
  if (w.empty()) return false;
  for (char ch : w) {
    if (!std::islower(static_cast<unsigned char>(ch)) && ch != '-') return false;
  }
  return true;
}

bool InValue(const std::vector<ValueMention>& values, size_t b, size_t e) {
  for (const ValueMention& v : values) {
    if (b < v.end && e > v.begin) return true;
  }
  return false;
}

// The site phrase's first byte: back from the head over lower-case words that are neither a
// determiner (the descriptor breaks) nor part of an amount ("a $4.3 billion cell plant").
size_t PhraseBegin(int head, size_t head_begin, const SiteReading& at) {
  size_t b = head_begin;
  for (int w = head - 1; w > 0; --w) {
    const std::string& t = at.reader.word(w).text;
    if (!LowerWord(t) || at.words.descriptor_breaks().count(t)) break;
    size_t sb, se;
    at.prepared.ToSource(at.reader.word(w).begin, at.reader.word(w).end, &sb, &se);
    if (se <= sb || InValue(at.values, sb, se)) break;
    b = sb;
  }
  return b;
}

// "Raleigh, North Carolina": a name after a place and a comma that is a place too, or untyped
// and ends a phrase (not "in Texas, Acme said").
bool StateAfter(const std::string& s, const Mention& state, const ExtractedEntity& e) {
  if (e.type == "Place" || e.type == "Country") return true;
  return e.type.empty() &&
         (state.end >= s.size() || std::string(",.;:)").find(s[state.end]) != std::string::npos);
}

// The named place of an "in" or "at" phrase on the site's noun or on its verb, or -1.
int SitePlace(const Clause& c, int head, const SiteReading& at) {
  for (const char* prep : {"in", "at"}) {
    std::vector<int> heads = at.reader.PrepObjects(head, prep);
    if (auto it = c.preps.find(prep); it != c.preps.end())
      heads.insert(heads.end(), it->second.begin(), it->second.end());
    for (int h : heads) {
      auto m = at.prepared.mentions.find(at.reader.word(h).text);
      if (m == at.prepared.mentions.end()) continue;
      size_t k = static_cast<size_t>(m->second);
      const Mention& place = at.mentions[k];
      if (at.ents->at(place.entity).type == "Person") continue;
      // "in Bartow County, Georgia": the place and its state are one place.
      const std::string& s = at.sentence.text;
      if (k + 1 < at.mentions.size() && at.mentions[k + 1].begin == place.end + 2 &&
          s.compare(place.end, 2, ", ") == 0 &&
          StateAfter(s, at.mentions[k + 1], at.ents->at(at.mentions[k + 1].entity))) {
        return at.ents->Intern(s.substr(place.begin, at.mentions[k + 1].end - place.begin), "Place",
                               {});
      }
      return place.entity;
    }
  }
  return -1;
}

}  // namespace

std::vector<int> BuiltSites(const Clause& c, const RelationSense& sense,
                            const std::vector<int>& owners, const SiteReading& at) {
  std::vector<int> out;
  if (!sense.relation || !sense.prep.empty() || c.passive ||
      !at.words.TakesSiteObject(sense.relation->id))
    return out;
  for (int o : c.objects) {
    const LinkWord& head = at.reader.word(o);
    if (at.prepared.mentions.count(head.text) ||
        !at.words.IsUndertakingHead(Lemma(LowerAscii(head.text), false)))
      continue;
    size_t hb, he;
    at.prepared.ToSource(head.begin, head.end, &hb, &he);
    if (he <= hb) continue;
    std::string phrase =
        at.sentence.text.substr(PhraseBegin(o, hb, at), he - PhraseBegin(o, hb, at));
    if (phrase.find(' ') == std::string::npos) continue;  // "a plant": too bare to be one site
    int place = SitePlace(c, o, at);
    if (place < 0 && owners.empty()) continue;
    std::string where = at.ents->at(place >= 0 ? place : owners.front()).name;
    int site = at.ents->Intern(where.substr(0, where.find(',')) + " " + phrase, "Project",
                               {Alias{phrase, "en"}});
    out.push_back(site);
    if (place < 0) continue;
    ExtractedFact f;
    f.subject = site;
    f.relation = "located_in";
    f.object_entity = place;
    f.sentence = at.sentence.number;
    CharSpan(at.sentence.text, hb, he, &f.start, &f.end);
    f.rule = "en:site:located_in";
    at.sink->Add(std::move(f));
  }
  return out;
}

}  // namespace kg::ingest
