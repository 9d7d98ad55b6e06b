// "Rival insurer Norrland Bank said ...": a capitalised common word opening the sentence is
// the descriptor of the organisation after it, not a name of its own; read as a name it
// broke the parse of the whole sentence and its facts were lost. A person's title after an
// organisation's name ("Meridian chief executive X") keeps the organisation.
#include "tests/ingest/en/english_facts.h"

namespace kg::ingest {

TEST_CASE("a descriptor word opening the sentence is not a name", "[ingest][english]") {
  std::vector<std::string> got =
      FactLines("Rival insurer Norrland Bank said in May it had no plans to bid for Selby Bank.");
  INFO(::Catch::Detail::stringify(got));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& f) {
    return f.rfind("Norrland Bank acquired Selby Bank", 0) == 0 &&
           f.find("[negated]") != std::string::npos;
  }));
  const Case cases[] = {
      {"Meridian chief executive Anna Lind said the group would buy Selby Bank.",
       {"Anna Lind ceo_of Meridian"}},
  };
  CheckCases(cases);
}

}  // namespace kg::ingest
