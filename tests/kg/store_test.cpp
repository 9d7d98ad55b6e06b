// Opening a database: creation, the schema check, refusing what is not a kg database, the
// writer lock, and reads that see a consistent state.
#include "kg/storage/store.h"

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

using testing::TempDir;

namespace {
Result<std::unique_ptr<Store>> OpenRw(const std::string& dir, bool create = true) {
  Store::OpenOptions o;
  o.mode = Store::Mode::kReadWrite;
  o.create_if_missing = create;
  return Store::Open(dir, o);
}
Result<std::unique_ptr<Store>> OpenRo(const std::string& dir) {
  Store::OpenOptions o;
  o.mode = Store::Mode::kReadOnly;
  return Store::Open(dir, o);
}
}  // namespace

TEST_CASE("a new database is created with the schema version", "[store]") {
  TempDir tmp;
  std::string db = tmp.Sub("g.db");
  REQUIRE(OpenRo(db).status().IsNotFound());
  {
    auto store = OpenRw(db);
    REQUIRE_OK(store);
  }
  auto ro = OpenRo(db);
  REQUIRE_OK(ro);
  std::string v;
  REQUIRE_OK((*ro)->NewReadView()->Get(Cf::kMeta, kMetaSchema, &v));
  CHECK(v == std::to_string(kSchemaVersion));
}

TEST_CASE("a database of another schema version is refused with a clear error", "[store]") {
  TempDir tmp;
  std::string db = tmp.Sub("g.db");
  {
    auto store = OpenRw(db);
    REQUIRE_OK(store);
    WriteSet w;
    w.Put(Cf::kMeta, kMetaSchema, "99");
    REQUIRE_OK((*store)->Write(w));
  }
  auto again = OpenRw(db);
  REQUIRE(again.status().code() == Status::Code::kIncompatible);
  CHECK(again.status().message().find("schema version 99") != std::string::npos);
  REQUIRE(OpenRo(db).status().code() == Status::Code::kIncompatible);
}

TEST_CASE("paths that are not kg databases are refused and left alone", "[store]") {
  TempDir tmp;
  testing::WriteFile(tmp.Sub("file"), "hello");
  auto f = OpenRw(tmp.Sub("file"));
  REQUIRE(f.status().code() == Status::Code::kIncompatible);
  testing::WriteFile(tmp.Sub("dir/notes.txt"), "hello");
  auto d = OpenRw(tmp.Sub("dir"));
  REQUIRE(d.status().code() == Status::Code::kIncompatible);
  CHECK(testing::ReadFile(tmp.Sub("dir/notes.txt")) == "hello");
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("dir/kg.lock")));
}

TEST_CASE("a second writer is told the database is busy, and readers are not blocked", "[store]") {
  TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto first = OpenRw(db);
  REQUIRE_OK(first);
  auto second = OpenRw(db);
  REQUIRE(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message().find("being written by another kg process") !=
        std::string::npos);
  auto reader = OpenRo(db);
  REQUIRE_OK(reader);
}

TEST_CASE("a reader sees what a writer committed, and only that", "[store]") {
  TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto writer = OpenRw(db);
  REQUIRE_OK(writer);
  auto reader = OpenRo(db);
  REQUIRE_OK(reader);
  WriteSet w;
  Triple t{TermId(1), TermId(2), TermId(3), FactId(0), 0};
  auto key = TripleKey(IndexOrder::kSpo, t);
  w.Put(Cf::kSpo, std::string_view(key.data(), key.size()), std::string(1, '\0'));
  REQUIRE_OK((*writer)->Write(w));
  CHECK((*reader)->NewReadView()->CountPrefix(IndexOrder::kSpo, nullptr, 0, 10).value() == 0);
  REQUIRE_OK((*reader)->CatchUp());
  auto view = (*reader)->NewReadView();
  TermId s[1] = {TermId(1)};
  auto count = view->CountPrefix(IndexOrder::kSpo, s, 1, 10);
  REQUIRE_OK(count);
  CHECK(*count == 1);
}

TEST_CASE("prefix scans return exactly the entries of the prefix", "[store]") {
  TempDir tmp;
  auto store = OpenRw(tmp.Sub("g.db"));
  REQUIRE_OK(store);
  WriteSet w;
  for (uint64_t s = 1; s <= 3; ++s) {
    for (uint64_t o = 1; o <= 4; ++o) {
      Triple t{TermId(s), TermId(10), TermId(o), FactId(0), 0};
      for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp}) {
        auto key = TripleKey(order, t);
        w.Put(IndexCf(order), std::string_view(key.data(), key.size()), std::string(1, '\0'));
      }
    }
  }
  REQUIRE_OK((*store)->Write(w));
  auto view = (*store)->NewReadView();
  TermId two[1] = {TermId(2)};
  auto scan = view->Scan(IndexOrder::kSpo, two, 1);
  Triple t;
  int n = 0;
  while (scan->Next(&t)) {
    CHECK(t.s == TermId(2));
    ++n;
  }
  REQUIRE_OK(scan->status());
  CHECK(n == 4);
  TermId po[2] = {TermId(10), TermId(3)};
  auto c = view->CountPrefix(IndexOrder::kPos, po, 2, 100);
  REQUIRE_OK(c);
  CHECK(*c == 3);
}

}  // namespace kg
