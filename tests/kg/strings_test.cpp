// The shared byte-level string helpers of kg/base/strings.h: trimming keeps what is inside.
#include "kg/base/strings.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace kg {

TEST_CASE("Trim drops the given bytes at both ends only", "[strings]") {
  CHECK(Trim("  Nordvik Labs  ") == "Nordvik Labs");
  CHECK(Trim("\t a b \t", " \t") == "a b");
  CHECK(Trim(" \t x") == "\t x");  // only spaces by default
  CHECK(Trim("한빛 전자 ") == "한빛 전자");
  CHECK(Trim("   ").empty());
  CHECK(Trim("").empty());
}

TEST_CASE("TrimView is a view into the text, empty ones included", "[strings]") {
  std::string_view s = "  ab  ";
  std::string_view t = TrimView(s);
  CHECK(t == "ab");
  CHECK(t.data() == s.data() + 2);
  std::string_view blank = "   ";
  CHECK(TrimView(blank).data() == blank.data() + blank.size());
}

}  // namespace kg
