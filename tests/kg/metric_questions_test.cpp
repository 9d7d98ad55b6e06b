// A measure stated in Korean (has_metric, whose object is a value) answers the questions that
// ask for it: by the measure noun (X의 점유율은?), with 얼마 (how much), with the words that say
// what is measured before the measure noun, and in the pattern form.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

TEST_CASE("a measure answers questions about it", "[engine][metric]") {
  testing::AskedGraph graph("카카오의 국내 검색 점유율은 41%로 낮았다.\n", "share.txt");
  for (const char* q : {"select ?v where Kakao has_metric ?v", "카카오의 점유율은?", "카카오의 점유율은 얼마야?",
                        "카카오의 국내 검색 점유율은 얼마인가요?", "What is the rate of Kakao?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"41%"});
  }
}

}  // namespace kg
