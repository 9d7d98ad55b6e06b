// The REPL on a pseudo-terminal as people use it (issue 13): Hangul typed at the prompt and
// recalled from history, Tab completion of a multi-word mixed-case name, a query continued
// over lines and Ctrl-C discarding it. Keys are sent only once the line editor has the
// terminal in raw mode (WaitForPrompt); every wait is generous, so a loaded machine is slow,
// not failing.
#include <catch2/catch.hpp>

#include "tests/support/fixture_graph.h"
#include "tests/support/pty_session.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"

namespace kg {

namespace {

constexpr int kWaitMs = 60000;
const char kUp[] = "\x1b[A";

// A REPL on the fixture graph in a terminal with the given locale variables.
struct Terminal {
  testing::TempDir tmp;
  std::string db = tmp.Sub("g.db");
  std::unique_ptr<testing::PtySession> s;

  explicit Terminal(std::map<std::string, std::string> env) {
    testing::BuildFixtureGraph(db);
    env["KG_HISTORY"] = tmp.Sub("history");
    env["HOME"] = tmp.path();
    s = std::make_unique<testing::PtySession>(
        std::vector<std::string>{testing::KgBinary(), "--db", db}, env);
  }
  // On a timeout, shows what the terminal printed: the only way to see a race.
  bool Shows(const std::string& text) {
    bool prompt = text == "kg> " || text == "...> ";
    if (prompt ? s->WaitForPrompt(text, kWaitMs) : s->WaitFor(text, kWaitMs)) return true;
    UNSCOPED_INFO("waited for '" << text << "'; the terminal printed:\n" << s->output());
    return false;
  }
  void Send(const std::string& keys) { s->Send(keys); }
  // Leaves with Ctrl-D at an empty prompt.
  int Leave() {
    s->Send("\x04");
    return s->Wait(kWaitMs);
  }
};

const std::map<std::string, std::string> kUtf8 = {
    {"LANG", "C.UTF-8"}, {"LC_ALL", ""}, {"LC_CTYPE", ""}};

}  // namespace

TEST_CASE("a Korean question typed at the prompt is answered", "[repl][pty][e2e]") {
  // With a UTF-8 locale, and with none at all (the shell falls back to C.UTF-8).
  for (const auto& env : {kUtf8, std::map<std::string, std::string>{
                                     {"LANG", "C"}, {"LC_ALL", ""}, {"LC_CTYPE", ""}}}) {
    INFO("LANG=" << env.at("LANG"));
    Terminal t(env);
    REQUIRE(t.Shows("kg> "));
    t.Send("오픈AI와 협력한 기업은?\n");
    REQUIRE(t.Shows("Kakao"));
    REQUIRE(t.Shows("kg> "));
    t.Send("?x partnered_with 오픈AI\n");  // a Korean name in a pattern
    REQUIRE(t.Shows("\nKakao"));
    REQUIRE(t.Shows("kg> "));
    CHECK(t.Leave() == 0);
    CHECK(t.s->output().find("error") == std::string::npos);
  }
}

TEST_CASE("history recalls a Korean line whole", "[repl][pty][e2e]") {
  Terminal t(kUtf8);
  REQUIRE(t.Shows("kg> "));
  t.Send("오픈AI와 협력한 기업은?\n");
  REQUIRE(t.Shows("Kakao"));
  REQUIRE(t.Shows("kg> "));
  t.Send(".format tsv\n");
  REQUIRE(t.Shows("kg> "));
  t.Send(std::string(kUp) + kUp);  // past .format, to the Korean question
  REQUIRE(t.Shows("오픈AI와 협력한 기업은?"));
  t.Send("\n");
  REQUIRE(t.Shows("기업\r\nKakao"));  // answered again, now as tsv
  REQUIRE(t.Shows("kg> "));
  CHECK(t.Leave() == 0);
}

TEST_CASE("Tab completes a multi-word mixed-case name as written, quoted", "[repl][pty][e2e]") {
  Terminal t(kUtf8);
  REQUIRE(t.Shows("kg> "));
  // The line editor redraws a completed line as it likes: what counts is the query that runs.
  t.Send("?x member_of six\t\n");  // -> ?x member_of "Six Little Tigers"
  REQUIRE(t.Shows("Moonshot AI"));
  REQUIRE(t.Shows("kg> "));
  // Where a relation goes, relation ids; where a name goes, names (Korean aliases too).
  t.Send("select ?x where ?x partnered_w\t오픈\t\n");  // -> ... partnered_with 오픈AI
  REQUIRE(t.Shows("\r\nKakao"));
  REQUIRE(t.Shows("kg> "));
  t.Send(".for\tnd\t\n");  // -> .format ndjson
  REQUIRE(t.Shows("kg> "));
  t.Send(".format\n");
  REQUIRE(t.Shows("ndjson"));
  REQUIRE(t.Shows("kg> "));
  CHECK(t.Leave() == 0);
}

TEST_CASE("a query continues over lines, and Ctrl-C on a continuation line discards it",
          "[repl][pty][e2e]") {
  Terminal t(kUtf8);
  REQUIRE(t.Shows("kg> "));
  t.Send("select ?c where Amazon invested_in ?c,\n");  // a trailing ',' continues
  REQUIRE(t.Shows("...> "));
  t.Send("Microsoft invested_in ?c\n");
  REQUIRE(t.Shows("\r\nFrance"));
  REQUIRE(t.Shows("kg> "));
  t.Send("?x partnered_with OpenAI and\n");
  REQUIRE(t.Shows("...> "));
  t.Send("?x zz_nope");
  REQUIRE(t.Shows("zz_nope"));
  t.Send("\x03");  // Ctrl-C: the whole input is dropped, nothing runs
  REQUIRE(t.Shows("^C"));
  REQUIRE(t.Shows("kg> "));
  t.Send("who partnered with OpenAI?\n");
  REQUIRE(t.Shows("Kakao"));
  REQUIRE(t.Shows("kg> "));
  CHECK(t.Leave() == 0);
  CHECK(t.s->output().find("error") == std::string::npos);
  CHECK(t.s->output().find("zz_nope'") == std::string::npos);
}

}  // namespace kg

namespace kg {

TEST_CASE("a query asked again after another process wrote sees the new facts",
          "[repl][pty][e2e]") {
  // The session keeps the parse of a query it has run; the answer must still come from the
  // graph as it is now, with names bound again.
  Terminal t(kUtf8);
  REQUIRE(t.Shows("kg> "));
  t.Send("?x partnered_with OpenAI\n");
  REQUIRE(t.Shows("Kakao"));
  REQUIRE(t.Shows("kg> "));
  testing::WriteFile(t.tmp.Sub("more.txt"), "Zephyr Robotics partnered with OpenAI in 2025.\n");
  auto ingest = testing::RunKg(t.db, {"ingest", t.tmp.Sub("more.txt")});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
  t.Send("?x partnered_with OpenAI\n");
  CHECK(t.Shows("Zephyr Robotics"));
  REQUIRE(t.Shows("kg> "));
  CHECK(t.Leave() == 0);
}

}  // namespace kg
