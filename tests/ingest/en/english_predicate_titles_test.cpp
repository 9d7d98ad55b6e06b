// A person who serves as, becomes or is appointed as "its <title>" holds that title at the
// organisation the sentence is about. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("serves as, becomes or is appointed as its title", "[ingest][english]") {
  CheckCases({
      {"Corvane, which is based in Leeds, was founded by Sheffield University physicist Amira "
       "Stone, who serves as its chief technology officer.",
       {"Amira Stone position_held Corvane [role chief technology officer]"}},
      {"Brenvo chief executive Ola Nygaard will run the merged bank, while Varsa CEO Tom Ruud is "
       "to become its chairman.",
       {"Tom Ruud position_held Brenvo [role chairman]"}},
      {"Separately, Halvard appointed Dana Holt, chairman and chief executive of payments company "
       "Quillo, as its new chief financial officer.",
       {"Dana Holt position_held Halvard [role chief financial officer]"}},
  });
}

TEST_CASE("no title after 'as its' that names no position", "[ingest][english]") {
  std::vector<std::string> facts =
      FactLines("Halvard CEO Dana Holt described Quillo as its main rival in Europe.");
  for (const std::string& f : facts) CHECK(f.find("position_held Halvard") == std::string::npos);
}

}  // namespace kg::ingest
