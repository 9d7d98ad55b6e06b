// A percentage answers as it is written and asked for ("72%"), in the pattern and the natural
// form alike: an English holding ingested, then asked both ways.
#include <catch2/catch.hpp>

#include <string>

#include "kg/engine.h"
#include "tests/support/temp_dir.h"

namespace kg {

TEST_CASE("a percentage shows its sign", "[engine][percent]") {
  testing::TempDir dir;
  Engine::OpenOptions open;
  open.db = dir.path() + "/db";
  open.write = true;
  open.create = true;
  auto engine = Engine::Open(open);
  REQUIRE(engine.ok());
  IngestOptions ingest;
  REQUIRE((*engine)->Ingest("Fenwick Capital owns 64% of Lorne Foods.\n", "holding.txt", ingest).ok());
  for (const char* q : {"select ?p where \"Fenwick Capital\" owner_of \"Lorne Foods\" [percent ?p]",
                        "What stake does Fenwick Capital own in Lorne Foods?"}) {
    INFO(q);
    auto result = (*engine)->Query(q, QueryOptions{});
    REQUIRE(result.ok());
    REQUIRE(result->rows.size() == 1);
    CHECK(result->rows[0][0].text == "64%");
  }
}

}  // namespace kg
