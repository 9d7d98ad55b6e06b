// "X is suing Y over Z, the company said.": the reporting clause after the last comma names
// who says the sentence; when the whole sentence reads to no fact, it is read without it.
// Sentences of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/en/en_attribution_tails.h"
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

namespace {

// What is left of `s` after the attribution tail is dropped (`s` itself when none is found).
std::string WithoutTail(const std::string& s) {
  static const auto relations = RelationVocabulary::Default();
  REQUIRE(relations.ok());
  static const auto words = EnglishWords::DefaultOrNull(relations.value());
  REQUIRE(words);
  std::vector<Rewrite> cut = WithoutAttributionTail({}, s, *words);
  if (cut.empty()) return s;
  return s.substr(0, cut[0].begin) + cut[0].text + s.substr(cut[0].end);
}

}  // namespace

TEST_CASE("an attribution tail is cut from the sentence it closes", "[ingest][english]") {
  CHECK(WithoutTail("Arden Rail is suing Corvo Freight, the company said.") ==
        "Arden Rail is suing Corvo Freight.");
  CHECK(WithoutTail("Arden Rail will buy Corvo Freight, people familiar with the talks said on "
                    "Friday.") == "Arden Rail will buy Corvo Freight.");
  CHECK(WithoutTail("Arden Rail will buy Corvo Freight, court records show.") ==
        "Arden Rail will buy Corvo Freight.");
  CHECK(WithoutTail("Arden Rail will buy Corvo Freight, Chief Executive Ines Vale told "
                    "reporters.") == "Arden Rail will buy Corvo Freight.");
}

TEST_CASE("a last clause that says more than who spoke stays", "[ingest][english]") {
  const std::string kept[] = {
      // A clause of its own after the reporting verb.
      "Arden Rail will buy Corvo Freight, and analysts said a rival bid was unlikely.",
      // A relative clause, not a speaker.
      "Arden Rail will buy Corvo Freight, which analysts said.",
      // A participle, not a finite reporting verb.
      "Arden Rail will buy Corvo Freight, saying the price was fair.",
      // No speaker before the verb.
      "Ines Vale, Arden's chief executive, said.",
      // No reporting verb.
      "Arden Rail will buy Corvo Freight, a freight operator.",
  };
  for (const std::string& s : kept) CHECK(WithoutTail(s) == s);
}

TEST_CASE("a sentence read to no fact with its tail is read without it", "[ingest][english]") {
  const Case cases[] = {
      {"Arden Rail is suing Corvo Freight over a failed delivery, the company said.",
       {"Arden Rail accused Corvo Freight"}},
      {"Arden Rail is suing Corvo Freight over a failed delivery, court filings show.",
       {"Arden Rail accused Corvo Freight"}},
  };
  CHECK(MissingFacts(cases).empty());
}

}  // namespace kg::ingest
