// Questions about what a thing is built on, in each basis postposition Korean uses (바탕으로,
// 기반으로, 토대로) before a verb of making, over a document that states it so.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/query_answers.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

namespace {

std::vector<std::string> Answers(const std::string& db, const std::string& query) {
  return testing::QueryAnswers(db, query);
}

}  // namespace

TEST_CASE("what a model is built on, asked with any basis postposition", "[query][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  std::string doc = tmp.Sub("models.ko.md");
  testing::WriteFile(doc,
                     "# 작은 모델\n\n"
                     "**다온랩스**는 올해 자사 **라온(Raon)** 연구를 바탕으로 만든 경량 모델 "
                     "**라온 미니(Raon Mini)**를 공개했어요.\n");
  auto in = testing::RunKg(db, {"ingest", doc});
  REQUIRE(in.exit_code == 0);
  using V = std::vector<std::string>;
  CHECK(Answers(db, "라온 미니는 무엇을 바탕으로 만들었어?") == V{"Raon"});
  CHECK(Answers(db, "라온 미니는 무엇을 토대로 개발했나요?") == V{"Raon"});
  CHECK(Answers(db, "라온을 바탕으로 만든 모델은?") == V{"Raon Mini"});
}

}  // namespace kg
