// Particle stripping (the particles of ko_grammar.json, indexed by their last syllable) and
// ending analysis over UTF-8 strings, one Hangul syllable at a time.
#include "ingest/ko/korean.h"
#include "kg/base/strings.h"

#include <algorithm>
#include <cstring>

#include "ingest/ko/ko_grammar.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

// The last code point of valid UTF-8 (0 when empty).
char32_t LastCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return DecodeUtf8At(s, &i);
}

// Particles grouped by their last syllable, longest first within a group (ties keep the
// table's order), so a word is only compared with the particles that can end it.
class ParticleIndex {
 public:
  struct Entry {
    std::string_view text;
    const ParticleDef* particle;
  };
  ParticleIndex() {
    for (const ParticleDef& p : KoreanGrammar::Get().particles) {
      std::string_view text(p.text);
      char32_t last = LastCodePoint(text);
      auto it = std::find_if(groups_.begin(), groups_.end(), [&](const auto& g) { return g.first == last; });
      if (it == groups_.end()) it = groups_.insert(groups_.end(), {last, {}});
      it->second.push_back({text, &p});
    }
    for (auto& g : groups_) {
      std::stable_sort(g.second.begin(), g.second.end(),
                       [](const Entry& a, const Entry& b) { return a.text.size() > b.text.size(); });
    }
  }
  // The particles that could end `word`, longest first.
  const std::vector<Entry>& Candidates(std::string_view word) const {
    static const std::vector<Entry> kNone;
    char32_t last = LastCodePoint(word);
    for (const auto& g : groups_) {
      if (g.first == last) return g.second;
    }
    return kNone;
  }

 private:
  std::vector<std::pair<char32_t, std::vector<Entry>>> groups_;
};

const ParticleIndex& Particles() {
  static const ParticleIndex index;
  return index;
}

bool BatchimOk(std::string_view stem, Batchim b) {
  if (b == Batchim::kAny) return true;
  if (stem.empty()) return false;
  char32_t last = LastCodePoint(stem);
  if (!IsHangulSyllable(last)) return true;  // Latin, digits: either form is written
  int jong = HangulFinalIndex(last);
  if (b == Batchim::kConsonant) return jong != 0;
  return jong == 0 || jong == 8;  // vowel, or ㄹ (로 after ㄹ)
}

bool DefaultKeep(std::string_view stem) { return !stem.empty(); }

}  // namespace

const char* RoleName(Role role) {
  switch (role) {
    case Role::kNone: return "none";
    case Role::kSubject: return "subject";
    case Role::kTopic: return "topic";
    case Role::kObject: return "object";
    case Role::kPartner: return "partner";
    case Role::kGenitive: return "genitive";
    case Role::kTarget: return "target";
    case Role::kPlace: return "place";
    case Role::kSource: return "source";
    case Role::kMeans: return "means";
    case Role::kTime: return "time";
    case Role::kFocus: return "focus";
    case Role::kCompare: return "compare";
    case Role::kAbout: return "about";
  }
  return "none";
}

Role RoleFromName(const std::string& name) {
  for (Role r : {Role::kSubject, Role::kTopic, Role::kObject, Role::kPartner, Role::kGenitive,
                 Role::kTarget, Role::kPlace, Role::kSource, Role::kMeans, Role::kTime,
                 Role::kFocus, Role::kCompare, Role::kAbout}) {
    if (name == RoleName(r)) return r;
  }
  return Role::kNone;
}

ParticleSplit SplitParticles(std::string_view eojeol, bool (*keep)(std::string_view)) {
  if (!keep) keep = DefaultKeep;
  ParticleSplit out;
  std::string_view rest = eojeol;
  Role case_role = Role::kNone;
  for (int layer = 0; layer < 3; ++layer) {
    const ParticleDef* hit = nullptr;
    for (const ParticleIndex::Entry& e : Particles().Candidates(rest)) {
      if (!EndsWith(rest, e.text) || rest.size() == e.text.size()) continue;
      std::string_view stem = rest.substr(0, rest.size() - e.text.size());
      if (!BatchimOk(stem, e.particle->after) || !keep(stem)) continue;
      hit = e.particle;
      rest = stem;
      break;  // longest first: the first that fits is the longest
    }
    if (!hit) break;
    out.particle = hit->text + out.particle;
    switch (hit->kind) {
      case ParticleKind::kTopic: out.topic = true; break;
      case ParticleKind::kFocus: out.focus = true; break;
      case ParticleKind::kList:
        out.list_end = true;
        if (hit->role != Role::kNone && case_role == Role::kNone) case_role = hit->role;
        break;
      case ParticleKind::kCase:
        case_role = hit->role;  // the innermost case particle decides
        break;
    }
    if (hit->kind == ParticleKind::kList) break;  // nothing stacks under 등
  }
  out.stem = std::string(rest);
  out.role = case_role != Role::kNone ? case_role
             : out.topic               ? Role::kTopic
             : out.focus               ? Role::kFocus
                                       : Role::kNone;
  return out;
}

bool IsParticleSequence(std::string_view s) {
  if (s.empty()) return true;
  std::string_view rest = s;
  for (int layer = 0; layer < 3 && !rest.empty(); ++layer) {
    const ParticleIndex::Entry* hit = nullptr;
    for (const ParticleIndex::Entry& e : Particles().Candidates(rest)) {
      if (EndsWith(rest, e.text)) {
        hit = &e;
        break;
      }
    }
    if (!hit) return false;
    rest = rest.substr(0, rest.size() - hit->text.size());
  }
  return rest.empty();
}

std::string LastChar(std::string_view s) {
  if (s.empty()) return "";
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return std::string(s.substr(i));
}

bool NumberedTime(std::string_view word, const std::vector<std::string>& units) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0) return false;
  std::string_view unit = word.substr(digits);
  return std::find(units.begin(), units.end(), unit) != units.end();
}

bool HasBatchim(std::string_view s) {
  std::vector<char32_t> cps = ToCodePoints(s);
  if (cps.empty() || !IsHangulSyllable(cps.back())) return false;
  return HangulFinalIndex(cps.back()) != 0;
}

Ending AnalyzeEnding(std::string_view raw) {
  Ending e;
  std::string_view rest = raw;
  while (!rest.empty() && std::strchr(".,!?;:", rest.back())) rest.remove_suffix(1);
  e.length = rest.size();
  if (rest.empty()) return e;
  std::vector<char32_t> cps = ToCodePoints(rest);
  std::string first = FromCodePoints(cps, 0, 1);
  // Light verb 하다 and its contractions, passive 되다, 받다.
  static constexpr std::string_view kPassive[] = {"되", "돼", "됐", "된", "될", "됨", "받"};
  for (std::string_view p : kPassive) {
    if (first == p) e.passive = true;
  }
  e.planned = rest.find("기로") != std::string_view::npos;
  e.past = rest.find("했") != std::string_view::npos || rest.find("였") != std::string_view::npos ||
           rest.find("었") != std::string_view::npos || rest.find("았") != std::string_view::npos ||
           rest.find("됐") != std::string_view::npos;
  auto ends = [&](std::string_view s) { return EndsWith(rest, s); };
  if (ends("야") || ends("야만")) {
    e.obligation = true;
    e.kind = EndingKind::kConnective;
    return e;
  }
  if (ends("지") || ends("지는") || ends("지도")) {
    // 하지 (않았다): the next eojeol carries negation and the real ending.
    e.kind = EndingKind::kNone;
    e.negated = true;
    return e;
  }
  if (ends("다고") || ends("다며") || ends("라고") || ends("다면서") || ends("냐고")) {
    e.kind = EndingKind::kQuotative;
    // "시행하라고 (촉구했다)", "해 달라고 (요구했다)": an order or a plea reported, not a deed.
    e.obligation = ends("하라고") || ends("달라고");
    return e;
  }
  if (ends("다") || ends("니다") || ends("다는") || ends("음") || ends("함") || ends("됨") ||
      ends("임") || ends("요") || ends("죠")) {
    e.kind = ends("다는") ? EndingKind::kNominal : EndingKind::kFinal;
    return e;
  }
  if (ends("기") || ends("기로") || ends("기에") || ends("기를") || ends("기가")) {
    e.kind = ends("기로") ? EndingKind::kConnective : EndingKind::kNominal;
    return e;
  }
  static constexpr std::string_view kConnective[] = {"고", "며", "면서", "서", "자", "여", "해", "돼", "어", "아",
                                      "는데", "은데", "지만", "으나", "나", "니", "니까", "도록",
                                      "려고", "려", "면", "으면", "거나", "든지", "는지"};
  for (std::string_view c : kConnective) {
    if (ends(c)) {
      e.kind = EndingKind::kConnective;
      return e;
    }
  }
  // Adnominal: the last syllable ends in ㄴ or ㄹ (한, 할, 된, 될, 하는, 했던, 받은).
  char32_t last = cps.back();
  if (IsHangulSyllable(last)) {
    int jong = HangulFinalIndex(last);
    if (jong == 4 || jong == 8) {
      e.kind = EndingKind::kAdnominal;
      return e;
    }
    if (ends("던")) {
      e.kind = EndingKind::kAdnominal;
      return e;
    }
  }
  return e;
}

}  // namespace kg::ingest
