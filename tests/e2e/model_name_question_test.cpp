// Questions that name a product by its model as the text wrote it: a family's version in
// Hangul (갤럭시 S25), a maker's model alone (EV5), a version after a name (솔라 10.7B), and a
// model the graph does not have, which
// is an error rather than a question about anything at all.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
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

TEST_CASE("a model named as the text wrote it answers; one the graph lacks is an error",
          "[query][e2e]") {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  std::string doc = tmp.Sub("phones.ko.md");
  testing::WriteFile(doc,
                     "# 새 휴대폰\n\n"
                     "갤럭시 S25 시리즈에는 퀄컴의 **스냅드래곤 8 엘리트**가 들어갔어요.\n\n"
                     "경쟁 모델로는 **기아** EV5랑 **테슬라** 모델 Y가 꼽혀요.\n\n"
                     "**업스테이지**는 지난해 **솔라(SOLAR) 10.7B**를 공개했어요.\n");
  auto in = testing::RunKg(db, {"ingest", doc});
  REQUIRE(in.exit_code == 0);
  CHECK(Answers(db, "갤럭시 S25에는 어떤 칩이 들어갔어?") ==
        std::vector<std::string>{"Snapdragon 8 Elite"});
  CHECK(Answers(db, "EV5를 만든 회사는?") == std::vector<std::string>{"Kia"});
  // A version after a name the question finds (솔라), as the graph spells the whole.
  CHECK(Answers(db, "솔라 10.7B를 공개한 곳은?") == std::vector<std::string>{"Upstage"});
  // Not in the graph: no list of every maker, but the error and its column.
  auto r = testing::RunKg(db, {"query", "엑시노스 2400을 만든 회사는?"});
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("no entity '엑시노스 2400'") != std::string::npos);
  // A number that is no model name (a cell format) still reads as before.
  auto cells = testing::RunKg(db, {"query", "기아가 4680 배터리를 만들었나요?"});
  CHECK(cells.err.find("no entity") == std::string::npos);
}

}  // namespace kg
