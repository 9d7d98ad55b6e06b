// "중국 정부는": a country right before 정부 names the country's government, the entity
// "Government of <Country>", which the clause's reading takes as its actor. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a country before 정부 is its government", "[ingest][ko][government]") {
  CHECK(HasFact("# 조사\n\n중국 정부는 **하늘칩스**에 대한 조사에 착수했다.\n",
                "Government of China investigates 하늘칩스", "markdown"));
  CHECK_FALSE(
      Contains(MarkdownFacts("# 조사\n\n중국 정부는 **하늘칩스**에 대한 조사에 착수했다.\n"),
               "China investigates 하늘칩스"));
}

TEST_CASE("a country before another noun is no government", "[ingest][ko][government]") {
  CHECK_FALSE(MarkdownFactMentions("# 조사\n\n중국 기업들은 **하늘칩스**에 대한 조사에 착수했다.\n",
                                   "Government of"));
}

}  // namespace kg::testing
