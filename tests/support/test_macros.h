// REQUIRE_OK / CHECK_OK: assert a Status or Result is OK and print its message when not.
#pragma once

#include <catch2/catch.hpp>

#include "kg/base/status.h"

namespace kg::testing {
inline Status StatusOf(const Status& s) { return s; }
template <typename T>
Status StatusOf(const Result<T>& r) {
  return r.status();
}
}  // namespace kg::testing

#define REQUIRE_OK(expr)                                           \
  do {                                                             \
    ::kg::Status kg_s_ = ::kg::testing::StatusOf(expr);            \
    INFO(kg_s_.ToString());                                        \
    REQUIRE(kg_s_.ok());                                           \
  } while (0)

#define CHECK_OK(expr)                                             \
  do {                                                             \
    ::kg::Status kg_s_ = ::kg::testing::StatusOf(expr);            \
    INFO(kg_s_.ToString());                                        \
    CHECK(kg_s_.ok());                                             \
  } while (0)
