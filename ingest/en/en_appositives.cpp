// Closed appositives after a name, merged into the name for the parse (see en_appositives.h).
#include "ingest/en/en_appositives.h"

#include <cctype>

#include "ingest/en/wordnet.h"

namespace kg::ingest {

std::vector<MergedSpan> AppositiveSpans(const Sentence& sentence,
                                        const std::vector<Mention>& mentions,
                                        const std::function<bool(const std::string&)>& finite) {
  const std::string& s = sentence.text;
  std::vector<MergedSpan> out;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    size_t at = m.end;
    bool article = false;
    for (const char* a : {", the ", ", a ", ", an "}) {
      size_t n = std::string(a).size();
      if (s.compare(at, n, a) == 0) article = true, at += n;
      if (article) break;
    }
    if (!article) continue;
    size_t close = s.find(',', at);
    if (close == std::string::npos) continue;
    // ", and C": the appositive is an item of a list.
    if (s.compare(close, 6, ", and ") == 0 || s.compare(close, 5, ", or ") == 0) continue;
    // A name inside only as a modifier ("the Nordic insurer", "the maker of the Starfall
    // games"); one ending the phrase ("the LG Group,") makes it an item of its own.
    bool ok = true;
    for (const Mention& o : mentions) {
      if (o.begin >= at && o.begin < close && (o.end >= close || s.compare(o.end, 5, " and ") == 0))
        ok = false;
    }
    int words = 0;
    size_t i = at;
    while (ok && i < close) {
      size_t e = i;
      while (e < close && s[e] != ' ') ++e;
      std::string w = s.substr(i, e - i);
      if (!w.empty() && std::islower(static_cast<unsigned char>(w[0]))) {
        bool verb = finite(w) && !WordNet::Shared().Has(w, WordClass::kNoun);  // not "games"
        if (verb || w == "which" || w == "that" || w == "who" || w == "whose") ok = false;
      }
      i = e + 1;
      ++words;
    }
    if (!ok || words < 2 || words > 12) continue;
    out.push_back({m.begin, close + 1, static_cast<int>(k)});
  }
  return out;
}

}  // namespace kg::ingest
