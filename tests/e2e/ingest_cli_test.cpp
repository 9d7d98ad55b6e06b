// kg ingest and kg lexicon through the real binary: English documents, one entity across
// documents, re-ingest, replace, forget, user lexicon entries.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/support/db_dump.h"
#include "tests/support/query_answers.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

using testing::RunKg;

namespace {

std::string Example(const std::string& name) {
  return testing::SourceDir() + "/examples/documents/" + name;
}

std::vector<std::string> Answers(const std::string& db, const std::string& query) {
  return testing::QueryAnswers(db, query);
}

nlohmann::json Json(const std::string& db, const std::string& query) {
  auto r = RunKg(db, {"query", "--format", "json", query});
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("an English document becomes facts", "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto r = RunKg(db, {"ingest", Example("ai-partnerships.en.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("ingested ai-partnerships.en: 8 sentences") != std::string::npos);

  // "SoftBank and OpenAI announced a joint venture": partners as well.
  CHECK(Answers(db, "who partnered with OpenAI?") == Strings{"Kakao", "SoftBank"});
  CHECK(Answers(db, "who is the CEO of Kakao?") == Strings{"Chung Shin-a"});
  CHECK(Answers(db, "which companies did Sam Altman visit?") ==
        Strings{"Samsung Electronics", "SK Group"});
  // "did not sign" is a negated fact: it answers the negated question only.
  CHECK(Answers(db, "?x signed \"AI Action Summit declaration\"").empty());
  CHECK(Answers(db, "?x signed \"AI Action Summit declaration\" [negated true]") ==
        Strings{"United States", "United Kingdom"});
  // "plans to invest" is planned, and says so.
  auto plan = Json(db, "how much will SoftBank invest in OpenAI?");
  REQUIRE(plan["rows"].size() == 1);
  CHECK(plan["rows"][0]["amount"] == "40000000000 USD");
  CHECK(plan["facts"][0]["qualifiers"]["status"] == "planned");
  // The dateline dates the document; a month and year is a partial date.
  CHECK(Answers(db, "select ?d where DeepSeek released \"DeepSeek-R1\" [date ?d]") ==
        Strings{"2025-01"});
}

TEST_CASE("the same entity named in Korean and in English is one entity", "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto r = RunKg(db, {"ingest", Example("ai-geopolitics.ko.txt"), Example("ai-partnerships.en.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("2 ingested, 0 unchanged, 0 failed") != std::string::npos);
  // One partnership fact, with a sentence from each document.
  auto j = Json(db, "who partnered with 카카오?");
  CHECK(j["rows"] == nlohmann::json::parse(R"([{"who": "OpenAI"}])"));
  REQUIRE(j["facts"].size() == 1);
  std::set<std::string> docs;
  for (const auto& e : j["facts"][0]["evidence"]) docs.insert(e["doc"].get<std::string>());
  CHECK(docs == std::set<std::string>{"ai-geopolitics.ko", "ai-partnerships.en"});
  // Sam Altman visited a country (Korean document) and companies (English document).
  CHECK(Answers(db, "\"Sam Altman\" visited ?x") ==
        Strings{"South Korea", "Samsung Electronics", "SK Group"});
}

TEST_CASE("re-ingesting unchanged content is a no-op", "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  REQUIRE(RunKg(db, {"ingest", Example("ai-partnerships.en.txt")}).exit_code == 0);
  std::string before = testing::DumpDatabase(db);
  auto again = RunKg(db, {"ingest", Example("ai-partnerships.en.txt")});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("unchanged ai-partnerships.en") != std::string::npos);
  CHECK(testing::DumpDatabase(db) == before);
}

TEST_CASE("changed content under the same id replaces the old facts", "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("news.txt"), "Kakao partnered with OpenAI.\nNvidia released Blackwell.\n");
  REQUIRE(RunKg(db, {"ingest", tmp.Sub("news.txt")}).exit_code == 0);
  CHECK(Answers(db, "who partnered with OpenAI") == Strings{"Kakao"});

  testing::WriteFile(tmp.Sub("news.txt"), "Naver partnered with OpenAI.\nNvidia released Blackwell.\n");
  auto r = RunKg(db, {"ingest", tmp.Sub("news.txt")});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("replaced news") != std::string::npos);
  CHECK(Answers(db, "who partnered with OpenAI") == Strings{"Naver"});
  CHECK(Answers(db, "what did Nvidia release") == Strings{"Blackwell"});
  // --id puts a file under another name; the document list shows both.
  REQUIRE(RunKg(db, {"ingest", "--id", "copy", tmp.Sub("news.txt")}).exit_code == 0);
  auto docs = RunKg(db, {"docs"});
  CHECK(docs.out.find("news\t") != std::string::npos);
  CHECK(docs.out.find("copy\t") != std::string::npos);
}

TEST_CASE("forget removes what only that document said", "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("a.txt"), "Kakao partnered with OpenAI.\nNvidia released Blackwell.\n");
  testing::WriteFile(tmp.Sub("b.txt"), "OpenAI partnered with Kakao.\n");
  REQUIRE(RunKg(db, {"ingest", tmp.Sub("b.txt")}).exit_code == 0);
  REQUIRE(RunKg(db, {"ingest", tmp.Sub("a.txt")}).exit_code == 0);

  auto r = RunKg(db, {"forget", "a"});
  CHECK(r.exit_code == 0);
  // The partnership is still stated by b; the release was only in a.
  auto j = Json(db, "who partnered with OpenAI");
  CHECK(j["rows"] == nlohmann::json::parse(R"([{"who": "Kakao"}])"));
  REQUIRE(j["facts"].size() == 1);
  CHECK(j["facts"][0]["evidence"].size() == 1);
  CHECK(j["facts"][0]["evidence"][0]["doc"] == "b");
  // Nvidia was named only in a: it is gone with it.
  auto nvidia = RunKg(db, {"query", "what did Nvidia release"});
  CHECK(nvidia.exit_code == 1);
  CHECK(nvidia.err.find("no entity 'Nvidia'") != std::string::npos);

  auto missing = RunKg(db, {"forget", "a"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.ErrLines().size() == 1);
}

TEST_CASE("user lexicon entries name entities in later ingests", "[ingest][lexicon][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("chips.txt"), "리벨리온은 퓨리오사와 협력하기로 했다.\n");
  REQUIRE(RunKg(db, {"ingest", tmp.Sub("chips.txt")}).exit_code == 0);
  CHECK(Answers(db, "?x partnered_with ?y").empty());  // neither name is known

  REQUIRE(RunKg(db, {"lexicon", "add", "Rebellions", "--type", "Organization", "--alias", "리벨리온@ko"})
              .exit_code == 0);
  REQUIRE(RunKg(db, {"lexicon", "add", "FuriosaAI", "--type", "Organization", "--alias", "퓨리오사@ko"})
              .exit_code == 0);
  auto list = RunKg(db, {"lexicon", "list"});
  CHECK(list.out.find("Rebellions  (Organization)  aka 리벨리온@ko") != std::string::npos);

  // The same text again: the lexicon changed, so it is read again.
  auto again = RunKg(db, {"ingest", tmp.Sub("chips.txt")});
  CHECK(again.out.find("replaced chips") != std::string::npos);
  auto j = Json(db, "리벨리온과 협력한 기업은?");
  CHECK(j["rows"] == nlohmann::json::parse(R"([{"기업": "FuriosaAI"}])"));
  CHECK(j["facts"][0]["evidence"][0]["rule"].get<std::string>().rfind("ko:", 0) == 0);

  REQUIRE(RunKg(db, {"lexicon", "remove", "FuriosaAI"}).exit_code == 0);
  CHECK(RunKg(db, {"lexicon", "list"}).out.find("FuriosaAI") == std::string::npos);
  auto gone = RunKg(db, {"lexicon", "remove", "FuriosaAI"});
  CHECK(gone.exit_code == 1);
}

TEST_CASE("ingest --lexicon FILE adds entries for one ingest", "[ingest][lexicon][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::WriteFile(tmp.Sub("chips.txt"), "리벨리온은 퓨리오사와 협력하기로 했다.\n");
  auto r = RunKg(db, {"ingest", "--lexicon", testing::SourceDir() + "/examples/lexicon-extra.json",
                      tmp.Sub("chips.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(Answers(db, "who partnered with Rebellions") == Strings{"FuriosaAI"});
  // Nothing was kept in the database's own lexicon.
  CHECK(RunKg(db, {"lexicon", "list"}).out.empty());
}

TEST_CASE("a document from stdin", "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  testing::RunOptions in;
  in.stdin_data = "카카오는 오픈AI와 협력했다.\n";
  auto r = RunKg(db, {"ingest", "--id", "note", "-"}, in);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(Answers(db, "who partnered with OpenAI") == Strings{"Kakao"});
  CHECK(RunKg(db, {"docs"}).out.rfind("note\t", 0) == 0);
}

}  // namespace kg

namespace kg {

TEST_CASE("the README's main job: example documents in, example queries answered",
          "[ingest][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto in = testing::RunKg(db, {"ingest", testing::SourceDir() + "/examples/documents/ai-geopolitics.ko.txt",
                                testing::SourceDir() + "/examples/documents/ai-partnerships.en.txt"});
  REQUIRE(in.exit_code == 0);
  auto q = testing::RunKg(db, {"query", "--format", "ndjson", "-f",
                               testing::SourceDir() + "/examples/queries.kgq"});
  INFO(q.err);
  CHECK(q.exit_code == 0);
  CHECK(q.err.empty());
  // One JSON object per query, none an error, none without an answer.
  std::istringstream lines(q.out);
  int queries = 0;
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    INFO(line);
    CHECK_FALSE(j.contains("error"));
    CHECK_FALSE(j["rows"].empty());
    ++queries;
  }
  CHECK(queries >= 40);
}

}  // namespace kg
