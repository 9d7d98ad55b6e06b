// A thing's features, limits and steps (has_capability, has_limitation, has_step, read from the
// lists a Korean post announces) answer the questions that ask for them by noun (X의 기능은?,
// What are the steps of X?), how many steps a thing works in, and yes/no with 가능하다.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

namespace {

const char* const kPost =
    "**가람링크**는 다음과 같은 단계로 작동합니다:\n\n"
    "1. **연결 확인**: 연결을 먼저 확인합니다.\n"
    "2. **데이터 전송**: 데이터를 보냅니다.\n\n"
    "## 가람링크의 강점\n\n"
    "- **자동 재연결**: 끊겨도 다시 붙어요.\n\n"
    "## 가람링크의 한계\n\n"
    "- **긴 응답 시간**: 먼 곳에서는 느려요.\n";

}  // namespace

TEST_CASE("a thing's announced features, limits and steps answer questions", "[engine][features]") {
  testing::AskedGraph graph(kPost, "link.md");
  const std::vector<std::string> steps = {"데이터 전송", "연결 확인"};
  for (const char* q :
       {"가람링크의 단계는?", "What are the steps of 가람링크?", "가람링크 has_step ?x"}) {
    INFO(q);
    CHECK(graph.Answers(q) == steps);
  }
  CHECK(graph.Answers("가람링크는 몇 단계로 작동해?") == std::vector<std::string>{"2"});
  for (const char* q :
       {"가람링크의 기능은?", "가람링크의 장점은?", "What are the features of 가람링크?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"자동 재연결"});
  }
  for (const char* q : {"가람링크의 한계는?", "What are the limitations of 가람링크?"}) {
    INFO(q);
    CHECK(graph.Answers(q) == std::vector<std::string>{"긴 응답 시간"});
  }
  CHECK(graph.Answers("가람링크는 자동 재연결이 가능합니까?") == std::vector<std::string>{"yes"});
}

}  // namespace kg
