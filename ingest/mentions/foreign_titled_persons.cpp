// "엘레나 브로디 의장", "호세 무뇨스 현대차 대표이사": a foreign person written in Hangul is
// two words, a given name and a family name, before the title. Neither word is one the
// dictionary knows, and the family name is not shaped like a Korean one (surname + two
// syllables), which TitledPersons reads as a Korean person after an organisation's name.
#include "ingest/mentions/mention_finder_impl.h"

#include "ingest/ko/korean.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

namespace {

bool KoreanShapedName(const std::string& word) {
  return CodePointCount(word) == 3 && IsSurname(std::string_view(word).substr(0, 3));
}

}  // namespace

void MentionFinder::Impl::ForeignTitledPersons(const std::vector<Token>& tokens) {
  if (!f.morphology_) return;
  // A bare Hangul word of two to four syllables that is no word of the language, no name the
  // document knows, and no organisation by its suffix.
  auto bare_foreign_word = [&](const std::string& w) {
    if (!AllOf(w, IsHangulSyllable)) return false;
    int64_t n = CodePointCount(w);
    if (n < 2 || n > 4 || !PlausibleName(w) || Known(w) >= 0) return false;
    if (!f.lexicon_.ClassifierSuffixType("ko_org_suffix", w).empty()) return false;
    return !f.morphology_->Analyze(w)->known;
  };
  for (size_t k = 0; k + 2 < tokens.size(); ++k) {
    const std::string& given = tokens[k].text;
    const std::string& family = tokens[k + 1].text;
    // The title follows, or an organisation or country the document knows and then the title
    // (tested first: most words are followed by no title).
    bool titled = TitleAt(tokens, k + 2);
    if (!titled && k + 3 < tokens.size() && TitleAt(tokens, k + 3)) {
      int org = Known(StripTrailing(tokens[k + 2].text));
      titled = org >= 0 && ents->at(org).type != "Person";
    }
    if (!titled) continue;
    if (!bare_foreign_word(given) || !bare_foreign_word(family) || KoreanShapedName(family)) continue;
    std::string name = given + " " + family;
    int e = Known(name);
    if (e >= 0 && ents->at(e).type != "Person" && !ents->at(e).type.empty()) continue;
    if (e < 0) e = ents->Intern(name, "Person", {});
    cands.push_back({tokens[k].begin, tokens[k + 1].end, e, -1, 4, Mention::Source::kCue});
  }
}

}  // namespace kg::ingest
