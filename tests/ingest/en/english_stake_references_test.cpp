// Stakes whose company is written as a reference back ("the company", "it"): in a clause
// describing a name that is read on its own, and after the second of two verbs sharing a
// subject. Never the clause's own subject. Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

namespace {

// The owner_of lines of `facts`.
std::vector<std::string> Owners(const std::vector<std::string>& facts) {
  std::vector<std::string> out;
  for (const std::string& f : facts) {
    UNSCOPED_INFO(f);
    if (f.find(" owner_of ") != std::string::npos) out.push_back(f);
  }
  return out;
}

}  // namespace

TEST_CASE("a describing clause's stake in the company is the sentence's opening organisation's",
          "[ingest][english]") {
  std::vector<std::string> facts = FactLines(
      "Korvo Therapeutics is a biotech company based in Boston.\n\n"
      "Korvo is backed by venture capital firm Pella Ventures, which led its $40 million funding "
      "round in 2021, and by Hanmi Chemical, which owns 6% of the company.");
  CHECK(Owners(facts) ==
        std::vector<std::string>{"Hanmi Chemical owner_of Korvo Therapeutics [percent 6]"});
}

TEST_CASE("a describing clause's stake names no company when only its own subject precedes",
          "[ingest][english]") {
  // The sentence opens with the clause's own subject: "the company" is not Hanmi Chemical.
  CHECK(Owners(FactLines("Hanmi Chemical, which owns 6% of the company, led its $40 million "
                         "funding round in 2021, and Pella Ventures joined it."))
            .empty());
}

TEST_CASE("the second verb of a subject holds a stake in the company named before it",
          "[ingest][english]") {
  CHECK(Has(FactLines("The government of Portugal invested 50 million euros in Korvo "
                      "Therapeutics in 2021 and holds a 12% stake in the company."),
            "Government of Portugal owner_of Korvo Therapeutics [percent 12]"));
}

TEST_CASE("the second verb's stake in the company is never the subject's own",
          "[ingest][english]") {
  // The only organisation before "the company" is the subject itself.
  CHECK(Owners(FactLines("Korvo Therapeutics raised 50 million euros in 2021 and holds a 12% "
                         "stake in the company."))
            .empty());
  // A stake with no company after it states no part of anything.
  CHECK(Owners(FactLines("The government of Portugal invested 50 million euros in Korvo "
                         "Therapeutics in 2021 and holds a 12% stake."))
            .empty());
}

}  // namespace kg::ingest
