// A percentage answers as it is written and asked for ("72%"), in the pattern and the natural
// form alike: an English holding ingested, then asked both ways ("what stake", "how much of").
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

// "what stake ... take in": the value word fronted by the question word is the object of the
// verb phrase ("take a stake", "hold a stake"), even where the verb alone means something else.
TEST_CASE("a fronted stake completes the verb phrase it is the object of", "[understand][percent]") {
  testing::AskedGraph graph("Harrow Mills will take a 35% stake in Quillon Bakeries.\n", "stake.txt");
  for (const char* q : {"What stake will Harrow Mills take in Quillon Bakeries?",
                        "What stake does Harrow Mills hold in Quillon Bakeries?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"35%"});
  }
}

// "how much of X does Y own": the part of X, a percentage, not an amount of money.
TEST_CASE("how much of a company asks for the part held", "[understand][percent]") {
  testing::AskedGraph graph("Lorne Foods is 42% owned by Fenwick Capital.\n", "part.txt");
  CHECK(graph.Answers("How much of Lorne Foods does Fenwick Capital own?") ==
        std::vector<std::string>{"42%"});
}

}  // namespace kg
