// Mention detection. Candidates from every source are collected with a priority, then chosen
// greedily without overlap (defined-in-text names first, then known names, longest first).

#include "ingest/mentions/mentions.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "ingest/ko/korean.h"
#include "ingest/mentions/emphasis.h"
#include "ingest/mentions/mention_finder_impl.h"
#include "ingest/values.h"
#include "kg/base/strings.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

int MentionFinder::Impl::Known(std::string_view surface) {
  if (const std::vector<int>* ids = f.lexicon_names_.Exact(surface)) {
    return ents->FromLexicon(ids->front());
  }
  return ents->Find(surface);
}

std::vector<size_t> MentionFinder::Impl::HeadStarts(size_t end, int max) {
  std::vector<size_t> starts;
  std::string_view s = text();
  size_t e = end;
  while (e > 0 && s[e - 1] == ' ') --e;
  size_t pos = e;
  for (int k = 0; k < max && pos > 0; ++k) {
    size_t b = pos;
    while (b > 0 && s[b - 1] != ' ') {
      size_t prev = b - 1;
      while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80) --prev;
      size_t tmp = prev;
      char32_t c = DecodeUtf8At(s, &tmp);
      if (c == ',' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == '"' ||
          c == '\'' || c == 0x300C || c == 0x300D || c == '(' || c == ')' || c == ':' ||
          c == 0x00B7) {
        break;
      }
      b = prev;
    }
    if (b == pos) break;
    starts.push_back(b);
    if (b == 0 || s[b - 1] != ' ') break;
    pos = b - 1;
    while (pos > 0 && s[pos - 1] == ' ') --pos;
  }
  return starts;
}

bool MentionFinder::Impl::ValidStart(size_t b) {
  if (b == 0) return true;
  char32_t prev = scan.cp[b - 1], cur = scan.cp[b];
  if (!IsWordChar(prev)) return true;
  // A script change starts a word: 對중국, AI산업 (but not Latin inside Latin).
  Script ps = ScriptOf(prev), cs = ScriptOf(cur);
  if (ps == Script::kHan && cs == Script::kHangul) return true;
  if (IsAsciiLetter(cur) || IsAsciiDigit(cur)) return false;
  return false;
}

bool MentionFinder::Impl::ValidEnd(size_t e) {
  if (e >= scan.cp.size()) return true;
  char32_t next = scan.cp[e];
  char32_t last = scan.cp[e - 1];
  if ((IsAsciiLetter(last) || IsAsciiDigit(last)) && (IsAsciiLetter(next) || IsAsciiDigit(next))) {
    return false;
  }
  if (!IsWordChar(next)) return true;
  // The rest of the eojeol must be particles (or a plural/side suffix plus particles).
  size_t j = e;
  while (j < scan.cp.size() && IsWordChar(scan.cp[j])) ++j;
  std::string rest = FromCodePoints(scan.cp, e, j);
  if (IsParticleSequence(rest)) return true;
  for (const char* suffix : {"들", "측", "내", "간", "산", "발", "사"}) {
    size_t n = std::strlen(suffix);
    if (rest.compare(0, n, suffix) == 0 && IsParticleSequence(rest.substr(n))) return true;
  }
  return false;
}

void MentionFinder::Impl::GazetteerMatches() {
  std::vector<Gazetteer::Match> matches;
  for (size_t b = 0; b < scan.cp.size(); ++b) {
    if (scan.folded[b] == ' ' || !ValidStart(b)) continue;
    matches.clear();
    f.lexicon_names_.MatchesAt(scan.folded, b, &matches);
    size_t lexicon_count = matches.size();
    ents->names().MatchesAt(scan.folded, b, &matches);
    const Gazetteer::Match* best = nullptr;
    bool best_lexicon = false;
    for (size_t k = 0; k < matches.size(); ++k) {
      const Gazetteer::Match& m = matches[k];
      if (m.spaces > 0) {
        size_t letters = static_cast<size_t>(std::count_if(
            scan.folded.begin() + static_cast<long>(m.begin),
            scan.folded.begin() + static_cast<long>(m.end), [](char32_t c) { return c != U' '; }));
        if (letters < 4) continue;  // a stray space only inside a long name
      }
      if (scan.folded[m.end - 1] == ' ') continue;
      if (!ValidEnd(m.end)) continue;
      // A name the document wrote capitalised ("Merge Into X", from a title-case headline)
      // is not what the running text's small words say ("will merge into X").
      if (k >= lexicon_count && scan.cp[m.begin] < 128 &&
          std::islower(static_cast<int>(scan.cp[m.begin])) &&
          std::isupper(static_cast<unsigned char>(ents->at(m.ids->front()).name[0]))) {
        continue;
      }
      if (!best || m.end > best->end) {
        best = &m;
        best_lexicon = k < lexicon_count;
      }
    }
    if (!best) continue;
    int entity = best_lexicon ? ents->FromLexicon(best->ids->front()) : best->ids->front();
    cands.push_back(
        {scan.off[best->begin], scan.off[best->end], entity, -1, 2, Mention::Source::kLexicon});
  }
}

void MentionFinder::Impl::LatinNames() {
  std::string_view s = text();
  size_t i = 0;
  while (i < scan.cp.size()) {
    if (!IsLatinLetter(scan.cp[i]) && !IsAsciiDigit(scan.cp[i])) {
      ++i;
      continue;
    }
    if (i > 0 && (IsLatinLetter(scan.cp[i - 1]) || IsAsciiDigit(scan.cp[i - 1]))) {
      ++i;
      continue;
    }
    // A run of Latin words separated by single spaces.
    size_t j = i;
    size_t last_word_end = i;
    while (j < scan.cp.size()) {
      size_t k = j;
      while (k < scan.cp.size() &&
             (IsLatinLetter(scan.cp[k]) || IsAsciiDigit(scan.cp[k]) || scan.cp[k] == '.' ||
              scan.cp[k] == '-' || scan.cp[k] == '&' || scan.cp[k] == '+')) {
        ++k;
      }
      while (k > j && (scan.cp[k - 1] == '.' || scan.cp[k - 1] == '-')) --k;
      if (k == j) break;
      last_word_end = k;
      // Continue only over one space into another Latin word.
      if (k < scan.cp.size() && scan.cp[k] == ' ' && k + 1 < scan.cp.size() &&
          (IsLatinLetter(scan.cp[k + 1]) || IsAsciiDigit(scan.cp[k + 1]))) {
        j = k + 1;
        continue;
      }
      break;
    }
    std::string run = FromCodePoints(scan.cp, i, last_word_end);
    size_t search_from = scan.off[i];
    for (const std::vector<std::string>& segment : NameSegments(Words(run))) {
      std::vector<std::string> words = segment;
      // Drop stop words at the edges.
      while (!words.empty() && IsLatinStopword(words.front())) words.erase(words.begin());
      while (!words.empty() && IsLatinStopword(words.back())) words.pop_back();
      bool namey = std::any_of(words.begin(), words.end(), IsNameWord);
      // A bare version ("R2") is named after its sibling, not here.
      if (words.size() == 1) {
        const std::string& w = words[0];
        size_t letters = 0;
        while (letters < w.size() && std::isalpha(static_cast<unsigned char>(w[letters])))
          ++letters;
        if (letters <= 2 && letters < w.size() &&
            std::all_of(w.begin() + static_cast<long>(letters), w.end(), IsDigitByte)) {
          namey = false;
        }
      }
      if (words.empty() || !namey) continue;
      std::string name;
      for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
      // One letter written onto a Korean word is a label, not a name: 시리즈B, 플랜A.
      if (name.size() == 1 && i > 0 && IsHangulSyllable(scan.cp[i - 1]) && Known(name) < 0)
        continue;
      size_t b = s.find(name, search_from);
      if (b == std::string_view::npos) continue;
      search_from = b + name.size();
      if (ValidEnd(scan.CpAt(b + name.size()))) {
        int e = Known(name);
        if (e < 0) e = ents->Intern(name, TypeFromWords(f.lexicon_, name), {});
        cands.push_back({b, b + name.size(), e, -1, 3, Mention::Source::kLatin});
      }
    }
    i = last_word_end > i ? last_word_end : i + 1;
  }
}

std::vector<Mention> MentionFinder::Impl::Choose() {
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.priority != b.priority) return a.priority < b.priority;
    return (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<Mention> chosen;
  for (const Candidate& c : cands) {
    if (c.source != Mention::Source::kParen && c.source != Mention::Source::kQuote &&
        c.source != Mention::Source::kTopic && Blocked(c.begin, c.end)) {
      continue;
    }
    bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Mention& m) {
      return c.begin < m.end && c.end > m.begin;
    });
    if (overlaps) continue;
    chosen.push_back(Mention{c.begin, c.end, c.entity, c.owner, c.source});
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return chosen;
}

std::vector<Mention> MentionFinder::Impl::Run(const std::vector<ValueMention>& values) {
  for (const ValueMention& v : values) {
    if (v.kind == ValueMention::Kind::kMoney)
      blocked.emplace_back(v.begin, v.end);
    else
      value_spans.emplace_back(v.begin, v.end);
  }
  std::vector<std::pair<size_t, size_t>> quotes = QuoteSpans();
  Topic();
  Parens(quotes);
  Quotes(quotes);
  QuotedEvents(quotes);
  CompoundAbbreviations();
  std::vector<Token> tokens = Tokens();
  TitledPersons(tokens);
  ShortTitledPersons(tokens);
  ForeignTitledPersons(tokens);
  FormerTitledPersons(tokens);
  ClassifiedNames(tokens);
  JurisdictionQualified(tokens);
  GazetteerMatches();
  LatinNames();
  OrganizationsBySuffix(tokens);
  LawsBySuffix(tokens);
  FacilityNames(tokens);
  UnknownNames(tokens);
  PlacesInPlaces(tokens);
  NamesAfterCountries(tokens);
  GovernmentNames();
  KoreanGovernmentNames(tokens);
  std::vector<Mention> chosen = Choose();
  ListSiblings(tokens, &chosen);
  TieredProducts(&chosen);
  VersionedProducts(&chosen);
  SiblingVersions(&chosen);
  return chosen;
}

MentionFinder::MentionFinder(const Lexicon& lexicon, const Gazetteer& lexicon_names,
                             const RelationVocabulary& relations)
    : lexicon_(lexicon), lexicon_names_(lexicon_names) {
  for (const RelationDef& r : relations.relations()) {
    for (const std::string& t : r.ko_titles) titles_.insert(t);
  }
}

bool MentionFinder::IsTitle(const std::string& word) const { return titles_.count(word) > 0; }

bool MentionFinder::IsCompoundTitle(const std::string& word) const {
  if (!AllOf(word, IsHangulSyllable)) return false;
  if (!lexicon_.ClassifierSuffixType("ko_org_suffix", word).empty()) return false;
  const size_t kSyllable = 3;  // bytes of one Hangul syllable in UTF-8
  for (size_t head = 2 * kSyllable; head + 2 * kSyllable <= word.size(); head += kSyllable) {
    if (titles_.count(word.substr(head)) > 0) return true;
  }
  return false;
}

void MentionFinder::Learn(const Sentence& sentence, const std::vector<ValueMention>& values,
                          DocEntities* entities) const {
  Impl impl(*this, sentence, entities);
  impl.Run(values);
}

std::vector<Mention> MentionFinder::Find(const Sentence& sentence,
                                         const std::vector<ValueMention>& values,
                                         DocEntities* entities) const {
  Impl impl(*this, sentence, entities);
  return impl.Run(values);
}

const Mention* MentionAt(const std::vector<Mention>& mentions, size_t at) {
  for (const Mention& m : mentions) {
    if (m.begin == at) return &m;
  }
  return nullptr;
}

}  // namespace kg::ingest
