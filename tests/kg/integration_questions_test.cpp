// "X is built into Y" asks what Y uses (relations.json: uses, its question verbs): a model or
// service integrated into a product, as the gold questions of three development documents ask it.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("what is built into a product is what it uses", "[understand]") {
  testing::AskedGraph g("Hanul Studio uses NuriVideo for its clips.\n", "studio.txt");
  CHECK(g.Answers("\"Hanul Studio\" uses ?x") == V{"NuriVideo"});
  CHECK(g.Answers("Which video model is built into Hanul Studio?") == V{"NuriVideo"});
  CHECK(g.Answers("Is NuriVideo built into Hanul Studio?") == V{"yes"});
  // The other way round is not said.
  CHECK(g.Answers("Is Hanul Studio built into NuriVideo?") == V{"no"});
}

}  // namespace kg
