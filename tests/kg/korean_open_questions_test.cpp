// Korean questions that name their relation by an agreement noun (계약을 맺은 상대는) or end in
// a noun with 은/는 and no question word (…하는 상대는?): what they ask, never yes or no.
#include <catch2/catch.hpp>

#include "tests/support/asked_graph.h"
#include "tests/support/fixture_graph.h"

namespace kg {

namespace {

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Korean: an agreement made with a light verb is the agreement's relation",
          "[understand]") {
  testing::AskedGraph g(testing::BuildFixtureGraph);
  // Kakao partnered_with OpenAI: an agreement for nothing named is a partnership.
  CHECK(g.Answers("카카오가 장기 계약을 맺은 상대는?") == V{"OpenAI"});
  CHECK(g.Answers("카카오는 오픈AI와 협약을 체결했나요?") == V{"yes"});
  // A relation noun before it says what the agreement is for.
  CHECK(g.Answers("카카오는 오픈AI와 공급 계약을 맺었나요?") == V{"no"});
}

TEST_CASE("Korean: a question ending in a noun with 은/는 asks for it, not yes or no",
          "[understand]") {
  testing::QuestionGraph g;
  // 다투다 is no relation verb; 상대 (a rival) is asked of the one named.
  CHECK(g.Answers("코렌모터스가 유럽에서 다투는 상대는?") == V{"Quorra Systems"});
  // With a question ending, still yes or no.
  CHECK(g.Answers("코렌모터스는 쿼라시스템즈와 경쟁하나요?") == V{"yes"});
}

TEST_CASE("a lone topic of 창업하다 may be the company founded as well as its founder",
          "[understand]") {
  testing::AskedGraph g("# 한결랩스\n\n한결랩스는 2019년 3월 김하늘 대표가 창업했다.\n",
                        "founding.ko.md");
  // The company: 창업하다 said of what was founded.
  CHECK(g.Answers("한결랩스는 언제 창업했어요?") == V{"2019-03"});
  // The founder: the verb's own subject, as before.
  CHECK(g.Answers("김하늘은 언제 창업했어요?") == V{"2019-03"});
  // With the other end named, no second reading.
  CHECK(g.Answers("김하늘은 어느 회사를 창업했어?") == V{"한결랩스"});
}

TEST_CASE("\"what is there\" after a relative clause's head lists the head", "[understand]") {
  testing::AskedGraph g(
      "# 한결소프트\n\n한결소프트는 작년 메신저 '한결톡'을 내놓았다.\n\n"
      "한결소프트는 올해 AI 비서 '한결봇'을 내놓았다.\n",
      "launches.ko.md");
  CHECK(g.Answers("한결소프트가 내놓은 서비스로는 뭐가 있어?") == V{"한결봇", "한결톡"});
  CHECK(g.Answers("한결소프트가 내놓은 제품에는 무엇이 있나요?") == V{"한결봇", "한결톡"});
}

TEST_CASE("내다 asks who put out a report", "[understand]") {
  testing::AskedGraph g("# 보고서\n\n한결연구소는 지난달 '한국 핀테크 보고서'를 펴냈다.\n",
                        "report.ko.md");
  CHECK(g.Answers("'한국 핀테크 보고서'는 누가 냈나요?") == V{"한결연구소"});
  CHECK(g.Answers("한결연구소가 내는 보고서는?") == V{"한국 핀테크 보고서"});
}

}  // namespace kg

namespace kg {

TEST_CASE("Korean: a fine's noun after its light verb asks for the amount", "[understand]") {
  testing::AskedGraph g(
      "# 제재\n\n공정거래위원회는 쿠팡에 과징금 38억 원, 네이버에 12억 원을 각각 부과했다.\n",
      "fines.ko.md");
  // The noun heads the verb's clause: 과징금 is the relation (fined) and the amount asked.
  CHECK(g.Answers("공정위가 네이버에 부과한 과징금은?") ==
        std::vector<std::string>{"1200000000 KRW"});
  CHECK(g.Answers("공정위가 네이버에 매긴 과징금은 얼마야?") ==
        std::vector<std::string>{"1200000000 KRW"});
  // Written before the verb, as the text writes it: a yes/no question.
  CHECK(g.Answers("공정위가 네이버에 과징금을 부과했나요?") == std::vector<std::string>{"yes"});
}

}  // namespace kg

namespace kg {

TEST_CASE("Korean: when an event opens (개막하다, 개막일)", "[understand]") {
  testing::AskedGraph g(
      "# 한빛게임쇼\n\n**한빛게임쇼**는 2027년 5월 3일 **대구 엑스코**에서 개막해요.\n",
      "show.ko.md");
  CHECK(g.Answers("한빛게임쇼 개막일은 언제인가요?") == std::vector<std::string>{"2027-05-03"});
  CHECK(g.Answers("한빛게임쇼는 언제 개막해?") == std::vector<std::string>{"2027-05-03"});
  CHECK(g.Answers("한빛게임쇼는 어디에서 개막하니?") == std::vector<std::string>{"대구 엑스코"});
}

}  // namespace kg
