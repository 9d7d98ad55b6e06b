// A bare event noun opening a sentence (포럼은, 기공식에는) read as the event just named.
#include "ingest/ko/ko_event_nouns.h"

#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"
#include "kg/base/strings.h"

namespace kg::ingest {

namespace {

// How many sentences back the noun reaches: the sentence after the event's name, or the one
// after that; further on a bare 포럼 may be any forum.
constexpr int kReachSentences = 2;

}  // namespace

bool ResolveEventNouns(const Sentence& sentence, const DocEntities& entities,
                       const Discourse& discourse, const Chunked& chunks, Chunked* out) {
  if (chunks.sequence.empty() || chunks.sequence.front() < 0) return false;
  const size_t k = static_cast<size_t>(chunks.sequence.front());
  const Phrase& p = chunks.phrases[k];
  if (!p.referents.empty() || p.first != 0 || p.last != 0) return false;
  const Token& t = chunks.tokens[0];
  if (!t.mentions.empty() || !t.values.empty()) return false;
  const std::string noun = ko_words::StripPunct(t.stem, nullptr);
  if (!OneOf(noun, KoreanGrammar::Get().event_nouns)) return false;
  int best = -1;
  for (const auto& [entity, number] : discourse.named) {
    if (sentence.number - number > kReachSentences || number >= sentence.number) continue;
    const ExtractedEntity& e = entities.at(entity);
    if (e.type != "Event") continue;
    if (EndsWith(e.name, noun) || e.name.find(noun + " ") != std::string::npos) best = entity;
  }
  if (best < 0) return false;
  *out = chunks;
  out->phrases[k].referents = {best};
  return true;
}

}  // namespace kg::ingest
