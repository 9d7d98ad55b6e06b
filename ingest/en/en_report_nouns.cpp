// Report nouns dropped between a negating verb and its "that" clause: see en_report_nouns.h.
#include "ingest/en/en_report_nouns.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// The word that ends right before byte `at` (over one space), lower-cased.
std::string WordBefore(const std::string& s, size_t at) {
  if (at == 0 || s[at - 1] != ' ') return "";
  size_t e = at - 1, b = e;
  while (b > 0 && WordChar(s[b - 1])) --b;
  return LowerAscii(s.substr(b, e - b));
}

}  // namespace

std::vector<Rewrite> WithoutReportNouns(const std::vector<Rewrite>& taken, const std::string& s,
                                        const EnglishWords& words) {
  std::vector<Rewrite> out = taken;
  const std::string lower = LowerAscii(s);
  for (const std::string& noun : words.report_nouns()) {
    std::string phrase = noun + " that ";
    for (size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
      if (at > 0 && WordChar(s[at - 1])) continue;
      std::string verb = Lemma(WordBefore(s, at), true);
      if (!words.report_verbs().count(verb) || !words.IsNegatingVerb(verb)) continue;
      size_t end = at + noun.size() + 1;  // the noun and its space: "denied that ..."
      bool overlaps = false;
      for (const Rewrite& r : taken) overlaps |= at < r.end && end > r.begin;
      if (!overlaps) out.push_back(Rewrite{at, end, ""});
    }
  }
  return out;
}

}  // namespace kg::ingest
