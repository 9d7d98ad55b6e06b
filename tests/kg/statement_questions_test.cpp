// A query written as a statement, both ends named and no question word ("Walmart acquired
// Brightwell Stores", a relation id that is a plain English word), asks whether it holds: yes
// or no, as the pattern form of a fully bound atom does.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("a statement with both ends named is answered yes or no", "[understand]") {
  testing::AskedGraph g("Hanul Retail acquired Nuri Stores in March.\n", "deal.txt");
  CHECK(g.Answers("\"Hanul Retail\" acquired \"Nuri Stores\"") == V{"yes"});
  CHECK(g.Answers("Hanul Retail acquired Nuri Stores?") == V{"yes"});
  CHECK(g.Answers("\"Nuri Stores\" acquired \"Hanul Retail\"") == V{"no"});
  // A question word still asks for the end it stands for.
  CHECK(g.Answers("Who acquired Nuri Stores?") == V{"Hanul Retail"});
}

}  // namespace kg
