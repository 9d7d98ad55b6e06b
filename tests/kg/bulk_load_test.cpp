// The bulk path: spilled sorted runs merge into the same distinct keys an in-memory sort
// gives, the first of equal keys wins, and an unfinished load changes nothing.
#include "kg/storage/bulk_load.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <set>

#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

namespace {
std::unique_ptr<Store> NewStore(const std::string& dir) {
  Store::OpenOptions o;
  o.mode = Store::Mode::kReadWrite;
  o.create_if_missing = true;
  auto s = Store::Open(dir, o);
  REQUIRE_OK(s);
  return std::move(s).value();
}
}  // namespace

TEST_CASE("spilled runs merge into sorted distinct keys", "[bulk_load]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  std::set<std::array<uint64_t, 3>> expected;
  std::mt19937_64 rng(42);
  {
    BulkLoader loader(store.get(), /*memory_budget=*/64 << 10);  // forces many runs
    for (int i = 0; i < 300000; ++i) {
      Triple t{TermId(rng() % 5000 + 1), TermId(rng() % 7 + 1), TermId(rng() % 5000 + 1),
               FactId(), 0};
      expected.insert({t.s.value, t.p.value, t.o.value});
      REQUIRE_OK(loader.AddTriple(IndexOrder::kSpo, t));
      REQUIRE_OK(loader.Add(Cf::kNames, "k" + std::to_string(i % 1000), std::to_string(i)));
    }
    uint64_t visited = 0;
    loader.SetVisitor(Cf::kSpo, [&](std::string_view, std::string_view) {
      ++visited;
      return Status::OK();
    });
    REQUIRE_OK(loader.Finish({}));
    CHECK(visited == expected.size());
  }
  auto view = store->NewReadView();
  auto scan = view->Scan(IndexOrder::kSpo, nullptr, 0);
  Triple t;
  auto it = expected.begin();
  size_t n = 0;
  while (scan->Next(&t)) {
    REQUIRE(it != expected.end());
    CHECK(std::array<uint64_t, 3>{t.s.value, t.p.value, t.o.value} == *it);
    ++it;
    ++n;
  }
  REQUIRE_OK(scan->status());
  CHECK(n == expected.size());
  std::string v;
  REQUIRE_OK(view->Get(Cf::kNames, "k7", &v));
  CHECK(v == "7");  // the first added value of a repeated key
  CHECK_FALSE(std::filesystem::exists(store->StagingDir()));
}

TEST_CASE("an unfinished bulk load leaves the database as it was", "[bulk_load]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  {
    BulkLoader loader(store.get(), 1 << 10);
    for (int i = 0; i < 100000; ++i) {
      Triple t{TermId(i + 1), TermId(1), TermId(2), FactId(), 0};
      REQUIRE_OK(loader.AddTriple(IndexOrder::kSpo, t));
    }
    // destroyed without Finish (as when the input turns out to be malformed)
  }
  auto view = store->NewReadView();
  auto c = view->CountPrefix(IndexOrder::kSpo, nullptr, 0, 10);
  REQUIRE_OK(c);
  CHECK(*c == 0);
  CHECK_FALSE(std::filesystem::exists(store->StagingDir()));
}

}  // namespace kg
