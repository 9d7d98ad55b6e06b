// Korean questions with words that only set the scene -- a determiner (그, 이번) or a bare time
// word (올해, 지난달, 7월) -- are read without them, as the sentence that answers them is.
// A text of our own.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/asked_graph.h"

namespace kg {

using V = std::vector<std::string>;

TEST_CASE("Korean: bare determiners and time words set the scene only", "[understand]") {
  testing::AskedGraph g(
      "---\ntitle: 일본 진출\ndate: 2025-08-10\n---\n\n"
      "**누리마켓**은 올해 7월 일본 뷰티 쇼핑앱 다운로드 순위에서 3위를 기록했어요.\n\n"
      "**누리마켓**은 지난달 **한빛물산**을 인수했어요.\n",
      "market.md");
  CHECK(g.Answers("누리마켓은 7월 일본 뷰티 쇼핑앱 다운로드 순위에서 몇 위를 했나요?") == V{"3"});
  CHECK(g.Answers("그 누리마켓이 인수한 회사는?") == V{"한빛물산"});
  CHECK(g.Answers("누리마켓이 지난달 인수한 회사는?") == V{"한빛물산"});
  CHECK(g.Answers("누리마켓은 올해 한빛물산을 인수했니?") == V{"yes"});
}

}  // namespace kg
