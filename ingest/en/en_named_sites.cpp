// located_in for a site's name before "in <Place>": see en_named_sites.h.
#include "ingest/en/en_named_sites.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

// The lower-case word starting at byte `at` (empty when none); `end` gets where it ends.
std::string LowerWordAt(const std::string& s, size_t at, size_t* end) {
  size_t e = at;
  while (e < s.size() && std::islower(static_cast<unsigned char>(s[e]))) ++e;
  *end = e;
  return s.substr(at, e - at);
}

bool IsPlace(const std::string& s, const Mention& m, const DocEntities& ents) {
  const std::string& t = ents.at(m.entity).type;
  if (t == "Country" || t == "Place") return true;
  if (!t.empty()) return false;
  std::string w = s.substr(m.begin, m.end - m.begin);
  if (w.find(' ') != std::string::npos || w.find('-') != std::string::npos) return false;
  return WordNet::Shared().IsPlaceNoun(w);
}

bool Located(int entity, FactSink& sink) {
  for (const ExtractedFact& f : sink.out()->facts) {
    if (f.subject == entity && f.relation == "located_in") return true;
  }
  return false;
}

}  // namespace

void NamedSiteFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                    const EnglishWords& words, const RelationVocabulary& relations,
                    DocEntities* ents, FactSink* sink) {
  const RelationDef* located_in = relations.Find("located_in");
  if (!located_in) return;
  const std::string& s = sentence.text;
  WordNet& wn = WordNet::Shared();
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    const Mention& site = mentions[k];
    const ExtractedEntity& e = ents->at(site.entity);
    if (!e.type.empty() && e.type != "Organization" && e.type != "Project") continue;
    size_t at = site.end;
    while (at < s.size() && s[at] == '*') ++at;
    // The head: the name's own last word ("Skarnes Spaceport") or the noun after it.
    size_t last = e.name.rfind(' ');
    bool headed =
        last != std::string::npos && words.IsUndertakingHead(LowerAscii(e.name.substr(last + 1)));
    // A noun after the name makes it the site's name only after a possessive ("the group's
    // Metaplant America factory"); "the Tesla plant" is the plant of a company.
    bool possessed =
        site.begin >= 3 && (s.compare(site.begin - 3, 3, "'s ") == 0 ||
                            (site.begin >= 4 && s.compare(site.begin - 4, 4, "its ") == 0));
    if (!headed && possessed && at + 1 < s.size() && s[at] == ' ') {
      size_t end = 0;
      std::string next = LowerWordAt(s, at + 1, &end);
      if (!next.empty() && words.IsUndertakingHead(next)) headed = true, at = end;
    }
    if (!headed || s.compare(at, 4, " in ") != 0) continue;
    at += 4;
    size_t end = 0;
    std::string direction = LowerWordAt(s, at, &end);
    if (!direction.empty()) {
      if (end >= s.size() || s[end] != ' ' || !wn.Has(direction, WordClass::kAdjective)) {
        continue;
      }
      at = end + 1;
    }
    while (at < s.size() && s[at] == '*') ++at;
    const Mention& place = mentions[k + 1];
    if (place.begin != at || !IsPlace(s, place, *ents) || Located(site.entity, *sink)) continue;
    sink->AddLink(site.entity, located_in->id, place.entity, sentence.number, s, site.begin,
                  place.end, "en:named-site:located_in");
  }
}

}  // namespace kg::ingest
