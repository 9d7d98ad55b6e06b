// A measure stated in Korean (has_metric, whose object is a value) answers the questions that
// ask for it: by the measure noun (X의 점유율은?), with 얼마 (how much), with the words that say
// what is measured before the measure noun, and in the pattern form.
#include <catch2/catch.hpp>

#include <string>

#include "kg/engine.h"
#include "tests/support/temp_dir.h"

namespace kg {

TEST_CASE("a measure answers questions about it", "[engine][metric]") {
  testing::TempDir dir;
  Engine::OpenOptions open;
  open.db = dir.path() + "/db";
  open.write = true;
  open.create = true;
  auto engine = Engine::Open(open);
  REQUIRE(engine.ok());
  IngestOptions ingest;
  REQUIRE((*engine)->Ingest("카카오의 국내 검색 점유율은 41%로 낮았다.\n", "share.txt", ingest).ok());
  for (const char* q : {"select ?v where Kakao has_metric ?v", "카카오의 점유율은?", "카카오의 점유율은 얼마야?",
                        "카카오의 국내 검색 점유율은 얼마인가요?", "What is the rate of Kakao?"}) {
    INFO(q);
    auto result = (*engine)->Query(q, QueryOptions{});
    REQUIRE(result.ok());
    REQUIRE(result->rows.size() == 1);
    CHECK(result->rows[0][0].text == "41%");
  }
}

}  // namespace kg
