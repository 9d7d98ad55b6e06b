// Reading one token of a Korean sentence as a predicate through the dictionary: a relation
// word by its lemma (any ending), a light verb after a relation noun, or a verb form that only
// ends a clause.
#include <algorithm>
#include <cstring>

#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace ko_words;

bool KoreanChunker::LightVerb(const Token& t, Predicate* out) const {
  if (!morphology_ || !t.mentions.empty() || !t.values.empty()) return false;
  std::string word = StripPunct(t.text, nullptr);
  if (word.empty()) return false;
  for (const WordReading& r : morphology_->Analyze(word)->readings) {
    if (!r.predicate || r.compound || !light_verbs_.count(r.lemma)) continue;
    Predicate p;
    p.light = true;
    p.stem = r.key;
    p.ending = AnalyzeEnding(r.rest.empty() ? std::string("다") : r.rest);
    *out = p;
    return true;
  }
  return false;
}

bool KoreanChunker::ClauseEnd(const Token& t, Predicate* out) const {
  if (!morphology_ || !t.mentions.empty() || !t.values.empty() || t.postposition) return false;
  std::string word = StripPunct(t.text, nullptr);
  if (word.empty()) return false;
  // A time word the document's date did not make a value of is still no clause of its own:
  // the dictionary reads 지난해 as 지난하다 + -해 too, which cut "X가 지난해 공개한 Y" apart.
  if (OneOf(word, KoreanGrammar::Get().ranking_time_words)) return false;
  for (const WordReading& r : morphology_->Analyze(word)->readings) {
    if (!r.predicate || r.compound) continue;
    // A bare one-syllable stem is no verb form (새 기술: an adnominal, not 새다).
    if (r.rest.empty() && CodePointCount(word) == 1) continue;
    Ending e = AnalyzeEnding(r.rest.empty() ? std::string("다") : r.rest);
    if (e.kind != EndingKind::kFinal && e.kind != EndingKind::kConnective &&
        e.kind != EndingKind::kQuotative) {
      continue;
    }
    Predicate p;
    p.stem = r.key;
    p.ending = e;
    *out = p;
    return true;
  }
  return false;
}

bool KoreanChunker::LemmaPredicate(const std::vector<Token>& tokens, int index,
                                   Predicate* out) const {
  const Token& t = tokens[static_cast<size_t>(index)];
  if (!morphology_ || !t.mentions.empty() || !t.values.empty()) return false;
  std::string word = StripPunct(t.text, nullptr);
  if (word.empty() || word.find(' ') != std::string::npos) return false;
  std::shared_ptr<const WordAnalysis> a = morphology_->Analyze(word);
  for (const WordReading& r : a->readings) {
    if (!r.predicate || r.compound) continue;
    auto it = stems_by_lemma_.find(r.key);
    if (it == stems_by_lemma_.end()) continue;
    // The entries whose words before the last one are written right before this token.
    std::vector<size_t> entries;
    int first_token = index;
    for (size_t k : it->second) {
      const std::string& stem = stems_[k].stem;
      size_t space = stem.rfind(' ');
      if (space == std::string::npos) {
        entries.push_back(k);
        continue;
      }
      std::string before = stem.substr(0, space);
      int words = 1 + static_cast<int>(std::count(before.begin(), before.end(), ' '));
      if (index < words) continue;
      std::string written;
      for (int w = index - words; w < index; ++w) {
        written += (written.empty() ? "" : " ") + StripPunct(tokens[static_cast<size_t>(w)].text, nullptr);
      }
      if (written == before) {
        entries.insert(entries.begin(), k);  // the longer cue first
        first_token = index - words;
      }
    }
    if (entries.empty()) continue;
    Predicate p;
    p.first_token = first_token;
    const StemEntry& first = stems_[entries.front()];
    p.stem = first.stem;
    p.inverse = first.inverse;
    p.swap = first.swap && r.light != "시키";
    p.intransitive = first.intransitive && r.light != "시키";  // X를 출범시켰다 takes an object
    for (size_t k : entries) {
      const StemEntry& st = stems_[k];
      if (st.inverse != p.inverse || st.stem != first.stem) continue;
      if (std::find(p.relations.begin(), p.relations.end(), st.relation) == p.relations.end()) {
        p.relations.push_back(st.relation);
      }
    }
    // 하다/되다/받다 verbs: the ending after the noun (했다, 된, 받은) carries voice as before.
    p.ending = AnalyzeEnding(r.rest.empty() ? std::string("다") : r.rest);
    if (r.light.empty() && r.rest.empty()) p.ending.kind = EndingKind::kFinal;
    *out = p;
    return true;
  }
  return false;
}

const std::vector<size_t>& KoreanChunker::StemsStartingLike(std::string_view text) const {
  static const std::vector<size_t> kNone;
  if (text.empty()) return kNone;
  size_t pos = 0;
  auto it = stems_by_first_.find(DecodeUtf8At(text, &pos));
  return it == stems_by_first_.end() ? kNone : it->second;
}

}  // namespace kg::ingest
