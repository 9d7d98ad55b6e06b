// Facilities named by their place (issue 10): "군산공장", "평택캠퍼스", "거제조선소" -- a city or
// region the dictionary knows with a facility noun written onto it (ko_grammar.json
// facility_nouns) -- are a Facility, named as written, that is in that place
// (DocEntities::SetSite; the Korean extractor states it, ko_facility_sites.cpp). An
// organisation written before it ("한빛중공업 거제조선소") stays a name of its own, out of the
// facility's name (an alias with it would swallow the organisation's mention later on).
#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "ingest/mentions/mention_finder_impl.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

namespace {

// The longest facility noun `stem` ends in, or empty.
std::string FacilityNoun(const std::string& stem) {
  std::string best;
  for (const std::string& noun : KoreanGrammar::Get().facility_nouns) {
    if (noun.size() > best.size() && EndsWith(stem, noun)) best = noun;
  }
  return best;
}

// Hangul, Latin letters and digits: the letters of a name.
bool NameLetters(const std::string& w) {
  return !w.empty() && AllOf(w, [](char32_t c) {
    return IsHangulSyllable(c) || IsAsciiLetter(c) || IsAsciiDigit(c);
  });
}

}  // namespace

void MentionFinder::Impl::FacilityNames(const std::vector<Token>& tokens) {
  // A country is too wide to name a facility by (미국 공장, 일본 법인 describe, not name): a
  // city, region or district does.
  auto is_place = [&](int e) { return e >= 0 && ents->at(e).type == "Place"; };
  for (size_t k = 0; k < tokens.size(); ++k) {
    ParticleSplit ps = SplitParticles(tokens[k].text);
    const std::string& stem = ps.stem;
    if (!NameLetters(stem)) continue;
    const std::string noun = FacilityNoun(stem);
    if (noun.empty() || noun.size() == stem.size()) continue;
    // 데이터센터 허브: a noun after it (with nothing between) is the phrase's head, not it.
    if (ps.particle.empty() && k + 1 < tokens.size() && tokens[k].end + 1 == tokens[k + 1].begin &&
        HasHangul(tokens[k + 1].text) && Known(SplitParticles(tokens[k + 1].text).stem) < 0) {
      continue;
    }
    // 군산공장, 평택캠퍼스: the place written onto the noun. Any other word written onto it
    // (오창공장, aT센터) is a name the dictionary does not know, and a place written apart
    // from it (울산 공장) only says where a plant of no name is: neither is read.
    const int place = Known(stem.substr(0, stem.size() - noun.size()));
    if (!is_place(place)) continue;
    const size_t b = tokens[k].begin, e = b + stem.size();
    if (Blocked(b, e)) continue;
    int ent = Known(stem);
    if (ent < 0) ent = ents->Intern(stem, "Facility", {});
    ents->SetType(ent, "Facility");
    if (ents->at(ent).type != "Facility") continue;  // a lexicon name of another kind
    ents->SetSite(ent, place);
    cands.push_back({b, e, ent, -1, 2, Mention::Source::kCue});
  }
}

}  // namespace kg::ingest
