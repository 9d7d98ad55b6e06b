// A person named again by surname and title (정 장관은, 김 대표가) is the one person of the
// document with that surname; two of them leave the short form unread. Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a surname and a title name the person written in full before", "[ingest][ko][titles]") {
  CHECK(HasFact("산업부 **한도경** 장관이 베트남을 방문했다.\n\n한 장관은 13일 하노이를 찾았다.\n",
                "한도경 visited Hanoi", "markdown"));
}

TEST_CASE("a surname two persons share names neither", "[ingest][ko][titles]") {
  for (const std::string& f :
       FactsOfDocument("김하나 대표와 김두리 대표가 만났다.\n\n김 대표는 하노이를 찾았다.\n", "markdown")) {
    INFO(f);
    CHECK(f.find("Hanoi") == std::string::npos);
  }
}

}  // namespace kg::testing
