// Writing documents' facts: entity resolution through aliases, evidence merged across
// documents, atomic replacement, and forgetting exactly what only one document said.
#include "kg/storage/graph_writer.h"

#include <catch2/catch.hpp>

#include "kg/base/unicode.h"
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

// Writes one document stating `subject partnered_with object` (negated when asked).
void WriteDoc(Store* store, const std::string& doc, const EntitySpec& subject,
              const EntitySpec& object, bool negated = false, WriterMemory* shapes = nullptr) {
  GraphWriter w(store, shapes);
  auto s = w.ResolveEntity(subject, doc);
  REQUIRE_OK(s);
  auto o = w.ResolveEntity(object, doc);
  REQUIRE_OK(o);
  auto rel = w.Relation("partnered_with");
  REQUIRE_OK(rel);
  FactSpec f;
  f.subject = *s;
  f.relation = *rel;
  f.object = *o;
  f.negated = negated;
  f.evidence = Evidence{doc, 1, 0, 10, "test"};
  REQUIRE_OK(w.AddFact(f));
  Document d;
  d.id = doc;
  d.hash = "h-" + doc;
  REQUIRE_OK(w.PutDocument(d, {"sentence of " + doc}));
  REQUIRE_OK(w.Commit());
}

std::vector<Triple> AllTriples(Store* store) {
  auto view = store->NewReadView();
  auto scan = view->Scan(IndexOrder::kSpo, nullptr, 0);
  std::vector<Triple> out;
  Triple t;
  while (scan->Next(&t)) out.push_back(t);
  REQUIRE_OK(scan->status());
  return out;
}

GraphStats Stats(Store* store) {
  GraphStats s;
  REQUIRE_OK(store->NewReadView()->GetStats(&s));
  return s;
}

const EntitySpec kKakaoKo{"Kakao", "Organization", {{"카카오", "ko"}}, false};
const EntitySpec kKakaoEn{"kakao", "", {}, false};
const EntitySpec kOpenAi{"OpenAI", "Organization", {{"오픈AI", "ko"}}, false};

}  // namespace

TEST_CASE("the same entity named differently in two documents is one entity", "[graph_writer]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  WriteDoc(store.get(), "a", kKakaoKo, kOpenAi);
  WriteDoc(store.get(), "b", kKakaoEn, EntitySpec{"오픈AI", "", {}, false});
  auto view = store->NewReadView();
  std::vector<TermId> ids;
  REQUIRE_OK(view->FindByFoldedName(kg::FoldName("카카오"), &ids));
  REQUIRE(ids.size() == 1);
  std::vector<TermId> ids2;
  REQUIRE_OK(view->FindByFoldedName(kg::FoldName("KAKAO"), &ids2));
  REQUIRE(ids2 == ids);
  // One fact, with evidence from both documents.
  auto triples = AllTriples(store.get());
  REQUIRE(triples.size() == 1);
  std::vector<Evidence> evidence;
  REQUIRE_OK(view->GetEvidence(triples[0].fact, &evidence));
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].doc == "a");
  CHECK(evidence[1].doc == "b");
  CHECK(Stats(store.get()).per_relation.at("partnered_with") == 1);
}

TEST_CASE("forgetting a document removes only what no other document says", "[graph_writer]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  WriteDoc(store.get(), "a", kKakaoKo, kOpenAi);
  WriteDoc(store.get(), "b", kKakaoEn, kOpenAi);
  {
    GraphWriter w(store.get());
    REQUIRE_OK(w.RemoveDocument("a"));
    REQUIRE_OK(w.Commit());
  }
  auto triples = AllTriples(store.get());
  REQUIRE(triples.size() == 1);  // b still states it
  std::vector<Evidence> evidence;
  REQUIRE_OK(store->NewReadView()->GetEvidence(triples[0].fact, &evidence));
  REQUIRE(evidence.size() == 1);
  CHECK(evidence[0].doc == "b");
  GraphStats s = Stats(store.get());
  CHECK(s.documents == 1);
  CHECK(s.entities == 2);
  {
    GraphWriter w(store.get());
    REQUIRE_OK(w.RemoveDocument("b"));
    REQUIRE_OK(w.Commit());
  }
  CHECK(AllTriples(store.get()).empty());
  size_t fact_entries = 0;  // no record and no evidence key left behind
  REQUIRE_OK(store->NewReadView()->ForEach(Cf::kFacts, "", [&](std::string_view, std::string_view) {
    ++fact_entries;
    return true;
  }));
  CHECK(fact_entries == 0);
  s = Stats(store.get());
  CHECK(s.documents == 0);
  CHECK(s.entities == 0);
  CHECK(s.triples == 0);
  CHECK(s.per_relation.empty());
  std::vector<TermId> ids;
  REQUIRE_OK(store->NewReadView()->FindByFoldedName(kg::FoldName("카카오"), &ids));
  CHECK(ids.empty());
  GraphWriter w(store.get());
  CHECK(w.RemoveDocument("b").IsNotFound());
}

TEST_CASE("a negated fact is stored apart and never counted as positive", "[graph_writer]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  WriteDoc(store.get(), "a", kKakaoKo, kOpenAi, /*negated=*/true);
  auto triples = AllTriples(store.get());
  REQUIRE(triples.size() == 1);
  CHECK(triples[0].negated());
  CHECK(Stats(store.get()).per_relation.count("partnered_with") == 0);
  WriteDoc(store.get(), "b", kKakaoKo, kOpenAi, /*negated=*/false);
  CHECK(AllTriples(store.get()).size() == 2);
  CHECK(Stats(store.get()).per_relation.at("partnered_with") == 1);
}

TEST_CASE("replacing a document in one writer keeps entities it still names", "[graph_writer]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  WriteDoc(store.get(), "a", kKakaoKo, kOpenAi);
  std::vector<TermId> before;
  REQUIRE_OK(store->NewReadView()->FindByFoldedName("kakao", &before));
  {
    GraphWriter w(store.get());
    REQUIRE_OK(w.RemoveDocument("a"));
    auto s = w.ResolveEntity(kKakaoKo, "a");
    REQUIRE_OK(s);
    Document d;
    d.id = "a";
    REQUIRE_OK(w.PutDocument(d, {"only Kakao now"}));
    REQUIRE_OK(w.Commit());
  }
  std::vector<TermId> after;
  REQUIRE_OK(store->NewReadView()->FindByFoldedName("kakao", &after));
  CHECK(after == before);
  CHECK(AllTriples(store.get()).empty());
  GraphStats s = Stats(store.get());
  CHECK(s.documents == 1);
  CHECK(s.entities == 1);  // OpenAI went, Kakao stayed
}

}  // namespace kg

namespace kg {

TEST_CASE("writers sharing a memory merge, separate and forget facts as the records say",
          "[graph_writer]") {
  testing::TempDir tmp;
  auto store = NewStore(tmp.Sub("g.db"));
  WriterMemory shapes;
  auto evidence_docs = [&](FactId id) {
    std::vector<Evidence> ev;
    REQUIRE_OK(store->NewReadView()->GetEvidence(id, &ev));
    std::vector<std::string> docs;
    for (const Evidence& e : ev) docs.push_back(e.doc);
    return docs;
  };
  WriteDoc(store.get(), "a", kKakaoKo, kOpenAi, false, &shapes);
  CHECK(shapes.facts() == 1);
  WriteDoc(store.get(), "b", kKakaoKo, kOpenAi, false, &shapes);  // known from the cache
  auto triples = AllTriples(store.get());
  REQUIRE(triples.size() == 1);
  FactId first = triples[0].fact;
  CHECK(evidence_docs(first) == std::vector<std::string>{"a", "b"});

  WriteDoc(store.get(), "c", kKakaoKo, kOpenAi, /*negated=*/true, &shapes);
  CHECK(AllTriples(store.get()).size() == 2);  // the cache knows the stored one is positive

  for (const char* doc : {"a", "b"}) {
    GraphWriter w(store.get(), &shapes);
    REQUIRE_OK(w.RemoveDocument(doc));
    REQUIRE_OK(w.Commit());
  }
  triples = AllTriples(store.get());
  REQUIRE(triples.size() == 1);
  CHECK(triples[0].negated());

  // The forgotten fact does not come back: a new statement makes a new fact.
  WriteDoc(store.get(), "d", kKakaoKo, kOpenAi, false, &shapes);
  triples = AllTriples(store.get());
  REQUIRE(triples.size() == 2);
  for (const Triple& t : triples) {
    if (t.negated()) continue;
    CHECK(t.fact != first);
    CHECK(evidence_docs(t.fact) == std::vector<std::string>{"d"});
  }
  CHECK(Stats(store.get()).per_relation.at("partnered_with") == 1);
}

}  // namespace kg
