// "X, a former executive at Y," and "X, an analyst at Y,": a person's apposition with an
// indefinite title at an organisation states the position. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("an indefinite title at an organisation in a person's apposition", "[ingest][english]") {
  CHECK(MissingFacts({
                         {"Ada Brandt, a former executive at Danish grid operator Fennic, will run "
                          "the venture.",
                          {"Ada Brandt position_held Fennic [role former executive]"}},
                         {"Lena Holm, an analyst at Nordea Markets, said the price was fair.",
                          {"Lena Holm position_held Nordea Markets [role analyst]"}},
                     })
            .empty());
}

TEST_CASE("no position for an organisation's apposition", "[ingest][english]") {
  for (const std::string& f :
       FactLines("Kessel Systems, a rival of Orla Bank, cut its fees in May.")) {
    CHECK(f.find("position_held") == std::string::npos);
  }
}

}  // namespace kg::ingest
