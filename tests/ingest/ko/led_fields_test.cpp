// Fields a party leads that Korean describes instead of naming ("태블릿 시장은 A, B가 이끌고
// 있다"): the described field is the object of leads. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("the parties a described field is led by lead it", "[ingest][ko][leads]") {
  const std::string topic = "- 산업용 드론 시장은 **누리전자**, **한빛테크**가 주도하고 있다.\n";
  CHECK(HasFact(topic, "누리전자 leads 산업용 드론 시장", "markdown"));
  CHECK(HasFact(topic, "한빛테크 leads 산업용 드론 시장", "markdown"));
  const std::string object =
      "해외에선 일본의 **가온전자**와 독일의 **베르크텍**이 산업용 드론 시장을 이끌고 있어요.\n";
  CHECK(HasFact(object, "가온전자 leads 산업용 드론 시장", "markdown"));
  CHECK(HasFact(object, "베르크텍 leads 산업용 드론 시장", "markdown"));
}

TEST_CASE("a field pointed at, cut by a country, denied or in a relative clause is not led",
          "[ingest][ko][leads]") {
  CHECK_FALSE(HasRelation("현재 이 시장은 **누리전자**가 주도하고 있다.\n", "leads", "markdown"));
  CHECK_FALSE(
      HasRelation("국내 드론 시장은 **누리전자**가 주도하지 못했다.\n", "leads", "markdown"));
  CHECK_FALSE(
      HasRelation("**한빛테크**가 주도하는 드론 시장은 커지고 있다.\n", "leads", "markdown"));
  // 중국 is a party of its own, not a word of the field's name.
  for (const std::string& f :
       FactsOfDocument("중국 드론 시장은 **누리전자**가 주도한다.\n", "markdown")) {
    CHECK(f.find("leads 드론 시장") == std::string::npos);
  }
}

}  // namespace kg::testing
