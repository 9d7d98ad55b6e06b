// Hunspell readings: lemma, key noun and ending of eojeols in every register the corpus uses.
#include "ingest/ko/morphology.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "ingest/ko/analysis_cache.h"
#include "ingest/ko/korean.h"
#include "tests/support/test_macros.h"

namespace kg::ingest {
namespace {

KoreanMorphology& Morph() {
  auto m = KoreanMorphology::Get();
  REQUIRE_OK(m);
  return **m;
}

// The first predicate reading of `word`, rendered "lemma key rest" ("" when none).
std::string Predicate(const std::string& word) {
  for (const WordReading& r : Morph().Analyze(word)->readings) {
    if (r.predicate && !r.compound) return r.lemma + " " + r.key + " " + r.rest;
  }
  return "";
}

}  // namespace

TEST_CASE("a Hunspell analysis line becomes lemma, key and ending", "[ingest][ko][morphology]") {
  WordReading r = ReadingFrom("공개했습니다", " st:공개하다 fl:35");
  CHECK(r.predicate);
  CHECK(r.lemma == "공개하다");
  CHECK(r.key == "공개");
  CHECK(r.light == "하");
  CHECK(r.rest == "했습니다");

  WordReading native = ReadingFrom("내놨어요", " st:내놓다 fl:35");
  CHECK(native.predicate);
  CHECK(native.key == "내놓다");
  CHECK(native.rest == "놨어요");

  WordReading noun = ReadingFrom("회사들이", " pa:회사 st:회사");
  CHECK_FALSE(noun.predicate);
  CHECK(noun.compound);
  CHECK(noun.rest == "들이");

  WordReading copula = ReadingFrom("스타트업이다", " st:스타트업 fl:630");
  CHECK(copula.copula);
  CHECK_FALSE(copula.predicate);
}

TEST_CASE("verbs are read by their lemma whatever the register", "[ingest][ko][morphology]") {
  CHECK(Predicate("출시했다") == "출시하다 출시 했다");
  CHECK(Predicate("출시했습니다") == "출시하다 출시 했습니다");
  CHECK(Predicate("출시했어요") == "출시하다 출시 했어요");
  CHECK(Predicate("출시했죠") == "출시하다 출시 했죠");
  CHECK(Predicate("선보였죠") == "선보이다 선보이다 였죠");
  CHECK(Predicate("내놓았다") == "내놓다 내놓다 았다");
  CHECK(Predicate("손잡았다") == "손잡다 손잡다 았다");
  CHECK(Predicate("인수한") == "인수하다 인수 한");
  CHECK(Predicate("공개된") == "공개되다 공개 된");
}

TEST_CASE("reported speech in -대요 is read through its plain form", "[ingest][ko][morphology]") {
  CHECK(Predicate("만들었대요") == "만들다 만들다 었대요");
  CHECK(Predicate("투자한대요") == "투자하다 투자 한대요");
}

TEST_CASE("the -어지다 passive is read as its verb with the ending of 되다",
          "[ingest][ko][morphology]") {
  // The dictionary lacks these forms; the infinitive before 지 is the verb.
  CHECK(Predicate("세워졌다") == "세우다 세우다 됐다");
  CHECK(Predicate("만들어진") == "만들다 만들다 된");
  CHECK(Predicate("지어지고") == "짓다 짓다 되고");
  CHECK(AnalyzeEnding("됐다").passive);
  // A name that merely ends in 진 after no infinitive is no verb.
  CHECK(Predicate("마이진") == "");
}

TEST_CASE("a word the dictionary does not know is unknown", "[ingest][ko][morphology]") {
  CHECK_FALSE(Morph().Analyze("새솔바이오는")->known);
  CHECK(Morph().Analyze("회사")->known);
  CHECK(Morph().Analyze("기업들이")->known);
}

TEST_CASE("the analysis cache file keeps analyses exactly and skips torn lines",
          "[ingest][ko][morphology]") {
  std::shared_ptr<const WordAnalysis> a = Morph().Analyze("개발하고");
  REQUIRE(a->readings.size() >= 2);
  std::string line = AnalysisCacheFile::Encode("개발하고", *a);
  std::string word;
  WordAnalysis back;
  REQUIRE(AnalysisCacheFile::Decode(line, &word, &back));
  CHECK(word == "개발하고");
  CHECK(AnalysisCacheFile::Encode(word, back) == line);
  // A line cut short, or glued to the next, is not read.
  CHECK_FALSE(AnalysisCacheFile::Decode(line.substr(0, line.size() - 5), &word, &back));
  CHECK_FALSE(AnalysisCacheFile::Decode(line.substr(0, line.size() - 5) + line, &word, &back));
}

}  // namespace kg::ingest

namespace kg::ingest {

TEST_CASE("analyses made with other grammar data are not read back", "[ingest][ko][morphology]") {
  std::string dir =
      std::filesystem::temp_directory_path() / ("kg-cache-test-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const char* before = std::getenv("KG_CACHE_DIR");
  std::string saved = before ? before : "";
  setenv("KG_CACHE_DIR", dir.c_str(), 1);
  std::string old_path = AnalysisCacheFile::PathFor("/no/ko.aff", "/no/ko.dic", "이에요\n");
  std::string new_path = AnalysisCacheFile::PathFor("/no/ko.aff", "/no/ko.dic", "이에요\n랍니다\n");
  CHECK(old_path == AnalysisCacheFile::PathFor("/no/ko.aff", "/no/ko.dic", "이에요\n"));
  CHECK(old_path != new_path);
  {
    AnalysisCacheFile old_cache(old_path);
    old_cache.Add("회사랍니다", WordAnalysis{});
    old_cache.Flush();
  }
  CHECK(AnalysisCacheFile(old_path).Find("회사랍니다") != nullptr);
  CHECK(AnalysisCacheFile(new_path).Find("회사랍니다") == nullptr);
  if (before) setenv("KG_CACHE_DIR", saved.c_str(), 1); else unsetenv("KG_CACHE_DIR");
  std::filesystem::remove_all(dir);
}

TEST_CASE("the copula after a vowel has lost its 이", "[ingest][ko][morphology]") {
  auto copula = [](const std::string& word) {
    for (const WordReading& r : Morph().Analyze(word)->readings) {
      if (r.copula) return true;
    }
    return false;
  };
  CHECK(copula("회사다"));
  CHECK(copula("회사였다"));
  CHECK(copula("기업이다"));
  CHECK_FALSE(copula("회사로"));
  CHECK_FALSE(copula("회사는"));
}

}  // namespace kg::ingest

namespace kg::ingest {

TEST_CASE("the copula is read on a noun the dictionary lacks", "[ingest][ko][morphology]") {
  auto copula_noun = [](const std::string& word) -> std::string {
    for (const WordReading& r : Morph().Analyze(word)->readings) {
      if (r.copula) return r.key + " " + r.rest;
    }
    return "";
  };
  CHECK(copula_noun("메타버스입니다") == "메타버스 입니다");
  CHECK(copula_noun("속편작이에요") == "속편작 이에요");
  CHECK(copula_noun("드론택시이죠") == "드론택시 이죠");
  // Still no word of the language, and no copula without its ending.
  CHECK_FALSE(Morph().Analyze("메타버스입니다")->known);
  CHECK(copula_noun("메타버스로").empty());
}

}  // namespace kg::ingest
