// Demonstrative kind phrases ("이 보고서는", "이번 프로젝트에") read as the name they point back
// to: the latest entity of the kind the noun names, mentioned a little before.
#include "ingest/ko/ko_demonstratives.h"

#include <algorithm>

#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_grammar.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

// How many sentences back a demonstrative reaches: "this report" two paragraphs on from the
// report's name still means it; ten sentences on, the text has moved to other things.
constexpr int kReachSentences = 3;

// How well entity `e` fits the kind noun `noun` of type `type`: 2 when one of its names ends in
// the noun or its English word ("... 보고서", "... Report") and it is of that type or untyped,
// 1 when it is only of that type, else 0.
int KindFit(const ExtractedEntity& e, const std::string& noun, const std::string& type,
            const Lexicon& lexicon) {
  if (!e.type.empty() && e.type != type) return 0;
  const std::string english = ToLower(lexicon.Transliterate(noun));
  auto ends_in_noun = [&](const std::string& name) {
    return EndsWith(name, noun) || (!english.empty() && EndsWith(ToLower(name), english));
  };
  if (ends_in_noun(e.name)) return 2;
  for (const Alias& a : e.aliases) {
    if (ends_in_noun(a.text)) return 2;
  }
  return e.type == type ? 1 : 0;
}

// The kind noun of a phrase that is only a demonstrative and a noun ("이 보고서는"), or empty.
std::string DemonstratedNoun(const Chunked& chunks, const Phrase& p) {
  if (!p.referents.empty() || p.last != p.first + 1) return "";
  const Token& determiner = chunks.tokens[static_cast<size_t>(p.first)];
  const Token& noun = chunks.tokens[static_cast<size_t>(p.last)];
  if (!determiner.mentions.empty() || !noun.mentions.empty() || !noun.values.empty()) return "";
  if (!OneOf(ko_words::StripPunct(determiner.text, nullptr), KoreanGrammar::Get().demonstratives))
    return "";
  return ko_words::StripPunct(noun.stem, nullptr);
}

}  // namespace

bool ResolveDemonstratives(const Sentence& sentence, const std::vector<Mention>& mentions,
                           DocEntities* entities, const Discourse& discourse, const Chunked& chunks,
                           Chunked* out) {
  const Lexicon& lexicon = entities->lexicon();
  bool resolved = false;
  for (size_t k = 0; k < chunks.phrases.size(); ++k) {
    const Phrase& p = chunks.phrases[k];
    const std::string noun = DemonstratedNoun(chunks, p);
    const std::string type = noun.empty() ? "" : lexicon.ClassifierType("ko_after_name", noun);
    if (type.empty()) continue;
    // Candidates in the order they were written: the last sentences, then this one before it.
    std::vector<int> before;
    for (const auto& [entity, number] : discourse.named) {
      if (sentence.number - number <= kReachSentences) before.push_back(entity);
    }
    const size_t begin = chunks.tokens[static_cast<size_t>(p.first)].begin;
    for (const Mention& m : mentions) {
      if (m.end <= begin) before.push_back(m.entity);
    }
    int best = -1, best_fit = 0;
    for (int e : before) {
      int fit = KindFit(entities->at(e), noun, type, lexicon);
      if (fit > 0 && fit >= best_fit) {
        best = e;
        best_fit = fit;
      }
    }
    if (best < 0) continue;
    // A name of no known kind the text calls "this report" is a report.
    if (entities->at(best).type.empty()) entities->SetType(best, type);
    if (!resolved) *out = chunks;
    resolved = true;
    out->phrases[k].referents = {best};
  }
  return resolved;
}

void RememberNamed(const Sentence& sentence, const std::vector<Mention>& mentions,
                   Discourse* discourse) {
  auto& named = discourse->named;
  named.erase(std::remove_if(named.begin(), named.end(),
                             [&](const std::pair<int, int>& n) {
                               return sentence.number - n.second >= kReachSentences;
                             }),
              named.end());
  for (const Mention& m : mentions) named.emplace_back(m.entity, sentence.number);
}

}  // namespace kg::ingest
