// A company named on its own in running text ("Nuvex said ...") and a longer name starting
// with it later ("its Brazilian unit, Nuvex Brasil") are two companies: a later "Nuvex" must
// not turn the unit into its parent, or the unit's facts are told of the parent. A short name
// after its full name (or in a heading before it) still stands for the full name.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("English: a longer name starting with a company's own name is another company",
          "[ingest][english]") {
  testing::AskedGraph g(
      "Portuguese utility Nuvex said on Tuesday it would build a solar farm near Evora.\n\n"
      "Nuvex said its chairman would retire in June and be replaced by Ana Reis, who currently "
      "runs the company's Brazilian unit, Nuvex Brasil.\n\n"
      "Nuvex Brasil acquired Solvo Energia for $300 million in 2024.\n\n"
      "Nuvex is 35% owned by Chinese state-owned group Yangtze Power, which raised its stake "
      "from 21% in 2024.\n",
      "nuvex.md");
  CHECK(g.Answers("Who acquired Solvo Energia?") == V{"Nuvex Brasil"});
  CHECK(g.Answers("Where is Nuvex?") == V{"Portugal"});
}

TEST_CASE("English: a short name in a heading or after its full name is the full name",
          "[ingest][english]") {
  // The body's name is bold: unmarked, the heading's "Corvane" still cuts "Corvane Motors"
  // short when mentions are found (a separate, older limit).
  testing::AskedGraph g(
      "# Corvane takes over Lumo Robotics for $900 million\n\n"
      "**Corvane Motors** took over Lumo Robotics, a maker of warehouse robots, for $900 million, "
      "the carmaker said on Monday.\n\n"
      "Corvane acquired Velt Systems in 2023.\n",
      "corvane.md");
  CHECK(g.Answers("Who acquired Velt Systems?") == V{"Corvane Motors"});
}

}  // namespace kg
