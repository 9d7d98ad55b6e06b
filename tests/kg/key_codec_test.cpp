// Key layout: big-endian ids sort numerically, triple keys round-trip in every order.
#include "kg/storage/key_codec.h"

#include <catch2/catch.hpp>

#include <vector>

namespace kg {

TEST_CASE("big-endian ids sort in numeric order", "[key_codec]") {
  std::string a, b;
  PutBigEndian64(&a, 255);
  PutBigEndian64(&b, 256);
  REQUIRE(a < b);
  REQUIRE(GetBigEndian64(b.data()) == 256);
}

TEST_CASE("triple keys round-trip in every index order", "[key_codec]") {
  Triple t{TermId(1), TermId(0x0102030405060708ull), TermId(99), FactId(7), 0};
  for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp}) {
    auto key = TripleKey(order, t);
    Triple back = DecodeTripleKey(order, std::string_view(key.data(), key.size()));
    CHECK(back.s == t.s);
    CHECK(back.p == t.p);
    CHECK(back.o == t.o);
    CHECK(back.fact == t.fact);
  }
  auto pos = TripleKey(IndexOrder::kPos, t);
  TermId prefix[1] = {t.p};
  REQUIRE(std::string(pos.data(), 8) == TriplePrefix(prefix, 1));
}

TEST_CASE("prefix successor bounds a prefix scan", "[key_codec]") {
  CHECK(PrefixSuccessor("ab") == "ac");
  CHECK(PrefixSuccessor(std::string("a\xff", 2)) == "b");
  CHECK(PrefixSuccessor(std::string("\xff\xff", 2)).empty());
}

TEST_CASE("varints and length-prefixed strings decode what was encoded", "[key_codec]") {
  std::string buf;
  PutVarint64(&buf, 300);
  PutLengthPrefixed(&buf, "오픈AI");
  const char* p = buf.data();
  uint64_t v = 0;
  std::string_view s;
  REQUIRE(GetVarint64(&p, buf.data() + buf.size(), &v));
  REQUIRE(v == 300);
  REQUIRE(GetLengthPrefixed(&p, buf.data() + buf.size(), &s));
  REQUIRE(s == "오픈AI");
  // Truncated input is refused, not over-read.
  const char* q = buf.data();
  REQUIRE(GetVarint64(&q, buf.data() + buf.size() - 1, &v));
  REQUIRE_FALSE(GetLengthPrefixed(&q, buf.data() + buf.size() - 1, &s));
}

TEST_CASE("a scan uses the index whose keys start with the bound positions", "[key_codec]") {
  const TermId s(1), p(2), o(3), none;
  struct Case {
    TermId s, p, o;
    IndexOrder order;
    std::vector<uint64_t> prefix;
    const char* shown;
  } cases[] = {
      {s, p, o, IndexOrder::kSpo, {1, 2, 3}, "spo(s,p,o)"},
      {s, p, none, IndexOrder::kSpo, {1, 2}, "spo(s,p)"},
      {s, none, o, IndexOrder::kOsp, {3, 1}, "osp(o,s)"},
      {s, none, none, IndexOrder::kSpo, {1}, "spo(s)"},
      {none, p, o, IndexOrder::kPos, {2, 3}, "pos(p,o)"},
      {none, p, none, IndexOrder::kPos, {2}, "pos(p)"},
      {none, none, o, IndexOrder::kOsp, {3}, "osp(o)"},
      {none, none, none, IndexOrder::kSpo, {}, "spo(full scan)"},
  };
  for (const Case& c : cases) {
    INFO(c.shown);
    IndexOrder order = IndexForBound(c.s.valid(), c.p.valid(), c.o.valid());
    CHECK(order == c.order);
    TermId prefix[3];
    int n = BoundPrefix(order, c.s, c.p, c.o, prefix);
    std::vector<uint64_t> got;
    for (int i = 0; i < n; ++i) got.push_back(prefix[i].value);
    CHECK(got == c.prefix);
    CHECK(DescribeScan(c.s.valid(), c.p.valid(), c.o.valid()) == c.shown);
  }
}

}  // namespace kg
