// The Hangul names of the graph by the consonants they sound (see sound_alike_names.h).
#include "kg/query/sound_alike_names.h"

#include <algorithm>
#include <string_view>

#include "kg/base/unicode.h"

namespace kg {

namespace {

// Lead bytes of the UTF-8 of Hangul syllables (U+AC00..U+D7A3): names starting with one.
constexpr const char* kHangulLeads[] = {"\xEA", "\xEB", "\xEC", "\xED"};
// Names read from one prefix at most: a fallback must stay cheap on a large graph.
constexpr size_t kMaxNamesPerPrefix = 100000;
// Prefixes of names that open with a year (19xx, 20xx): "2025 서울모빌리티쇼".
constexpr const char* kYearLeads[] = {"19", "20"};

// The name without a leading year ("2025 서울모빌리티쇼" -> "서울모빌리티쇼"), so that an English
// spelling that leaves the year out ("the Seoul Mobility Show") is heard too; "" when the
// name opens with no year or nothing in Hangul follows it.
std::string_view WithoutLeadingYear(std::string_view name) {
  if (name.size() < 6 || name[4] != ' ') return {};
  for (size_t i = 0; i < 4; ++i) {
    if (name[i] < '0' || name[i] > '9') return {};
  }
  if (std::none_of(std::begin(kYearLeads), std::end(kYearLeads),
                   [&](const char* lead) { return name.substr(0, 2) == lead; })) {
    return {};
  }
  std::string_view rest = name.substr(5);
  return HasHangul(rest) ? rest : std::string_view{};
}

}  // namespace

Status SoundAlikeNames::Load(const std::string& prefix) {
  if (loaded_.count(prefix)) return Status::OK();
  loaded_[prefix] = true;
  std::vector<std::pair<std::string, TermId>> names;
  KG_RETURN_IF_ERROR(view_.ListNames(prefix, kMaxNamesPerPrefix, &names));
  for (const auto& [name, id] : names) {
    if (!HasHangul(name)) continue;
    NameSound sound = HangulSound(name);
    by_consonants_.emplace(sound.consonants, Entry{sound, id});
    std::string_view undated = WithoutLeadingYear(name);
    if (!undated.empty()) {
      NameSound undated_sound = HangulSound(undated);
      by_consonants_.emplace(undated_sound.consonants, Entry{undated_sound, id});
    }
  }
  return Status::OK();
}

Result<std::vector<TermId>> SoundAlikeNames::Find(const std::string& latin_name) {
  std::string folded = FoldName(latin_name);
  // A name partly in Hangul ("K-벤치 leaderboard") is heard too; one all in Hangul is not
  // an English spelling.
  bool latin = std::any_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (folded.empty() || !latin) return std::vector<TermId>{};
  std::vector<NameSound> sounds = LatinSounds(folded, words_);
  // Short words ("Which", "When") sound like too much to look for: no reading of the names.
  if (std::none_of(sounds.begin(), sounds.end(), Distinctive)) return std::vector<TermId>{};
  for (const char* lead : kHangulLeads) KG_RETURN_IF_ERROR(Load(lead));
  for (const char* lead : kYearLeads) KG_RETURN_IF_ERROR(Load(lead));
  // Names that open with Latin letters and go on in Hangul (GS리테일): those sharing the
  // first two letters.
  std::vector<char32_t> cps = ToCodePoints(folded);
  KG_RETURN_IF_ERROR(Load(FromCodePoints(cps, 0, std::min<size_t>(2, cps.size()))));
  std::vector<TermId> found;
  for (const NameSound& sound : sounds) {
    auto [first, last] = by_consonants_.equal_range(sound.consonants);
    for (auto it = first; it != last; ++it) {
      if (!SoundAlike(sound, it->second.sound)) continue;
      TermId id = it->second.id;
      if (std::find(found.begin(), found.end(), id) != found.end()) continue;
      Result<const Term*> t = text_.Get(id);
      if (t.ok() && (*t)->kind == TermKind::kEntity) found.push_back(id);
    }
  }
  if (found.size() != 1) found.clear();
  return found;
}

}  // namespace kg
