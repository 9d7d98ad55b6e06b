// A percentage answers as it is written and asked for ("72%"), in the pattern and the natural
// form alike: an English holding ingested, then asked both ways.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

TEST_CASE("a percentage shows its sign", "[engine][percent]") {
  testing::AskedGraph graph("Fenwick Capital owns 64% of Lorne Foods.\n", "holding.txt");
  for (const char* q : {"select ?p where \"Fenwick Capital\" owner_of \"Lorne Foods\" [percent ?p]",
                        "What stake does Fenwick Capital own in Lorne Foods?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"64%"});
  }
}

}  // namespace kg
