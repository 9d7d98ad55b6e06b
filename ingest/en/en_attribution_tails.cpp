// The attribution tail after a sentence's last comma, dropped before the parse: see
// en_attribution_tails.h.
#include "ingest/en/en_attribution_tails.h"

#include <set>
#include <string>
#include <vector>

#include "ingest/en/en_word_forms.h"
#include "kg/base/strings.h"

namespace kg::ingest {

namespace {

constexpr size_t kMaxSpeakerWords = 6;  // "people familiar with the matter"
constexpr size_t kMaxAfterWords = 4;    // "in a statement on Monday" is as long as it gets

// A word of the speaker or the closing phrase that shows the tail is a clause of its own: a
// relative word or "that" opens one; after the reporting verb, a finite verb heads one ("...
// said a rival bid was unlikely"). Before it a plural noun may look like a verb ("talks",
// "records"), so the speaker is not tested for one.
bool BreaksTail(const std::string& lower, bool after_verb) {
  static const std::set<std::string> kClauseWords = {"that", "which", "who", "whom", "whose"};
  return kClauseWords.count(lower) > 0 || (after_verb && IsFiniteVerb(lower));
}

// "said", "says", "showed", "show", "told": a reporting verb that heads the tail's clause, not
// "saying" or "to say".
bool FiniteReportingVerb(const std::string& lower, const EnglishWords& words) {
  if (lower.size() > 3 && EndsWith(lower, "ing")) return false;
  return words.IsReportingVerb(Lemma(lower, true));
}

}  // namespace

std::vector<Rewrite> WithoutAttributionTail(const std::vector<Rewrite>& taken, const std::string& s,
                                            const EnglishWords& words) {
  std::vector<Rewrite> out = taken;
  size_t stop = s.find_last_not_of(" \t\"'");
  if (stop == std::string::npos || (s[stop] != '.' && s[stop] != '!')) return out;
  size_t comma = s.rfind(',', stop);
  if (comma == std::string::npos || comma == 0) return out;
  std::vector<std::string> tail = WordsOf(s.substr(comma + 1, stop - comma - 1));
  size_t verb = tail.size();
  for (size_t i = 1; i < tail.size() && i <= kMaxSpeakerWords; ++i)
    if (FiniteReportingVerb(LowerAscii(tail[i]), words)) {
      verb = i;
      break;
    }
  if (verb == tail.size() || tail.size() - verb - 1 > kMaxAfterWords) return out;
  for (size_t i = 0; i < tail.size(); ++i)
    if (i != verb && BreaksTail(LowerAscii(tail[i]), i > verb)) return out;
  // The words before the comma must still make a sentence: a name and a verb at least.
  if (WordsOf(s.substr(0, comma)).size() < 3) return out;
  for (const Rewrite& r : taken)
    if (comma < r.end && stop > r.begin) return out;
  out.push_back(Rewrite{comma, stop, ""});
  return out;
}

}  // namespace kg::ingest
