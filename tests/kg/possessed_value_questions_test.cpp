// "What is X's role at Y?", "How big is X's stake in Y?": a value noun after a possessive name
// asks for the value a fact carries, with no relation word in the question. Ingested English,
// asked in the natural form; the answer is the role or the percentage, not the whole fact.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

TEST_CASE("a role after a possessive name asks for the position held", "[understand][role]") {
  testing::AskedGraph graph(
      "Maren Holt, Brisco's chief operating officer, said on Friday the plant would close.\n",
      "role.txt");
  for (const char* q : {"What is Maren Holt's role at Brisco?",
                        "What is Maren Holt's position at Brisco?", "What is Maren Holt's role?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"chief operating officer"});
  }
}

TEST_CASE("a stake after a possessive name asks for the part held", "[understand][percent]") {
  testing::AskedGraph graph("Fenwick Capital owns 64% of Lorne Foods.\n", "stake.txt");
  for (const char* q : {"How big is Fenwick Capital's stake in Lorne Foods?",
                        "What is Fenwick Capital's stake in Lorne Foods?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"64%"});
  }
  // The value noun only says what is asked: another holder has no stake to show.
  CHECK(graph.Answers("What is Lorne Foods's stake in Fenwick Capital?").empty());
}

}  // namespace kg
