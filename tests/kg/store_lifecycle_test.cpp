// A database's life around its data: creation that a kill cannot leave half done (db_dir.h),
// discarding what a failed first write created, Close reporting its status, and a reader's
// bounded catch-up with a writer that never stops changing its files.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>

#include "kg/storage/db_dir.h"
#include "kg/storage/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

using testing::TempDir;

namespace {

constexpr char kMarkerMagic[] = "kg: a database being created; removed when it is complete\n";

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

size_t Entries(const std::string& dir) {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                           std::filesystem::directory_iterator()));
}

// What a creation killed after RocksDB's first files leaves: the lock, the marker, and some
// of RocksDB's files (here stand-ins, enough for a CURRENT file to exist).
void LeaveUnfinishedCreation(const std::string& db) {
  testing::WriteFile(db + "/kg.lock", "");
  testing::WriteFile(db + "/kg.creating", kMarkerMagic);
  testing::WriteFile(db + "/CURRENT", "MANIFEST-000001\n");
  testing::WriteFile(db + "/MANIFEST-000001", "half written");
  testing::WriteFile(db + "/000004.log", "torn");
}

}  // namespace

TEST_CASE("an interrupted creation is no database to readers and is redone by a writer",
          "[store][creation]") {
  TempDir tmp;
  std::string db = tmp.Sub("g.db");
  LeaveUnfinishedCreation(db);
  REQUIRE(InspectDir(db).value() == DirKind::kUnfinished);

  auto ro = OpenRo(db);
  REQUIRE(ro.status().IsNotFound());
  CHECK(ro.status().message().find("its creation was interrupted") != std::string::npos);
  CHECK(OpenRw(db, /*create=*/false).status().IsNotFound());

  {
    auto rw = OpenRw(db);
    REQUIRE_OK(rw);
    CHECK((*rw)->created());
  }
  CHECK(InspectDir(db).value() == DirKind::kDatabase);
  CHECK_FALSE(std::filesystem::exists(db + "/kg.creating"));
  CHECK_FALSE(std::filesystem::exists(db + "/000004.log"));  // the stand-ins are gone
  REQUIRE_OK(OpenRo(db));
}

TEST_CASE("a directory with only kg's lock file (or a marker draft) is empty; one with a stranger's marker is not",
          "[store][creation]") {
  TempDir tmp;
  testing::WriteFile(tmp.Sub("lock-only/kg.lock"), "");
  CHECK(InspectDir(tmp.Sub("lock-only")).value() == DirKind::kEmpty);
  REQUIRE_OK(OpenRw(tmp.Sub("lock-only")));

  // A writer killed while writing the marker leaves its draft beside the lock: nothing yet.
  testing::WriteFile(tmp.Sub("draft/kg.lock"), "");
  testing::WriteFile(tmp.Sub("draft/kg.creating.draft"), "kg: a data");
  CHECK(InspectDir(tmp.Sub("draft")).value() == DirKind::kEmpty);
  REQUIRE_OK(OpenRw(tmp.Sub("draft")));
  CHECK(InspectDir(tmp.Sub("draft")).value() == DirKind::kDatabase);
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("draft/kg.creating.draft")));

  // A file named like the marker without kg's line proves nothing: the directory is the
  // user's and nothing in it is touched.
  testing::WriteFile(tmp.Sub("notes/kg.creating"), "my own notes\n");
  testing::WriteFile(tmp.Sub("notes/todo.txt"), "buy milk\n");
  CHECK(InspectDir(tmp.Sub("notes")).value() == DirKind::kForeign);
  auto rw = OpenRw(tmp.Sub("notes"));
  REQUIRE(rw.status().code() == Status::Code::kIncompatible);
  CHECK(rw.status().message().find("is not a kg database") != std::string::npos);
  CHECK(testing::ReadFile(tmp.Sub("notes/todo.txt")) == "buy milk\n");
  CHECK(Entries(tmp.Sub("notes")) == 2);
}

TEST_CASE("a created database is whole: schema written, marker gone", "[store][creation]") {
  TempDir tmp;
  std::string db = tmp.Sub("new/g.db");  // parents are created too
  {
    auto rw = OpenRw(db);
    REQUIRE_OK(rw);
    CHECK((*rw)->created());
    REQUIRE_OK((*rw)->Close());
    REQUIRE_OK((*rw)->Close());  // a second Close does nothing
  }
  CHECK(InspectDir(db).value() == DirKind::kDatabase);
  auto again = OpenRw(db);
  REQUIRE_OK(again);
  CHECK_FALSE((*again)->created());
}

TEST_CASE("discarding a created database removes it, and only what kg made", "[store][creation]") {
  TempDir tmp;
  {
    auto rw = OpenRw(tmp.Sub("made.db"));
    REQUIRE_OK(rw);
    REQUIRE_OK((*rw)->Discard());
  }
  CHECK_FALSE(std::filesystem::exists(tmp.Sub("made.db")));

  // A directory the user made stays, empty as it was.
  std::filesystem::create_directories(tmp.Sub("mine.db"));
  {
    auto rw = OpenRw(tmp.Sub("mine.db"));
    REQUIRE_OK(rw);
    REQUIRE_OK((*rw)->Discard());
  }
  REQUIRE(std::filesystem::is_directory(tmp.Sub("mine.db")));
  CHECK(Entries(tmp.Sub("mine.db")) == 0);

  // A database this process did not create is never discarded.
  REQUIRE_OK(OpenRw(tmp.Sub("kept.db")));
  auto existing = OpenRw(tmp.Sub("kept.db"));
  REQUIRE_OK(existing);
  CHECK((*existing)->Discard().IsInvalidArgument());
  CHECK(InspectDir(tmp.Sub("kept.db")).value() == DirKind::kDatabase);
}

TEST_CASE("a reader gives up catching up with a writer that never stops, with an error",
          "[store][catch-up]") {
  TempDir tmp;
  std::string db = tmp.Sub("g.db");
  auto writer = OpenRw(db);
  REQUIRE_OK(writer);
  uint64_t commits = 0;
  bool writing = true;
  auto commit = [&] {
    WriteSet w;
    w.Put(Cf::kMeta, kMetaDocuments, EncodeCounter(++commits));
    REQUIRE_OK((*writer)->Write(w));
  };
  commit();

  Store::OpenOptions o;
  o.mode = Store::Mode::kReadOnly;
  o.catch_up_budget_ms = 300;
  int attempts = 0;
  // The writer commits between each catch-up and the look at its files that should confirm
  // it: every attempt is overtaken, deterministically.
  o.on_catch_up_attempt = [&] {
    ++attempts;
    if (writing) commit();
  };
  writing = false;
  auto reader = Store::Open(db, o);
  REQUIRE_OK(reader);
  writing = true;
  commit();
  attempts = 0;
  auto start = std::chrono::steady_clock::now();
  Status s = (*reader)->CatchUp();
  auto took = std::chrono::steady_clock::now() - start;
  INFO(s.ToString());
  REQUIRE(s.code() == Status::Code::kBusy);
  CHECK(s.message().find("cannot read a consistent state") != std::string::npos);
  // Bounded, and with pauses between the attempts (1, 2, 4 ... ms), not a burst of retries.
  CHECK(took >= std::chrono::milliseconds(200));
  CHECK(attempts <= 12);

  // Once the writer pauses, the reader catches up and sees the last commit.
  writing = false;
  REQUIRE_OK((*reader)->CatchUp());
  std::string v;
  REQUIRE_OK((*reader)->NewReadView()->Get(Cf::kMeta, kMetaDocuments, &v));
  CHECK(DecodeCounter(v) == commits);
}

}  // namespace kg
