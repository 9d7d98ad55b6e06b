// Korean morphology by rule: particles (josa) stripped from the end of an eojeol with the
// role they mark, verb endings classified (final, connective, adnominal, nominal) with
// negation, passive and modality cues. No dictionary of common words is needed: callers know
// the stems they care about (the relation vocabulary) and the names (the gazetteer).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

// The role a particle gives the noun phrase before it (KOREAN_IE.md §3, §5).
enum class Role {
  kNone,
  kSubject,   // 이/가/께서
  kTopic,     // 은/는
  kObject,    // 을/를
  kPartner,   // 와/과/하고/랑 (or coordination, decided by context)
  kGenitive,  // 의
  kTarget,    // 에/에게/한테/께
  kPlace,     // 에서
  kSource,    // 로부터/으로부터/에게서
  kMeans,     // 로/으로/로서/로써
  kTime,      // 부터/까지 on dates
  kFocus,     // 도/만/조차/마저 alone: role from context
  kCompare,   // 보다/처럼/대비
  kAbout,     // 에 대한 / 에 관한
};

// A phrase a clause is said of: its subject, its topic, or a focus (도/만) standing in for them.
inline bool IsSubjectLike(Role r) {
  return r == Role::kSubject || r == Role::kTopic || r == Role::kFocus;
}

const char* RoleName(Role role);
// "subject", "topic", ... as used in relations.json's *_roles lists.
Role RoleFromName(const std::string& name);

struct ParticleSplit {
  std::string stem;      // what remains ("네이버" of "네이버와의")
  std::string particle;  // what was stripped ("와의"), empty if none
  Role role = Role::kNone;
  bool topic = false;    // 은/는 was part of it ("에서는")
  bool focus = false;    // 도/만 was part of it ("FBI도")
  bool list_end = false; // 등/등의/등이: closes a list
};

// Strips up to three particle layers from `eojeol`. `keep` says whether a remaining stem is
// acceptable (e.g. a known name, or at least two syllables); when it is not, less is stripped.
ParticleSplit SplitParticles(std::string_view eojeol, bool (*keep)(std::string_view) = nullptr);

// True when `s` is entirely a particle sequence (what may follow a name inside its eojeol).
bool IsParticleSequence(std::string_view s);

enum class EndingKind {
  kNone,         // not a verb form we recognise
  kFinal,        // 했다, 한다, 합니다, 했음
  kConnective,   // 하고, 하며, 하면서, 해, 하여, 하자, 했고
  kAdnominal,    // 한, 하는, 할, 된, 했던 (modifies the next noun)
  kNominal,      // 함, 하기, 했다는 것
  kQuotative,    // 한다고, 했다고 (reported clause)
};

struct Ending {
  EndingKind kind = EndingKind::kNone;
  bool passive = false;   // 되다 / 받다 forms
  bool negated = false;   // 하지 않/못 in the same eojeol
  bool planned = false;   // 하기로, 할 (with 계획/예정 following)
  bool past = false;
  bool obligation = false;  // 해야 (한다): should, not a fact
  bool unasserted = false;  // 한다는 보도, 하는 방안을 검토: reported or considered, not stated
  size_t length = 0;      // bytes of `rest` the ending covers
};

// Classifies what follows a predicate stem inside its eojeol ("했다", "하기로", "된", "하지").
Ending AnalyzeEnding(std::string_view rest);

// Final Hangul syllable of `s` has a final consonant (batchim); false for non-Hangul.
bool HasBatchim(std::string_view s);
// A number with a unit of time written onto it (2024년, 7월, 3분기): digits, then exactly one
// of `units`.
bool NumberedTime(std::string_view word, const std::vector<std::string>& units);
// Last Unicode character of `s`.
std::string LastChar(std::string_view s);

}  // namespace kg::ingest
