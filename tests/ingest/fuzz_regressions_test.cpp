// Inputs the fuzzers once crashed on (tests/fuzz/corpus/*/regression-*), replayed through the
// same entry points on every test run, so the ASan build of the suite catches a relapse even
// when the fuzzing stage is skipped.
#include <catch2/catch.hpp>
#include <filesystem>

#include "ingest/documents/document.h"
#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "ingest/relations.h"
#include "tests/support/document_invariants.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg::ingest {
namespace {
// The crash inputs kept for `target` (regression-*), or with `all`, its whole seed corpus.
std::vector<std::string> Regressions(const std::string& target, bool all = false) {
  std::vector<std::string> files;
  std::string dir = std::string(KG_SOURCE_DIR) + "/tests/fuzz/corpus/" + target;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (all || e.path().filename().string().rfind("regression-", 0) == 0) {
      files.push_back(e.path().string());
    }
  }
  return files;
}
}  // namespace

TEST_CASE("documents the ingest fuzzer crashed on extract cleanly", "[ingest][fuzz-regression]") {
  auto lexicon = Lexicon::Default();
  auto relations = RelationVocabulary::Default();
  REQUIRE(lexicon.ok());
  REQUIRE(relations.ok());
  Pipeline pipeline(std::move(lexicon).value(), *relations);
  auto files = Regressions("ingest");
  REQUIRE(!files.empty());
  for (const std::string& path : files) {
    INFO(path);
    auto extracted = pipeline.Run(testing::ReadFile(path), {});
    REQUIRE_OK(extracted);
    const Extraction& x = *extracted;
    for (const auto& f : x.facts) {
      CHECK(f.subject >= 0);
      CHECK(static_cast<size_t>(f.subject) < x.entities.size());
    }
  }
}

TEST_CASE("lexicons the lexicon fuzzer crashed on are refused with a message",
          "[ingest][fuzz-regression]") {
  auto files = Regressions("lexicon");
  REQUIRE(!files.empty());
  for (const std::string& path : files) {
    INFO(path);
    // Each was malformed: it must be refused, with one line that names the file.
    auto lexicon = Lexicon::Parse(testing::ReadFile(path), "regression.json");
    REQUIRE_FALSE(lexicon.ok());
    std::string message = lexicon.status().ToString();
    CHECK(message.rfind("regression.json", 0) == 0);
    CHECK(message.find('\n') == std::string::npos);
  }
}

// The document fuzzers' corpora are small: every seed and every crash input is read again.
TEST_CASE("Markdown and HTML the document fuzzers keep read into sound blocks",
          "[ingest][fuzz-regression]") {
  for (auto [target, format] : {std::pair{"markdown", DocumentFormat::kMarkdown},
                                std::pair{"html", DocumentFormat::kHtml}}) {
    auto files = Regressions(target, /*all=*/true);
    REQUIRE(!files.empty());
    for (const std::string& path : files) {
      INFO(path);
      std::string text = testing::ReadFile(path);
      auto doc = ReadDocument(text, format);
      REQUIRE(doc.ok());
      CHECK(testing::DocumentProblem(*doc, text).empty());
    }
  }
}

}  // namespace kg::ingest
