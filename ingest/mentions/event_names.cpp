// Event names in quotes and bold (see event_names.h): the event noun decides, and the name
// inside the quotes keeps its own entity when the noun stands after them.
#include "ingest/mentions/event_names.h"

#include <algorithm>

#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/korean.h"
#include "ingest/mentions/mention_finder_impl.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

bool Year(const std::string& w) {
  return w.size() == 4 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Hangul, Latin letters, digits and the hyphen of a pair (한-사우디): the words of a name.
bool NameWord(const std::string& w) {
  for (char32_t c : ToCodePoints(w)) {
    bool ok = IsHangulSyllable(c) ||
              (c < 128 && (std::isalnum(static_cast<int>(c)) || c == '-' || c == '.'));
    if (!ok) return false;
  }
  return !w.empty();
}

}  // namespace

std::string EventNounOfName(const std::vector<std::string>& words) {
  const std::vector<std::string>& nouns = KoreanGrammar::Get().event_nouns;
  size_t n = words.size();
  if (n < 2) return "";
  for (const std::string& w : words) {
    if (!NameWord(w)) return "";
  }
  // 서울 AI 신뢰 포럼 2025: the event noun, then the year of the edition.
  if (Year(words[n - 1])) return n >= 3 && OneOf(words[n - 2], nouns) ? words[n - 2] : "";
  if (OneOf(words[n - 1], nouns)) return words[n - 1];
  // 한-사우디 투자포럼: the noun written onto the last word, something before it.
  for (const std::string& noun : nouns) {
    if (words[n - 1].size() > noun.size() && EndsWith(words[n - 1], noun)) return noun;
  }
  return "";
}

bool LearnEmphasizedEvent(const std::string& span, DocEntities* entities) {
  std::vector<std::string> words = mention_text::Words(span);
  if (words.size() > 6 || EventNounOfName(words).empty()) return false;
  std::string name = mention_text::TidyName(span);
  int e = entities->Find(name);
  if (e < 0) {
    entities->Intern(name, "Event", {});
  } else if (entities->at(e).type.empty()) {
    entities->SetType(e, "Event");
  }
  return true;
}

void MentionFinder::Impl::QuotedEvents(const std::vector<std::pair<size_t, size_t>>& spans) {
  std::string_view s = text();
  const std::vector<std::string>& nouns = KoreanGrammar::Get().event_nouns;
  for (const auto& [qb, qe] : spans) {
    size_t oe = qb + (static_cast<unsigned char>(s[qb]) < 0x80 ? 1 : 3);
    size_t cb = static_cast<unsigned char>(s[qe - 1]) < 0x80 ? qe - 1 : qe - 3;
    if (cb <= oe || IsSpeech(qe)) continue;
    std::string content = mention_text::TidyName(Trim(s.substr(oe, cb - oe)));
    std::vector<std::string> words = mention_text::Words(content);
    if (content.empty() || words.size() > 8 || content.find('(') != std::string::npos) continue;
    // '디지털 전환 국제 콘퍼런스': the quoted name is the event's.
    if (!EventNounOfName(words).empty()) {
      int e = Known(content);
      if (e >= 0 && ents->at(e).type.empty()) ents->SetType(e, "Event");
      continue;
    }
    // 'X' 출범식: the noun right after the quote (one space or none) ends the event's name.
    size_t b = qe;
    if (b < s.size() && s[b] == ' ') ++b;
    size_t end = b;
    while (end < s.size() && s[end] != ' ' && s[end] != ',' && s[end] != '.') ++end;
    if (end == b) continue;
    ParticleSplit ps = SplitParticles(s.substr(b, end - b));
    if (!OneOf(ps.stem, nouns)) continue;
    std::string name = content + " " + ps.stem;
    int e = Known(name);
    if (e < 0) {
      e = ents->Intern(name, "Event", {});
    } else if (ents->at(e).type.empty()) {
      ents->SetType(e, "Event");
    }
    cands.push_back({qb, b + ps.stem.size(), e, -1, 1, Mention::Source::kQuote});
  }
}

}  // namespace kg::ingest
