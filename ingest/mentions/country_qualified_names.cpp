// News writing names a foreign company by its country and its name alone ("중국 X가",
// "일본 X, 독일 Y 등과"): a word the dictionary does not know right after a country, in the
// place of an actor (subject, topic, partner) or of a list member (a comma, 등), is a name.
// Its kind stays open; the place descriptor rule (ko_extract.cpp) reads where it is from.
// (Such a word marked 에/에서/의 is a place in the country: PlacesInPlaces.)
#include "ingest/mentions/mention_finder_impl.h"

#include "ingest/ko/korean.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

void MentionFinder::Impl::NamesAfterCountries(const std::vector<Token>& tokens) {
  if (!f.morphology_) return;
  for (size_t k = 1; k < tokens.size(); ++k) {
    int country = Known(tokens[k - 1].text);
    if (country < 0 || ents->at(country).type != "Country") continue;
    const std::string& raw = tokens[k].text;
    std::string word = StripTrailing(raw);
    if (word.empty() || !IsHangulSyllable(ToCodePoints(word).front())) continue;
    ParticleSplit ps = SplitParticles(word);
    bool actor = ps.role == Role::kSubject || ps.role == Role::kTopic || ps.role == Role::kFocus ||
                 ps.role == Role::kPartner;
    bool listed = ps.list_end || (ps.particle.empty() && raw.back() == ',') ||
                  (ps.particle.empty() && k + 1 < tokens.size() && StartsWith(tokens[k + 1].text, "등"));
    if (!actor && !listed) continue;
    if (Blocked(tokens[k].begin, tokens[k].begin + ps.stem.size()) || !UnknownWord(word, ps.stem)) continue;
    int e = ents->Intern(ps.stem, "", {});
    cands.push_back({tokens[k].begin, tokens[k].begin + ps.stem.size(), e, -1, 5, Mention::Source::kCue});
  }
}

}  // namespace kg::ingest
