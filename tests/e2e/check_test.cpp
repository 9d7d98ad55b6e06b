// `kg check` finds what is wrong with a database: a healthy one passes; each kind of damage a
// crash or a bug could leave (a missing index twin, a wrong counter, a fact citing a missing
// document, half a document) is reported and makes the exit code 1.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "kg/storage/key_codec.h"
#include "kg/storage/store.h"
#include "tests/support/run_kg.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

using testing::RunKg;

namespace {

struct Db {
  testing::TempDir tmp;
  std::string path = tmp.Sub("g.db");
  Db() {
    testing::WriteFile(tmp.Sub("a.txt"), "Kakao partnered with OpenAI.\nNvidia released Blackwell.\n");
    REQUIRE(RunKg(path, {"ingest", tmp.Sub("a.txt")}).exit_code == 0);
    testing::WriteFile(tmp.Sub("g.nt"), "<http://e/a> <http://e/knows> <http://e/b> .\n");
    REQUIRE(RunKg(path, {"import", tmp.Sub("g.nt")}).exit_code == 0);
  }
  // Applies raw damage through the store, as a bug or a torn write would.
  void Damage(const std::function<void(const ReadView&, WriteSet*)>& fn) {
    Store::OpenOptions o;
    o.mode = Store::Mode::kReadWrite;
    auto store = Store::Open(path, o);
    REQUIRE_OK(store);
    WriteSet w;
    {
      auto view = (*store)->NewReadView();
      fn(*view, &w);
    }
    REQUIRE(w.Count() > 0);
    REQUIRE_OK((*store)->Write(w));
  }
  nlohmann::json Check(int expect_exit) {
    auto r = RunKg(path, {"check", "--json"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == expect_exit);
    return nlohmann::json::parse(r.out);
  }
};

// The first key of a column family.
std::string FirstKey(const ReadView& view, Cf cf, std::string_view prefix = "") {
  std::string key;
  REQUIRE_OK(view.ForEach(cf, prefix, [&](std::string_view k, std::string_view) {
    key = std::string(k);
    return false;
  }));
  REQUIRE_FALSE(key.empty());
  return key;
}

bool Mentions(const nlohmann::json& report, const std::string& text) {
  for (const auto& p : report["problems"]) {
    if (p.get<std::string>().find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("check passes on a healthy database and says what it scanned", "[check][e2e]") {
  Db db;
  auto r = RunKg(db.path, {"check"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("ok: ", 0) == 0);
  auto j = db.Check(0);
  CHECK(j["ok"] == true);
  CHECK(j["triples"] == 3);
  CHECK(j["documents"] == 1);
}

TEST_CASE("check finds damage", "[check][e2e]") {
  Db db;
  SECTION("an index entry without its twin") {
    db.Damage([](const ReadView& v, WriteSet* w) { w->Delete(Cf::kPos, FirstKey(v, Cf::kPos)); });
    CHECK(Mentions(db.Check(1), "pos does not mirror spo"));
  }
  SECTION("an orphan index entry") {
    db.Damage([](const ReadView& v, WriteSet* w) {
      std::string k = FirstKey(v, Cf::kOsp);
      k[kTripleKeySize - 1] ^= 0x40;  // another fact id
      w->Put(Cf::kOsp, k, std::string(1, '\0'));
    });
    CHECK(Mentions(db.Check(1), "osp does not mirror spo"));
  }
  SECTION("a counter that disagrees with the data") {
    db.Damage([](const ReadView&, WriteSet* w) { w->Put(Cf::kMeta, kMetaTriples, EncodeCounter(99)); });
    CHECK(Mentions(db.Check(1), "count of triples is 99 but the scan found 3"));
  }
  SECTION("a label counter that disagrees with the aliases") {
    db.Damage([](const ReadView&, WriteSet* w) { w->Put(Cf::kMeta, kMetaLabels, EncodeCounter(99)); });
    CHECK(Mentions(db.Check(1), "count of labels is 99"));
  }
  SECTION("half a document: its record gone, its facts still citing it") {
    db.Damage([](const ReadView& v, WriteSet* w) { w->Delete(Cf::kDocs, FirstKey(v, Cf::kDocs, "d")); });
    auto j = db.Check(1);
    CHECK(Mentions(j, "cites a missing document 'a'"));
    CHECK(Mentions(j, "sentences of a missing document 'a'"));
  }
  SECTION("a fact record without its index entry") {
    db.Damage([](const ReadView& v, WriteSet* w) {
      // Drop one spo entry and its twins, keep the fact record.
      std::string spo = FirstKey(v, Cf::kSpo);
      Triple t = DecodeTripleKey(IndexOrder::kSpo, spo);
      for (auto [order, cf] : {std::pair{IndexOrder::kSpo, Cf::kSpo}, {IndexOrder::kPos, Cf::kPos},
                               {IndexOrder::kOsp, Cf::kOsp}}) {
        auto key = TripleKey(order, t);
        w->Delete(cf, std::string_view(key.data(), key.size()));
      }
    });
    CHECK(Mentions(db.Check(1), "has no index entry"));
  }
  SECTION("a name pointing at no term") {
    db.Damage([](const ReadView&, WriteSet* w) { w->Put(Cf::kNames, NameKey("ghost", TermId(999999)), ""); });
    CHECK(Mentions(db.Check(1), "points to missing term 999999"));
  }
}

TEST_CASE("a database from before the label counter counts its labels once, then keeps count",
          "[check][e2e]") {
  Db db;
  db.Damage([](const ReadView&, WriteSet* w) { w->Delete(Cf::kMeta, kMetaLabels); });
  testing::WriteFile(db.tmp.Sub("l.nt"),
                     "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en .\n"
                     "<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> \"에이\"@ko .\n");
  REQUIRE(RunKg(db.path, {"import", db.tmp.Sub("l.nt")}).exit_code == 0);
  testing::WriteFile(db.tmp.Sub("b.txt"), "Samsung partnered with Naver.\n");
  REQUIRE(RunKg(db.path, {"ingest", db.tmp.Sub("b.txt")}).exit_code == 0);
  CHECK(db.Check(0)["ok"] == true);
  // The variable-predicate count of labels agrees with the scan.
  auto r = RunKg(db.path, {"query", "--format", "tsv",
                           "select ?p (count *) where ?s ?p ?o group by ?p order by count desc"});
  CHECK(r.out.find("label\t") != std::string::npos);
}

}  // namespace kg
