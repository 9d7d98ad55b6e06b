// Companies listed together as a sentence's subject that act jointly ("A, B and C have been
// jointly building", "A and B plan to open a joint lab") are partners. Sentences of our own.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

namespace {

bool HasPair(const std::vector<std::string>& facts, const std::string& a, const std::string& b) {
  return std::find(facts.begin(), facts.end(), a + " partnered_with " + b) != facts.end() ||
         std::find(facts.begin(), facts.end(), b + " partnered_with " + a) != facts.end();
}

}  // namespace

TEST_CASE("a list of companies acting jointly are partners, each two of them", "[ingest][english]") {
  std::vector<std::string> three = FactLines(
      "Orvane Foods, Kessel Dairy and Tarrow Farms have been jointly testing new packaging for frozen meals "
      "since June 2023.");
  CHECK(HasPair(three, "Orvane Foods", "Kessel Dairy"));
  CHECK(HasPair(three, "Orvane Foods", "Tarrow Farms"));
  CHECK(HasPair(three, "Kessel Dairy", "Tarrow Farms"));
  std::vector<std::string> lab = FactLines(
      "Helm Robotics and the Western Coast Institute of Science plan to open a joint test lab for farm robots "
      "next year, and Helm Robotics will fund it.");
  CHECK(HasPair(lab, "Helm Robotics", "Western Coast Institute of Science"));
}

TEST_CASE("a list of described companies that join forces or team up are partners", "[ingest][english]") {
  // Each name after its descriptor; the verb states partnership only when no "with" follows.
  std::vector<std::string> forces = FactLines(
      "Danish shipping group Brakvik Lines and Dutch port operator Haverstad Terminals joined forces on "
      "Monday to build an electric ferry terminal in Aarhus.");
  CHECK(HasPair(forces, "Brakvik Lines", "Haverstad Terminals"));
  std::vector<std::string> team = FactLines(
      "Finnish cloud provider Peltar Systems and Finnish bank Ulvila Savings teamed up in 2024 to sell "
      "cloud services.");
  CHECK(HasPair(team, "Peltar Systems", "Ulvila Savings"));
}

TEST_CASE("acting jointly makes no partners when denied, after another name or without a list",
          "[ingest][english]") {
  CHECK_FALSE(HasRelation(
      FactLines("Orvane Foods and Kessel Dairy denied that they were jointly testing new packaging."),
      "partnered_with"));
  // The joint venture is another company's.
  CHECK_FALSE(HasPair(FactLines("Orvane Foods and Kessel Dairy criticised Tarrow Farms's joint venture."),
                      "Orvane Foods", "Kessel Dairy"));
  // Teaming up with a third name makes the list partners of that name, not of each other.
  CHECK_FALSE(HasPair(FactLines("Orvane Foods and Kessel Dairy teamed up with Tarrow Farms in May."),
                      "Orvane Foods", "Kessel Dairy"));
  // One name is no list.
  CHECK_FALSE(HasRelation(FactLines("Orvane Foods has been jointly testing new packaging."), "partnered_with"));
}

}  // namespace kg::ingest
