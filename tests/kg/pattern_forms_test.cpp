// The pattern forms of issue 12 on the fixture graph: group by with aggregates and their
// order, filters on amounts, dates and text, optional atoms, alternatives, hop ranges, label
// triples under a variable predicate, and each form's error messages.
#include <catch2/catch.hpp>

#include "kg/engine.h"
#include "tests/support/fixture_graph.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

namespace {

class Fixture {
 public:
  Fixture() {
    testing::BuildFixtureGraph(tmp_.Sub("g.db"));
    auto e = Engine::Open({tmp_.Sub("g.db"), false, false});
    REQUIRE_OK(e);
    engine_ = std::move(e).value();
  }
  // Rows as "a|b|c", in the answer's order.
  std::vector<std::string> Rows(const std::string& q) {
    auto r = engine_->Query(q, {});
    INFO(q);
    REQUIRE_OK(r);
    std::vector<std::string> out;
    for (const auto& row : r->rows) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + row[i].text;
      out.push_back(line);
    }
    return out;
  }
  std::vector<std::string> Sorted(const std::string& q) {
    std::vector<std::string> rows = Rows(q);
    std::sort(rows.begin(), rows.end());
    return rows;
  }
  std::string Error(const std::string& q) {
    auto r = engine_->Query(q, {});
    INFO(q);
    REQUIRE_FALSE(r.ok());
    return r.status().message();
  }
  std::string Explain(const std::string& q) {
    auto r = engine_->Explain(q);
    INFO(q);
    REQUIRE_OK(r);
    return *r;
  }

 private:
  testing::TempDir tmp_;
  std::unique_ptr<Engine> engine_;
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("group by counts, sums and orders by an aggregate", "[engine][patterns]") {
  Fixture f;
  CHECK(f.Rows("select ?c (count ?x) where ?x ranked_in ?i [rank ?r], ?x located_in ?c "
               "group by ?c") == V{});
  CHECK(f.Rows("select ?r (count ?x) where ?x ranked_in ?i [rank ?r] group by ?r "
               "order by count desc") == V{"3|2", "1|1"});
  CHECK(f.Rows("select ?c (sum ?a) (count *) where ?x invested_in ?c [amount ?a] group by ?c") ==
        V{"France|5200000000 EUR|2"});
  CHECK(f.Rows("select ?c (min ?a) (max ?a) (avg ?a) where ?x invested_in ?c [amount ?a] "
               "group by ?c") == V{"France|1200000000 EUR|4000000000 EUR|2600000000 EUR"});
  CHECK(f.Rows("select (count distinct ?i) where ?x ranked_in ?i") == V{"1"});
  CHECK(f.Rows("select (count *) where ?x partnered_with Canada") == V{"0"});
}

TEST_CASE("count per relation comes from the counters, not a scan", "[engine][patterns]") {
  Fixture f;
  std::string plan = f.Explain("select ?p (count *) where ?s ?p ?o group by ?p");
  CHECK(plan.find("counter") != std::string::npos);
  V rows = f.Rows("select ?p (count *) where ?s ?p ?o group by ?p order by count desc");
  // The counters agree with counting the solutions.
  V scanned = f.Rows("select ?p (count ?o) where ?s ?p ?o filter ?o != \"zzz\" group by ?p "
                     "order by count desc");
  CHECK(rows.front() == "label|18");
  std::sort(rows.begin(), rows.end());
  std::sort(scanned.begin(), scanned.end());
  CHECK(rows == scanned);
}

TEST_CASE("filters compare amounts with units, dates and text", "[engine][patterns]") {
  Fixture f;
  CHECK(f.Sorted("select ?x ?a where ?x invested_in ?c [amount ?a] filter ?a > 2000000000 EUR") ==
        V{"Microsoft|4000000000 EUR"});
  CHECK(f.Sorted("select ?x where ?x invested_in ?c [amount ?a] filter ?a > 1000 USD") == V{});
  CHECK(f.Sorted("select ?x where ?x invested_in ?c [amount ?a] filter ?a >= 1200000000") ==
        V{"Amazon", "Microsoft"});
  CHECK(f.Sorted("select ?m where ?x released ?m [date ?d] filter ?d >= 2025-01") ==
        V{"DeepSeek-R1"});
  CHECK(f.Sorted("select ?m where ?x released ?m [date ?d] filter ?d > 2025-01") == V{});
  CHECK(f.Sorted("select ?m where ?x released ?m [date ?d] filter ?d < 2026") == V{"DeepSeek-R1"});
  CHECK(f.Sorted("select ?x where ?x ranked_in ?i [rank ?r] filter ?r <= 2 and ?r >= 1") ==
        V{"United States"});
  CHECK(f.Sorted("select ?x where ?x member_of ?g filter ?x != \"moonshot ai\"") == V{"Zhipu AI"});
  CHECK(f.Sorted("select ?x where ?x member_of ?g filter ?x < \"N\"") == V{"Moonshot AI"});
  CHECK(f.Sorted("select ?x ?y where ?x ranked_in ?i [rank ?r], ?y ranked_in ?i [rank ?s] "
                 "filter ?r < ?s") == V{"United States|France", "United States|South Korea"});
}

TEST_CASE("optional atoms keep solutions that lack them", "[engine][patterns]") {
  Fixture f;
  CHECK(f.Sorted("select ?x ?p where ?x partnered_with ?y, optional ?p ceo_of ?x") ==
        V{"Kakao|", "OpenAI|Sam Altman"});
  CHECK(f.Sorted("select ?m ?d where ?x released ?m optional ?m successor_of ?d") ==
        V{"DeepSeek-R1|"});
  CHECK(f.Error("optional ?x partnered_with ?y").find("not optional") != std::string::npos);
}

TEST_CASE("or takes the union of its alternatives", "[engine][patterns]") {
  Fixture f;
  CHECK(f.Sorted("?x partnered_with OpenAI or ?x ceo_of OpenAI") == V{"Kakao", "Sam Altman"});
  CHECK(f.Sorted("select ?x where ?x member_of ?g or ?x signed ?d") ==
        V{"France", "Moonshot AI", "Zhipu AI"});
}

TEST_CASE("a relation over a range of hops reaches distinct end nodes", "[engine][patterns]") {
  Fixture f;
  // DeepSeek-R2 -successor_of-> DeepSeek-R1; DeepSeek -released-> DeepSeek-R1.
  CHECK(f.Sorted("select ?y where Kakao partnered_with{1,3} ?y") == V{"Kakao", "OpenAI"});
  CHECK(f.Sorted("select ?y where Kakao partnered_with{1} ?y") == V{"OpenAI"});
  CHECK(f.Sorted("select ?y where Kakao partnered_with{2} ?y") == V{"Kakao"});
  CHECK(f.Sorted("select ?x where ?x successor_of{1,2} DeepSeek-R1") == V{"DeepSeek-R2"});
  CHECK(f.Sorted("select ?x ?y where ?x successor_of{1,2} ?y") == V{"DeepSeek-R2|DeepSeek-R1"});
  CHECK(f.Explain("select ?y where Kakao partnered_with{1,3} ?y").find("walk") !=
        std::string::npos);
  CHECK(f.Error("select ?y where Kakao partnered_with{0,3} ?y").find("hop range") !=
        std::string::npos);
  CHECK(f.Error("select ?y where Kakao ?p{1,3} ?y").find("named relation") != std::string::npos);
  CHECK(f.Error("select ?y where Kakao partnered_with{1,3} ?y [amount ?a]")
            .find("qualifiers") != std::string::npos);
}

TEST_CASE("a variable predicate meets labels as rdfs:label triples", "[engine][patterns]") {
  Fixture f;
  CHECK(f.Sorted("select ?r ?o where OpenAI ?r ?o") == V{"accused|DeepSeek", "label|오픈AI"});
  CHECK(f.Sorted("?s ?p \"US\"@en") == V{"United States|label"});
  CHECK(f.Sorted("select ?s where ?s ?p \"마이크로소프트\"@ko") == V{"Microsoft"});
  CHECK(f.Rows("count ?s ?p ?o") == V{"34"});
}

TEST_CASE("grouping errors say what to write instead", "[engine][patterns]") {
  Fixture f;
  CHECK(f.Error("select ?x (count ?y) where ?x partnered_with ?y").find("group by ?x") !=
        std::string::npos);
  CHECK(f.Error("select ?x where ?x partnered_with ?y order by count").find("group by") !=
        std::string::npos);
  CHECK(f.Error("select (sum *) where ?x partnered_with ?y").find("needs a variable") !=
        std::string::npos);
  CHECK(f.Error("select ?x where ?x partnered_with ?y filter ?z > 3").find("?z") !=
        std::string::npos);
  CHECK(f.Error("select ?x where ?x partnered_with ?y filter ?y > OpenAI USD").find("unit") !=
        std::string::npos);
}

}  // namespace kg
