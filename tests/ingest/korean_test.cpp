// Particles and verb endings: the Korean rules every extraction rests on.
#include <catch2/catch.hpp>

#include "ingest/ko/korean.h"

namespace kg::ingest {

TEST_CASE("particles are stripped with the role they mark", "[ingest][korean]") {
  struct Case {
    const char* eojeol;
    const char* stem;
    Role role;
  } cases[] = {
      {"카카오와", "카카오", Role::kPartner},   {"오픈AI는", "오픈AI", Role::kTopic},
      {"엔비디아가", "엔비디아", Role::kSubject}, {"딥시크를", "딥시크", Role::kObject},
      {"프랑스에", "프랑스", Role::kTarget},    {"한국에서", "한국", Role::kPlace},
      {"정부로부터", "정부", Role::kSource},    {"카카오의", "카카오", Role::kGenitive},
      {"미국과", "미국", Role::kPartner},       {"삼성전자", "삼성전자", Role::kNone},
  };
  for (const Case& c : cases) {
    INFO(c.eojeol);
    ParticleSplit p = SplitParticles(c.eojeol);
    CHECK(p.stem == c.stem);
    CHECK(p.role == c.role);
  }
}

TEST_CASE("stacked particles keep topic and focus", "[ingest][korean]") {
  ParticleSplit p = SplitParticles("중국에서는");
  CHECK(p.stem == "중국");
  CHECK(p.role == Role::kPlace);
  CHECK(p.topic);
  ParticleSplit f = SplitParticles("FBI도");
  CHECK(f.stem == "FBI");
  CHECK(f.focus);
  ParticleSplit l = SplitParticles("오라클 등의");
  CHECK(l.list_end);
}

TEST_CASE("verb endings say how the clause continues", "[ingest][korean]") {
  CHECK(AnalyzeEnding("했다").kind == EndingKind::kFinal);
  CHECK(AnalyzeEnding("했다").past);
  CHECK(AnalyzeEnding("하며").kind == EndingKind::kConnective);
  CHECK(AnalyzeEnding("한").kind == EndingKind::kAdnominal);
  CHECK(AnalyzeEnding("하는").kind == EndingKind::kAdnominal);
  CHECK(AnalyzeEnding("했다고").kind == EndingKind::kQuotative);
  CHECK(AnalyzeEnding("하기로").planned);
  CHECK(AnalyzeEnding("됐다").passive);
  CHECK(AnalyzeEnding("해야").obligation);
  CHECK(AnalyzeEnding("하지").negated);
  CHECK(AnalyzeEnding("xyz").kind == EndingKind::kNone);
}

TEST_CASE("batchim and the last character", "[ingest][korean]") {
  CHECK(HasBatchim("한국"));
  CHECK_FALSE(HasBatchim("카카오"));
  CHECK_FALSE(HasBatchim("OpenAI"));
  CHECK(LastChar("오픈AI") == "I");
  CHECK(LastChar("카카오") == "오");
}

}  // namespace kg::ingest
