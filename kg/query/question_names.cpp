// Longest-match name finding over the graph's name index (names column family).
#include "kg/query/question_names.h"
#include "kg/base/strings.h"

#include <algorithm>

#include "ingest/ko/korean.h"
#include "kg/base/unicode.h"

namespace kg {

namespace {

constexpr size_t kMaxNameWords = 8;
constexpr size_t kPrefixListLimit = 5000;


std::string Join(const std::vector<std::string>& words, size_t first, size_t end,
                 const std::string& last) {
  std::string out;
  for (size_t k = first; k < end; ++k) {
    if (k > first) out += ' ';
    out += k + 1 == end ? last : words[k];
  }
  return out;
}

}  // namespace

std::string TrimPunctuation(const std::string& word) {
  std::string w = word;
  while (!w.empty() && std::string("?.!,;:\"'").find(w.back()) != std::string::npos) {
    if (w.back() == '\'' && EndsWith(w, "s'")) break;  // TotalEnergies' (possessive)
    w.pop_back();
  }
  for (const char* mark : {"\xE2\x80\x9D", "\xE2\x80\x99"}) {  // closing quotes
    if (EndsWith(w, mark) && !EndsWith(w, std::string("s") + mark)) w.resize(w.size() - 3);
  }
  return w;
}

bool KoreanNameTail(const std::vector<std::string>& name_endings, const std::string& rest) {
  if (rest.empty() || ingest::IsParticleSequence(rest)) return true;
  return std::find(name_endings.begin(), name_endings.end(), rest) != name_endings.end();
}

Result<std::vector<TermId>> NameFinder::Lookup(const std::string& text) {
  std::string folded = kg::FoldName(text);
  if (folded.empty()) return std::vector<TermId>{};
  auto it = cache_.find(folded);
  if (it != cache_.end()) return it->second;
  std::vector<TermId> ids, entities;
  KG_RETURN_IF_ERROR(view_.FindByFoldedName(folded, &ids));
  for (TermId id : ids) {
    Result<const Term*> t = text_.Get(id);
    if (t.ok() && ((*t)->kind == TermKind::kEntity || (*t)->kind == TermKind::kBlank)) {
      entities.push_back(id);
    }
  }
  cache_[folded] = entities;
  return entities;
}

Result<bool> NameFinder::Longest(const std::vector<std::string>& words, size_t start, bool korean,
                                 NameMatch* best) {
  bool found = false;
  size_t max_end = std::min(words.size(), start + kMaxNameWords);
  for (size_t end = max_end; end > start && !found; --end) {
    const std::string& last = words[end - 1];
    // (name part of the last word, what follows it), longest name part first.
    std::vector<std::pair<std::string, std::string>> splits = {{last, ""}};
    std::string trimmed = TrimPunctuation(last);
    if (trimmed != last) splits.push_back({trimmed, ""});
    for (const char* possessive : {"'s", "\xE2\x80\x99s", "'"}) {
      if (EndsWith(trimmed, possessive) && trimmed.size() > std::string(possessive).size()) {
        splits.push_back({trimmed.substr(0, trimmed.size() - std::string(possessive).size()), "'s"});
      }
    }
    if (korean) {
      std::vector<char32_t> cps = kg::ToCodePoints(trimmed);
      for (size_t n = cps.size() - 1; n >= 1 && n < cps.size(); --n) {
        std::string rest = kg::FromCodePoints(cps, n, cps.size());
        if (KoreanNameTail(name_endings_, rest)) splits.push_back({kg::FromCodePoints(cps, 0, n), rest});
      }
    }
    for (const auto& [name_part, rest] : splits) {
      std::string text = Join(words, start, end, name_part);
      Result<std::vector<TermId>> ids = Lookup(text);
      if (!ids.ok()) return ids.status();
      if (ids->empty()) continue;
      *best = NameMatch{start, end, *ids, text, rest};
      found = true;
      break;
    }
  }
  return found;
}

// Korean names written without their spaces: the words from `start` on, spaces removed, are
// compared with every name sharing their first letters.
Result<bool> NameFinder::SpacelessKorean(const std::vector<std::string>& words, size_t start,
                                         NameMatch* best) {
  std::string first = kg::FoldNameNoSpace(TrimPunctuation(words[start]));
  std::vector<char32_t> first_cps = kg::ToCodePoints(first);
  if (first_cps.empty()) return false;
  bool hangul = kg::IsHangulSyllable(first_cps[0]);
  std::string prefix = kg::FromCodePoints(first_cps, 0, std::min<size_t>(hangul ? 1 : 2, first_cps.size()));
  auto cached = prefix_cache_.find(prefix);
  if (cached == prefix_cache_.end()) {
    std::vector<std::pair<std::string, TermId>> names;
    KG_RETURN_IF_ERROR(view_.ListNames(prefix, kPrefixListLimit, &names));
    cached = prefix_cache_.emplace(prefix, std::move(names)).first;
  }
  // The folded words without spaces, and where each ends in the concatenation.
  std::string joined;
  std::vector<size_t> ends;
  for (size_t k = start; k < words.size() && k < start + kMaxNameWords; ++k) {
    joined += kg::FoldNameNoSpace(TrimPunctuation(words[k]));
    ends.push_back(joined.size());
  }
  size_t best_len = best->end > best->first ? kg::FoldNameNoSpace(best->text).size() : 0;
  bool found = false;
  for (const auto& [name, id] : cached->second) {
    std::string spaceless = kg::FoldNameNoSpace(name);
    if (spaceless.size() <= best_len || joined.compare(0, spaceless.size(), spaceless) != 0) continue;
    size_t k = std::lower_bound(ends.begin(), ends.end(), spaceless.size()) - ends.begin();
    if (k >= ends.size()) continue;
    std::string rest = joined.substr(spaceless.size(), ends[k] - spaceless.size());
    if (!KoreanNameTail(name_endings_, rest)) continue;
    Result<const Term*> t = text_.Get(id);
    if (!t.ok() || (*t)->kind != TermKind::kEntity) continue;
    Result<std::vector<TermId>> ids = Lookup(name);
    if (!ids.ok()) return ids.status();
    *best = NameMatch{start, start + k + 1, *ids, name, rest};
    best_len = spaceless.size();
    found = true;
  }
  return found;
}

// An English name the graph writes in Hangul (Celltrion, 셀트리온): the longest run of
// capitalised words from `start` whose sound is that of one Hangul name.
Result<bool> NameFinder::SoundedLatin(const std::vector<std::string>& words, size_t start,
                                      const std::function<bool(size_t)>& may_be_alone,
                                      NameMatch* best) {
  auto capitalised = [](const std::string& w) {
    return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
  };
  if (!sound_names_ || !capitalised(words[start]) || (words[start][0] >= '0' && words[start][0] <= '9')) {
    return false;
  }
  // The run goes on over lower-case words that may be names ("the Samcheok AI data centre",
  // not "of" or a relation word): only a name heard in all of them is taken, longest first.
  size_t end = start;
  while (end < words.size() && end < start + kMaxNameWords &&
         (capitalised(words[end]) || may_be_alone(end))) {
    std::string trimmed = TrimPunctuation(words[end]);
    ++end;
    if (trimmed != words[end - 1] || EndsWith(trimmed, "'s")) break;  // "Celltrion's", "X?"
  }
  for (; end > start; --end) {
    std::string last = TrimPunctuation(words[end - 1]), rest;
    if (EndsWith(last, "'s")) {
      last.resize(last.size() - 2);
      rest = "'s";
    }
    std::string text = Join(words, start, end, last);
    Result<std::vector<TermId>> ids = sound_names_->Find(text);
    if (!ids.ok()) return ids.status();
    if (ids->empty()) continue;
    *best = NameMatch{start, end, *ids, text, rest};
    return true;
  }
  return false;
}

Result<std::vector<NameMatch>> NameFinder::Find(const std::vector<std::string>& words,
                                                bool korean,
                                                const std::function<bool(size_t)>& may_be_alone) {
  std::vector<NameMatch> out;
  for (size_t i = 0; i < words.size();) {
    NameMatch best;
    Result<bool> found = Longest(words, i, korean, &best);
    if (!found.ok()) return found.status();
    if (korean) {
      Result<bool> spaceless = SpacelessKorean(words, i, &best);
      if (!spaceless.ok()) return spaceless.status();
      found = *found || *spaceless;
    } else {
      // "Korea Digital Finance Usage Report": a name the graph writes in Hangul, heard over
      // more words than a name it has (Korea) reaches, is that name.
      NameMatch sounded;
      Result<bool> heard = SoundedLatin(words, i, may_be_alone, &sounded);
      if (!heard.ok()) return heard.status();
      if (*heard && (!*found || sounded.end > best.end)) {
        best = sounded;
        found = true;
      }
    }
    if (*found && best.end == i + 1 && !may_be_alone(i)) found = false;
    // Two names overlapping ("the government" | "Government of China"): the one reaching
    // further wins, so the shorter one at the left gives way.
    for (size_t j = i + 1; *found && j < best.end; ++j) {
      NameMatch later;
      Result<bool> at_j = Longest(words, j, korean, &later);
      if (!at_j.ok()) return at_j.status();
      if (*at_j && later.end > best.end && later.end - j > best.end - i) found = false;
    }
    if (*found) {
      out.push_back(best);
      i = best.end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace kg
