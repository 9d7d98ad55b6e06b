// Goods a company takes in or buys name who supplies it: "will house servers bought from X",
// "will use batteries from X", "would carry sensors made by X", "X's chips were ordered by Y";
// a share, a unit or a company bought is no supply. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("the source of goods taken in supplies the taker", "[ingest][english]") {
  static const Case cases[] = {
      {"The Brevik Data Center will house 8,000 servers bought from Corlane Systems.",
       {"Corlane Systems supplies Brevik Data Center [status planned]"}},
      {"Tessaro Motors will use batteries from Veltra Energy.",
       {"Veltra Energy supplies Tessaro Motors [status planned]"}},
      {"Aurent Space would carry radar sensors made by Dutch supplier Holm Optics.",
       {"Holm Optics supplies Aurent Space [status planned]"}},
      {"Tessaro Motors will use Veltra Energy's battery cells in its trucks.",
       {"Veltra Energy supplies Tessaro Motors [status planned]"}},
  };
  CHECK(MissingFacts(cases).empty());
}

TEST_CASE("the maker of goods bought supplies the buyer", "[ingest][english]") {
  static const Case cases[] = {
      {"Corlane Systems' memory chips, which are made at its Penang plant, have also been ordered "
       "by Brevik Networks.",
       {"Corlane Systems supplies Brevik Networks"}},
      {"Brevik Networks bought memory chips from Corlane Systems.",
       {"Corlane Systems supplies Brevik Networks"}},
  };
  CHECK(MissingFacts(cases).empty());
}

TEST_CASE("a share, a unit or a company bought is no supply", "[ingest][english]") {
  CHECK_FALSE(HasRelation(FactLines("Brevik Networks bought a 10% stake from Corlane Systems."),
                          "supplies"));
  CHECK_FALSE(
      HasRelation(FactLines("Brevik Networks bought Corlane Systems's Penang plant."), "supplies"));
  CHECK_FALSE(HasRelation(
      FactLines("Brevik Networks bought the chip business from Corlane Systems."), "supplies"));
  // The maker's goods bought may be its assets: only a seller after "from" supplies.
  CHECK_FALSE(HasRelation(FactLines("Brevik Networks will buy Corlane Systems's retail stores."),
                          "supplies"));
  // A name taken in is no goods: nothing says who supplies whom.
  CHECK_FALSE(
      HasRelation(FactLines("Tessaro Motors will use Veltra Energy from 2026."), "supplies"));
}

}  // namespace kg::ingest
