// Natural questions as people phrase them (bench/questions/paraphrases.json, 632 questions in
// English and Korean over the development gold facts) keep being understood: the accuracy
// reached is a floor, per language, and every relation is answered right at least once in
// each language.
#include <catch2/catch.hpp>

#include <map>

#include "tests/support/paraphrase_set.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

TEST_CASE("questions phrased as people ask them are understood, in English and Korean",
          "[questions][e2e]") {
  testing::TempDir tmp;
  const std::string root = testing::SourceDir();
  const std::string set = root + "/bench/questions/paraphrases.json";
  auto documents = testing::ParaphraseDocuments(set);
  REQUIRE(documents.ok());
  REQUIRE(testing::BuildGoldGraph(root + "/bench/quality/gold", tmp.Sub("g.db"), *documents).ok());
  auto report = testing::AskParaphrases(tmp.Sub("g.db"), set);
  REQUIRE(report.ok());
  REQUIRE(report->by_lang.at("en").second > 300);
  REQUIRE(report->by_lang.at("ko").second > 250);
  // 311 / 343 and 265 / 289 at 731bc88 (bench/README.md, "Natural questions"). English 309 /
  // 343 and Korean 270 / 289 since has_capability joined the vocabulary (r15-rc; Sora's facts
  // became more than one) and "Whose product is X?" is read as asking for X's maker (r16-en).
  CHECK(report->Accuracy("en") >= 0.90);
  CHECK(report->Accuracy("ko") >= 0.93);

  // Every relation asked about is understood at least once in each language.
  // relation -> language -> answered right at least once
  std::map<std::string, std::map<std::string, bool>> understood;
  for (const testing::ParaphraseOutcome& o : report->outcomes) {
    if (o.relation.empty()) continue;
    bool& any = understood[o.relation][o.lang];
    any = any || o.correct;
  }
  REQUIRE(understood.size() >= 20);
  for (const auto& [relation, by_lang] : understood) {
    for (const char* lang : {"en", "ko"}) {
      INFO(relation << " in " << lang);
      REQUIRE(by_lang.count(lang) == 1);
      CHECK(by_lang.at(lang));
    }
  }
}

}  // namespace kg
