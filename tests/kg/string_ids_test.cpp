// StringIds, the importer's map from IRIs and literal keys to term ids: every key inserted is
// found again with its own id, across growth, and keys that differ only late or only in
// length are told apart.
#include <catch2/catch.hpp>

#include <string>

#include "kg/io/string_ids.h"

namespace kg::io {

TEST_CASE("string ids find every key inserted, with its id, as the table grows", "[io][import]") {
  StringIds ids;
  CHECK(ids.Find("http://kg.example.org/e/0") == nullptr);
  const int n = 50000;  // several doublings past the first 1024 slots
  for (int i = 0; i < n; ++i) ids.Insert("http://kg.example.org/e/" + std::to_string(i), 7u * i + 1);
  CHECK(ids.size() == static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const uint64_t* id = ids.Find("http://kg.example.org/e/" + std::to_string(i));
    REQUIRE(id != nullptr);
    CHECK(*id == 7u * i + 1);
  }
  CHECK(ids.Find("http://kg.example.org/e/" + std::to_string(n)) == nullptr);
  CHECK(ids.Find("http://kg.example.org/e/") == nullptr);   // a prefix of every key
  CHECK(ids.Find("http://kg.example.org/e/12x") == nullptr);  // a key with more after it
}

TEST_CASE("string ids keep keys with NUL bytes and the empty key apart", "[io][import]") {
  StringIds ids;
  ids.Insert(std::string("a\0b", 3), 1);
  ids.Insert(std::string("a\0c", 3), 2);
  ids.Insert("", 3);
  REQUIRE(ids.Find(std::string("a\0b", 3)) != nullptr);
  CHECK(*ids.Find(std::string("a\0b", 3)) == 1);
  CHECK(*ids.Find(std::string("a\0c", 3)) == 2);
  CHECK(*ids.Find("") == 3);
  CHECK(ids.Find("a") == nullptr);
}

}  // namespace kg::io
