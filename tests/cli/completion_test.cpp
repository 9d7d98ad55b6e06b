// Tab completion's decisions without a terminal: what goes at the cursor (dot-command, its
// argument, relation id, name) and what is inserted (names as written, quoted when needed).
#include "kg/cli/completion.h"

#include <catch2/catch.hpp>

namespace kg::cli {

namespace {

class FakeSource : public CompletionSource {
 public:
  std::vector<std::string> Names(const std::string&) override {
    return {"Six Little Tigers", "Sam Altman", "Samsung", "Samsung Electronics", "오픈AI",
            "오픈소스재단",      "OpenAI",     "Kakao"};
  }
  std::vector<std::string> Relations() override {
    return {"partnered_with", "participates_in", "member_of"};
  }
};

// The line after completing at its end.
std::string After(const std::string& line, const std::string& pending = "") {
  FakeSource source;
  Completion c = Complete(pending, line, source);
  return line.substr(0, c.start) + c.insert;
}

std::vector<std::string> Candidates(const std::string& line) {
  FakeSource source;
  return Complete("", line, source).candidates;
}

}  // namespace

TEST_CASE("completion: names as written, quoted when they hold a space", "[cli][completion]") {
  CHECK(After("?x member_of six") == "?x member_of \"Six Little Tigers\"");
  CHECK(After("?x member_of \"six l") == "?x member_of \"Six Little Tigers\"");
  CHECK(After("who met kak") == "who met Kakao");
  CHECK(After("?x partnered_with op") == "?x partnered_with OpenAI");
  // Several names: their shared prefix as written; the list quotes those that need it.
  CHECK(After("who met sam") == "who met Sam");
  CHECK(Candidates("who met sam") ==
        std::vector<std::string>{"\"Sam Altman\"", "Samsung", "\"Samsung Electronics\""});
  CHECK(After("who met samsung") == "who met Samsung");
  // Hangul: the shared prefix ends on a whole character.
  CHECK(After("?x partnered_with 오") == "?x partnered_with 오픈");
  CHECK(After("?x partnered_with 오픈A") == "?x partnered_with 오픈AI");
}

TEST_CASE("completion: relation ids where a relation goes, names where a name goes",
          "[cli][completion]") {
  CHECK(After("?x partnered_w") == "?x partnered_with");
  CHECK(After("select ?x where ?x member_of \"Six Little Tigers\", ?x pa") ==
        "select ?x where ?x member_of \"Six Little Tigers\", ?x part");  // what both share
  CHECK(Candidates("select ?x where ?x member_of \"Six Little Tigers\", ?x pa") ==
        std::vector<std::string>{"partnered_with", "participates_in"});
  CHECK(Candidates("?x member_of Kakao [amount ?a] and ?x mem") ==
        std::vector<std::string>{"member_of"});
  CHECK(Candidates("Kakao partnered_with ka") == std::vector<std::string>{"Kakao"});
  CHECK(Candidates("?x partnered_with Kakao [am") == std::vector<std::string>{"amount"});
  // A continuation line completes in the context of the lines before it.
  CHECK(After("?x partnered_w", "select ?x where ?y member_of \"Six Little Tigers\",") ==
        "?x partnered_with");
}

TEST_CASE("completion: dot-commands and their arguments after a '.'", "[cli][completion]") {
  CHECK(After(".for") == ".format");
  CHECK(After(".format nd") == ".format ndjson");
  CHECK(After(".evidence o") == ".evidence o");
  CHECK(Candidates(".evidence o") == std::vector<std::string>{"on", "off"});
  CHECK(After(".timer of") == ".timer off");
  CHECK(Candidates(".t") == std::vector<std::string>{".timer", ".timeout"});
}

}  // namespace kg::cli
