// A count asked of a count noun (ko_grammar.json count_nouns, or its English unit word) asks
// for the measure the thing named has in that unit, not for a count of facts
// (kg/query/understand_measures.cpp); a count asked of any other noun still counts. Sentences
// of our own, in the constructions of Korean posts about language models and apps.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {

const char kText[] =
    "**하늘랩**은 지난해 언어 모델 **구름-7**을 공개했다. 구름-7의 매개변수는 120억 개다.\n\n"
    "**별빛앱**은 출시 반년 만에 이용자 1,500만 명을 모았다. 별빛앱의 국내 점유율은 12%다.\n\n"
    "**바람벤처스**는 하늘랩에 투자했다. 바람벤처스는 별빛앱에도 투자했다.\n";

using Rows = std::vector<std::string>;

}  // namespace

TEST_CASE("a count asked of a count noun asks for the measure in its unit",
          "[engine][metric][ko]") {
  testing::AskedGraph graph(kText, "apps.md");
  for (const char* q : {"구름-7의 매개변수는 몇 개야?", "구름-7의 파라미터는 몇 개인가요?",
                        "How many parameters does 구름-7 have?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == Rows{"12000000000 parameters"});
  }
  // The app's share (12%) is a measure too, in no unit of users.
  for (const char* q : {"별빛앱 이용자는 몇 명이야?", "별빛앱은 사용자가 몇 명이지?",
                        "별빛앱이 모은 이용자는 몇 명이야?", "How many users does 별빛앱 have?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == Rows{"15000000 users"});
  }
  // A measure in another unit is no answer.
  CHECK(graph.Answers("별빛앱의 매개변수는 몇 개야?").empty());
}

TEST_CASE("a count asked of any other noun still counts", "[engine][metric][ko]") {
  testing::AskedGraph graph(kText, "apps.md");
  CHECK(graph.Answers("바람벤처스가 투자한 회사는 몇 곳이야?") == Rows{"2"});
  CHECK(graph.Answers("How many companies did 바람벤처스 invest in?") == Rows{"2"});
  // Users of the companies an investor backs are two hops away: not the measure of a name.
  CHECK(graph.Answers("바람벤처스가 투자한 회사의 이용자는 몇 명이야?") == Rows{"0"});
}

}  // namespace kg
