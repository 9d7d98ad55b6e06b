// A place behind an earlier phrase of the same preposition: see en_nested_places.h.
#include "ingest/en/en_nested_places.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kg::ingest {

std::vector<int> NestedPlaces::operator()(const std::vector<int>& heads) const {
  auto named = [&](int h) {
    int k = prepared.MentionIndex(reader.word(h).text);
    return k < 0 ? -1 : mentions[static_cast<size_t>(k)].entity;
  };
  // The first head that names nothing and is a common noun.
  int noun = -1;
  std::vector<int> phrases = heads;
  for (int o : objects) {
    std::vector<int> more = reader.PrepObjects(o, prep);
    phrases.insert(phrases.end(), more.begin(), more.end());
  }
  for (int h : phrases) {
    std::string w = reader.Lower(h);
    bool word = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return std::islower(static_cast<unsigned char>(c)) || c == '-';
    });
    if (named(h) < 0 && word && !words.amount_time_words().count(w) && (noun < 0 || h < noun)) {
      noun = h;
    }
  }
  if (noun < 0) return heads;
  std::vector<int> out;
  for (int h : heads) {
    int e = named(h);
    const std::string& type = e >= 0 ? ents.at(e).type : std::string();
    if (h > noun && (type == "Place" || type == "Country")) continue;
    out.push_back(h);
  }
  return out;
}

}  // namespace kg::ingest
