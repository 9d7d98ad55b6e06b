// "정 장관은", "김 대표가": news writing names a person a second time by surname and title
// alone. The surname stands for the one person of the document with that surname written in
// full before (정민호 장관 ... 정 장관), when there is exactly one. Also the title written onto
// the name of the body it heads (삼척시장, 개인정보보호위원장), which names the person before it.
#include "ingest/mentions/mention_finder_impl.h"

#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

namespace {

// A Korean personal name of 2-4 syllables starting with `surname`.
bool KoreanNameWithSurname(const std::string& name, const std::string& surname) {
  if (name.size() <= surname.size() || name.compare(0, surname.size(), surname) != 0) return false;
  if (!AllOf(name, IsHangulSyllable)) return false;
  int64_t n = CodePointCount(name);
  return n >= 2 && n <= 4;
}

}  // namespace

void MentionFinder::Impl::ShortTitledPersons(const std::vector<Token>& tokens) {
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    const std::string& surname = tokens[k].text;
    if (surname.size() != 3 || !IsSurname(surname) || !AllOf(surname, IsHangulSyllable)) continue;
    ParticleSplit title = SplitParticles(StripTrailing(tokens[k + 1].text));
    if (!f.IsTitle(title.stem) && !f.IsTitle(tokens[k + 1].text)) continue;
    int found = -1;
    bool unique = true;
    for (size_t e = 0; e < ents->entities().size() && unique; ++e) {
      const ExtractedEntity& en = ents->at(static_cast<int>(e));
      if (en.type != "Person") continue;
      bool match = KoreanNameWithSurname(en.name, surname);
      for (const Alias& a : en.aliases) match = match || KoreanNameWithSurname(a.text, surname);
      if (!match) continue;
      if (found >= 0) unique = false;
      found = static_cast<int>(e);
    }
    if (found < 0 || !unique) continue;
    cands.push_back({tokens[k].begin, tokens[k].end, found, -1, 4, Mention::Source::kCue});
  }
}

int MentionFinder::Impl::CompoundTitleBody(const std::string& word) {
  for (const KoreanGrammar::TitledBody& titled : KoreanGrammar::Get().CompoundTitleBodies(word)) {
    int body = Known(titled.body);
    if (body < 0) continue;
    const std::string& kind = ents->at(body).type;
    if (kind == "Organization" || kind == "Government" || kind == "Place") return body;
  }
  return -1;
}

}  // namespace kg::ingest
