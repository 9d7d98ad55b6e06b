// What a thing is built with and who competes with whom, as Korean says it without an active
// verb: "X에는 Y가 들어갔다 / 탑재됐다 / 쓰이고 있다" (X uses Y), a symmetric relation over a
// listed subject ("A, B, C는 경쟁하고 있다"), and bold model names with a number whose other
// words are words of the language (누리 X6 프로). Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
std::vector<std::string> Facts(const std::string& markdown) { return FactsOfDocument(markdown, "markdown"); }
bool Has(const std::string& markdown, const std::string& fact) { return HasFact(markdown, fact, "markdown"); }
}  // namespace

TEST_CASE("what is put into a thing is what it uses", "[ingest][ko][components]") {
  CHECK(Has("**가온폰 7**에는 **한솔칩 9**가 들어갔어요.\n", "가온폰 7 uses 한솔칩 9"));
  CHECK(Has("**가온폰 8**에는 **한솔칩 10**이 탑재됐죠.\n", "가온폰 8 uses 한솔칩 10"));
  CHECK(Has("**별빛봇**에는 **가온 2** 모델이 쓰이고 있대요.\n", "별빛봇 uses 가온 2"));
}

TEST_CASE("a country something goes into does not use it", "[ingest][ko][components]") {
  for (const std::string& f : Facts("**한솔칩 9**는 지난해 미국에 들어갔다.\n")) {
    INFO(f);
    CHECK(f.find("uses") == std::string::npos);
  }
}

TEST_CASE("a symmetric relation without a partner holds among a listed subject",
          "[ingest][ko][components]") {
  std::vector<std::string> facts =
      Facts("**가람텔레콤**, **한빛텔레콤**, **누리텔레콤**은 AI 시장에서 치열하게 경쟁하고 있어요.\n");
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  CHECK(std::find(facts.begin(), facts.end(), "가람텔레콤 competes_with 한빛텔레콤") != facts.end());
  CHECK(std::find(facts.begin(), facts.end(), "가람텔레콤 competes_with 누리텔레콤") != facts.end());
  CHECK(std::find(facts.begin(), facts.end(), "한빛텔레콤 competes_with 누리텔레콤") != facts.end());
}

TEST_CASE("a bold model name with a number is a name though its words are common",
          "[ingest][ko][components]") {
  CHECK(Has("**누리 B7 프로**에는 **한솔칩 9**가 들어갔어요.\n", "누리 B7 프로 uses 한솔칩 9"));
}

TEST_CASE("a bold name that ends in a noun of its kind is of that kind", "[ingest][ko][components]") {
  // Learned from a table cell first, then ranked in when quoted.
  std::vector<std::string> facts = Facts(
      "| 지표 | 기관 |\n|---|---|\n| **푸른 혁신 지수** | 가온연구원 |\n\n"
      "'푸른 혁신 지수'에서는 **독일**이 1위, **한국**이 2위였다.\n");
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  CHECK(std::find(facts.begin(), facts.end(), "Germany ranked_in 푸른 혁신 지수") != facts.end());
  CHECK(std::find(facts.begin(), facts.end(), "South Korea ranked_in 푸른 혁신 지수") != facts.end());
}

}  // namespace kg::testing
