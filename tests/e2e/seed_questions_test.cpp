// The public example questions (tests/e2e/seed_questions.json, a copy of ../shared/seed)
// answered end to end: ingest the example document with the real binary, then ask every
// question in its natural and its pattern form and compare the answer set.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <set>
#include <sstream>

#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

const char kExampleDocument[] = "/examples/documents/ai-geopolitics.ko.txt";

// An amount as (value, currency) from "1200000000 EUR", "1.2 billion EUR" or
// "about 2.388 trillion KRW"; nullopt when the text is not an amount.
struct Amount {
  double value;
  std::string unit;
};
std::optional<Amount> ParseAmount(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (!words.empty() && words.front() == "about") words.erase(words.begin());
  if (words.size() < 2) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(words[0].c_str(), &end);
  if (end == words[0].c_str() || *end != '\0') return std::nullopt;
  size_t unit_at = 1;
  static const std::pair<const char*, double> kScales[] = {
      {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
  for (const auto& [word, scale] : kScales) {
    if (words[1] == word) {
      value *= scale;
      unit_at = 2;
    }
  }
  if (words.size() != unit_at + 1) return std::nullopt;
  return Amount{value, words[unit_at]};
}

// The same answer: equal text, or the same amount within 1% (the normalised form
// "1200000000 EUR" and the spoken form "1.2 billion EUR").
bool SameAnswer(const std::string& got, const std::string& want) {
  if (got == want) return true;
  auto a = ParseAmount(got), b = ParseAmount(want);
  return a && b && a->unit == b->unit && std::abs(a->value - b->value) <= 0.01 * b->value;
}

// Every value of every row, in order.
std::vector<std::string> AnswerValues(const nlohmann::json& result) {
  std::vector<std::string> values;
  for (const auto& row : result["rows"]) {
    for (const auto& column : result["columns"]) values.push_back(row[column.get<std::string>()]);
  }
  return values;
}

// Each answer found among the expected (or acceptable) ones, and each expected one answered.
void CheckAnswers(const std::vector<std::string>& got, const std::vector<std::string>& want,
                  const std::vector<std::string>& acceptable) {
  for (const std::string& g : got) {
    bool known = false;
    for (const std::string& w : want) known = known || SameAnswer(g, w);
    for (const std::string& w : acceptable) known = known || SameAnswer(g, w);
    INFO("unexpected answer: " << g);
    CHECK(known);
  }
  for (const std::string& w : want) {
    bool found = false;
    for (const std::string& g : got) found = found || SameAnswer(g, w);
    INFO("missing answer: " << w);
    CHECK(found);
  }
}

struct ExampleDb {
  testing::TempDir tmp;
  std::string path = tmp.Sub("seed.db");
  ExampleDb() {
    auto r = RunKg(path, {"ingest", testing::SourceDir() + kExampleDocument});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

nlohmann::json Ask(const std::string& db, const std::string& query) {
  auto r = RunKg(db, {"query", "--format", "json", query});
  INFO(query << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("the amount comparison used by the seed test", "[seed]") {
  CHECK(SameAnswer("1200000000 EUR", "1.2 billion EUR"));
  CHECK(SameAnswer("2388000000000 KRW", "about 2.388 trillion KRW"));
  CHECK_FALSE(SameAnswer("1200000000 USD", "1.2 billion EUR"));
  CHECK_FALSE(SameAnswer("120000000 EUR", "1.2 billion EUR"));
  CHECK_FALSE(SameAnswer("France", "Germany"));
}

TEST_CASE("the public seed questions answer correctly in natural and pattern form",
          "[seed][e2e]") {
  ExampleDb db;
  auto questions = nlohmann::json::parse(testing::ReadFile(testing::SourceDir() +
                                                           "/tests/e2e/seed_questions.json"));
  REQUIRE(questions.size() >= 20);
  for (const auto& q : questions) {
    std::vector<std::string> want = q["answers"], acceptable = q["also_acceptable"];
    for (const char* form : {"query", "pattern"}) {
      const std::string text = q[form];
      INFO(form << ": " << text);
      nlohmann::json result = Ask(db.path, text);
      INFO(result.dump());
      CheckAnswers(AnswerValues(result), want, acceptable);
      // Every answer is traceable to a sentence of the document.
      CHECK_FALSE(result["facts"].empty());
      for (const auto& fact : result["facts"]) {
        REQUIRE_FALSE(fact["evidence"].empty());
        CHECK(fact["evidence"][0]["doc"] == "ai-geopolitics.ko");
        CHECK_FALSE(fact["evidence"][0]["text"].get<std::string>().empty());
      }
    }
  }
}

TEST_CASE("Korean questions from the vocabulary's stems", "[seed][e2e]") {
  ExampleDb db;
  CHECK(AnswerValues(Ask(db.path, "오픈AI와 협력한 기업은?")) == std::vector<std::string>{"Kakao"});
  CHECK(AnswerValues(Ask(db.path, "딥시크를 출시한 곳은?")) ==
        std::vector<std::string>{"DeepSeek"});
  CHECK(AnswerValues(Ask(db.path, "카카오와 협력한 기업은")) == std::vector<std::string>{"OpenAI"});
}

TEST_CASE("a negated fact never answers the positive question", "[seed][e2e]") {
  ExampleDb db;
  auto signers = AnswerValues(Ask(db.path, "?x signed \"AI Action Summit declaration\""));
  for (const std::string& s : signers) {
    CHECK(s != "United States");
    CHECK(s != "United Kingdom");
  }
  auto planned = Ask(db.path, "How much will Canada invest?");
  REQUIRE(planned["facts"].size() == 1);
  CHECK(planned["facts"][0]["qualifiers"]["status"] == "planned");
}

}  // namespace kg
