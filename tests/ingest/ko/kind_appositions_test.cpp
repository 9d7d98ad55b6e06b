// Kinds written as the head of a relative clause right before a product's name (instance_of,
// ingest/ko/ko_kind_appositions.cpp). Sentences of our own, written in the construction of real
// Korean blog posts and news.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) { return HasFact(text, fact, "markdown"); }
}  // namespace

TEST_CASE("a kind heading a relative clause before a product's name", "[ingest][ko][kinds]") {
  CHECK(Has("누리랩스가 개발한 거대 언어 모델 **NuriLM-2**가 공개됐다.\n", "NuriLM-2 instance_of 거대 언어 모델"));
  // One long noun alone is a kind.
  CHECK(Has("카카오가 만든 슈퍼컴퓨터 **HanulBlue-1**은 대회에서 우승했다.\n", "HanulBlue-1 instance_of 슈퍼컴퓨터"));
}

TEST_CASE("noun runs before names that say no kind of a product", "[ingest][ko][kinds]") {
  // No relative clause before the nouns.
  CHECK_FALSE(HasRelation("그는 거대 언어 모델 **NuriLM-2**를 써 봤다.\n", "instance_of", "markdown"));
  // An organisation's head noun describes its trade.
  CHECK_FALSE(HasRelation("정부가 지원한 반도체 기업 **HanRiver**는 공장을 지었다.\n", "instance_of", "markdown"));
  // A short noun alone, and a determiner, say too little.
  CHECK_FALSE(HasRelation("누리랩스가 만든 모델 **NuriLM-2**가 나왔다.\n", "instance_of", "markdown"));
  // A name that only modifies the next one heads nothing.
  CHECK_FALSE(HasRelation("작년에 나온 소형 SUV **NuriCar** 'N1'의 후속이다.\n", "instance_of", "markdown"));
}

}  // namespace kg::testing
