// "Which companies is X developing engines with?": a preposition stranded at the end that the
// verb does not take asks for X's partner in the deed, not for an end of the verb's relation.
// Ingested English, asked in the natural form.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

TEST_CASE("a stranded 'with' the verb does not take asks for the partner",
          "[understand][partner]") {
  testing::AskedGraph graph(
      "Brisco Motors and Lindqvist Automotive have been jointly developing electric axles since "
      "2023.\n",
      "partners.txt");
  for (const char* q : {"Which companies is Brisco Motors developing electric axles with?",
                        "Who is Brisco Motors developing axles with?",
                        "Who did Brisco Motors develop electric axles with?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"Lindqvist Automotive"});
  }
}

TEST_CASE("a verb that takes 'with' itself keeps its own relation", "[understand][partner]") {
  testing::AskedGraph graph(
      "Brisco Motors competes with Lindqvist Automotive in Europe.\n"
      "Brisco Motors and Harju Cells signed a battery supply agreement.\n",
      "rivals.txt");
  // "compete with" is competes_with: the partner reading would add Harju Cells.
  CHECK(graph.Answers("Who does Brisco Motors compete with?") ==
        std::vector<std::string>{"Lindqvist Automotive"});
}

}  // namespace kg
