// The Korean grammar data (ingest/data/ko_grammar.json): the file parses into the classes the
// reader uses, a broken file is reported with what is wrong, and the loaded grammar is the one
// the reader strips particles and reads plans and negation with.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ingest/ko/ko_grammar.h"
#include "tests/support/run_kg.h"

namespace kg::ingest {

namespace {

std::string SourceGrammar() {
  std::ifstream in(testing::SourceDir() + "/ingest/data/ko_grammar.json");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("ko_grammar.json parses into every word class", "[ingest][korean][data]") {
  Result<KoreanGrammar> g = KoreanGrammar::Parse(SourceGrammar(), "ko_grammar.json");
  REQUIRE(g.ok());
  auto object = std::find_if(g->particles.begin(), g->particles.end(),
                             [](const ParticleDef& p) { return p.text == "을"; });
  REQUIRE(object != g->particles.end());
  CHECK(object->role == Role::kObject);
  CHECK(object->after == Batchim::kConsonant);
  CHECK(g->postpositions.at("통해") == "means");
  CHECK(g->noun_postpositions.at("바탕으로") == "basis");
  CHECK(OneOf("예정", g->plan_nouns));
  CHECK(OneOf("않", g->negation_auxiliaries));
  CHECK_FALSE(g->verbal_suffixes.empty());
  CHECK_FALSE(g->native_verb_endings.empty());
  CHECK_FALSE(g->directional_nouns.empty());
  CHECK_FALSE(g->auxiliary_adnominals.empty());
  CHECK_FALSE(g->non_name_finals.empty());
  CHECK_FALSE(g->place_unit_suffixes.empty());
  CHECK(OneOf("모델", g->coordination_classifier_nouns));
}

TEST_CASE("a broken grammar file says what is wrong", "[ingest][korean][data]") {
  Result<KoreanGrammar> truncated = KoreanGrammar::Parse("{\"particles\": [", "my.json");
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.status().ToString().find("my.json") != std::string::npos);

  std::string text = SourceGrammar();
  size_t at = text.find("\"role\": \"object\"");
  REQUIRE(at != std::string::npos);
  text.replace(at, std::string("\"role\": \"object\"").size(), "\"role\": \"objekt\"");
  Result<KoreanGrammar> bad_role = KoreanGrammar::Parse(text, "my.json");
  REQUIRE_FALSE(bad_role.ok());
  CHECK(bad_role.status().ToString().find("objekt") != std::string::npos);
}

TEST_CASE("the reader runs with the grammar of the data file", "[ingest][korean][data]") {
  Result<KoreanGrammar> file = KoreanGrammar::Parse(SourceGrammar(), "ko_grammar.json");
  REQUIRE(file.ok());
  const KoreanGrammar& loaded = KoreanGrammar::Get();
  REQUIRE(loaded.particles.size() == file->particles.size());
  for (size_t i = 0; i < loaded.particles.size(); ++i) CHECK(loaded.particles[i].text == file->particles[i].text);
  // Every particle of the file is stripped, with its role, after a word it may follow.
  for (const ParticleDef& p : file->particles) {
    if (p.kind != ParticleKind::kCase) continue;
    std::string word = (p.after == Batchim::kVowel ? "나무" : "사람") + p.text;
    INFO(word);
    ParticleSplit split = SplitParticles(word);
    CHECK(split.role == p.role);
  }
}

}  // namespace kg::ingest
