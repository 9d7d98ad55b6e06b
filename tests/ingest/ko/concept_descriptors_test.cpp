// A concept the document has named (AI, once "인공지능(AI)" and a quoted '인공지능' made it a name)
// among the descriptor nouns between an organisation's genitive and its product's name: "ORG의 AI
// 시스템 NAME". Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a named concept before a product noun modifies it; the name after is the product",
          "[ingest][ko][genitive]") {
  const std::string doc =
      "그 실험실은 인공지능(AI)과 자동 제어를 함께 연구했다.\n\n"
      "'인공지능'이라는 이름은 학회에서 처음 쓰였다.\n\n"
      "2015년, **가람전자**의 AI 시스템 **누리봇**이 바둑 대회에서 우승했다.\n";
  CHECK(HasFact(doc, "가람전자 develops 누리봇", "markdown"));
  for (const std::string& f : FactsOfDocument(doc, "markdown")) {
    INFO(f);
    CHECK(f.find("develops 인공지능") == std::string::npos);
  }
}

TEST_CASE("a named concept before a noun of no product kind leaves the name alone",
          "[ingest][ko][genitive]") {
  const std::string doc =
      "그 실험실은 인공지능(AI)과 자동 제어를 함께 연구했다.\n\n"
      "'인공지능'이라는 이름은 학회에서 처음 쓰였다.\n\n"
      "**가람전자**의 AI 협력사 **한솔칩스**가 공장을 지었다.\n";
  for (const std::string& f : FactsOfDocument(doc, "markdown")) {
    INFO(f);
    CHECK(f.find("develops") == std::string::npos);
  }
}

}  // namespace kg::testing
