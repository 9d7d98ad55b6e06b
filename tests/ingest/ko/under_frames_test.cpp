// An organisation placed under another with 산하 marked 에 or before a noun marked 로
// (member_of, ingest/ko/ko_under_frames.cpp), and a name that does not take in the 직속 written
// before it. Sentences of our own, written in the constructions of Korean news.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) {
  return HasFact(text, fact, "markdown");
}
}  // namespace

TEST_CASE("an organisation set up or operating under another", "[ingest][ko][members]") {
  // The name set up there.
  CHECK(Has("정부는 **누리데이터위원회** 산하에 **누리보안센터**를 신설하기로 했다.\n",
            "누리보안센터 member_of 누리데이터위원회"));
  // The topic, cast as a noun marked 로.
  CHECK(Has("**하늘로봇연합**은 **누리로봇협회** 산하 협의체로 운영된다.\n",
            "하늘로봇연합 member_of 누리로봇협회"));
  // The topic the sentence's copula defines.
  CHECK(Has("**누리안전연구소**는 지난해 **하늘전자연구원** 산하에 문을 연 기관이에요.\n",
            "누리안전연구소 member_of 하늘전자연구원"));
}

TEST_CASE("산하 that places no name under another", "[ingest][ko][members]") {
  // The topic only set something up there: it is not under it.
  CHECK_FALSE(HasRelation("**누리전자**는 **하늘데이터위원회** 산하에 새 조직을 만들었다.\n",
                          "member_of", "markdown"));
}

TEST_CASE("직속 before a committee's name is not part of it", "[ingest][ko][members]") {
  CHECK(Has("정부는 대통령 직속 누리데이터위원회 산하에 **누리보안센터**를 신설했다.\n",
            "누리보안센터 member_of 누리데이터위원회"));
}

}  // namespace kg::testing
