// The query engine on the fixture graph: every pattern shape, joins, count, limit, order,
// paths, symmetric relations, qualifiers, the negation rule, questions and did-you-mean.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>

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
  ResultSet Run(const std::string& q, QueryOptions options = {}) {
    auto r = engine_->Query(q, options);
    INFO(q);
    REQUIRE_OK(r);
    return *r;
  }
  // The first column of every row, sorted.
  std::vector<std::string> Answers(const std::string& q) {
    ResultSet r = Run(q);
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(row.empty() ? "" : row[0].text);
    std::sort(out.begin(), out.end());
    return out;
  }
  Status Error(const std::string& q) {
    auto r = engine_->Query(q, {});
    REQUIRE_FALSE(r.ok());
    return r.status();
  }
  Engine& engine() { return *engine_; }

 private:
  testing::TempDir tmp_;
  std::unique_ptr<Engine> engine_;
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("patterns bind any position and join on shared variables", "[engine]") {
  Fixture f;
  CHECK(f.Answers("?x partnered_with OpenAI") == V{"Kakao"});
  // OpenAI's alias 오픈AI is its rdfs:label triple.
  CHECK(f.Answers("OpenAI ?r ?o") == V{"accused", "label"});
  CHECK(f.Answers("?s ?r DeepSeek-R1") == V{"DeepSeek", "DeepSeek-R2"});
  CHECK(f.Answers("select ?c where Amazon invested_in ?c, Microsoft invested_in ?c") == V{"France"});
  CHECK(f.Answers("select ?p where ?p ceo_of ?o, ?o partnered_with Kakao") == V{"Sam Altman"});
  CHECK(f.Answers("?x member_of \"Six Little Tigers\"") == V{"Moonshot AI", "Zhipu AI"});
}

TEST_CASE("names resolve through aliases, case and Unicode normalisation", "[engine]") {
  Fixture f;
  CHECK(f.Answers("?x partnered_with 오픈AI") == V{"Kakao"});
  CHECK(f.Answers("?x partnered_with openai") == V{"Kakao"});
  // Latin letters with marks the graph's spelling leaves plain (Wrocław for Wroclaw).
  CHECK(f.Answers("?x partnered_with Ópenâİ") == V{"Kakao"});
  CHECK(f.Answers("Kàkaø partnered_with ?x") == V{"OpenAI"});
  CHECK(f.Answers("MS invested_in ?c") == V{"France"});
  // 오픈 in decomposed jamo (NFD) is the same name.
  CHECK(f.Answers("?x partnered_with \"\xE1\x84\x8B\xE1\x85\xA9\xE1\x84\x91\xE1\x85\xB3\xE1\x86\xAB" "AI\"") ==
        V{"Kakao"});
}

TEST_CASE("an unknown name gets the closest known names", "[engine]") {
  Fixture f;
  Status s = f.Error("?x partnered_with OpenAl");
  CHECK(s.IsNotFound());
  CHECK(s.message() == "no entity 'OpenAl' \xE2\x80\x94 did you mean OpenAI?");
  CHECK(s.location().column == 19);
  Status r = f.Error("?x partnerd_with OpenAI");
  CHECK(r.message().find("did you mean partnered_with?") != std::string::npos);
  // Two neighbouring letters swapped is one slip, not two.
  CHECK(f.Error("?x partnered_with Kakoa").message() == "no entity 'Kakoa' \xE2\x80\x94 did you mean Kakao?");
  CHECK(f.Error("?x patrnered_with OpenAI").message().find("did you mean partnered_with?") !=
        std::string::npos);
}

TEST_CASE("symmetric relations answer from either direction", "[engine]") {
  Fixture f;
  CHECK(f.Answers("?x partnered_with Kakao") == V{"OpenAI"});
  CHECK(f.Answers("who did OpenAI partner with?") == V{"Kakao"});
  CHECK(f.Answers("who partnered with Kakao?") == V{"OpenAI"});
}

TEST_CASE("qualifiers match, bind and filter", "[engine]") {
  Fixture f;
  CHECK(f.Answers("select ?a where Amazon invested_in France [amount ?a]") == V{"1200000000 EUR"});
  CHECK(f.Answers("?c ranked_in \"Global AI Index\" [rank 3]") == V{"France", "South Korea"});
  CHECK(f.Answers("select ?d where ?x released DeepSeek-R1 [date ?d]") == V{"2025-01-20"});
  CHECK(f.Answers("Canada investment_amount ?a [status planned]") == V{"2400000000 CAD"});
  CHECK(f.Answers("Canada investment_amount ?a [status reported]").empty());
}

TEST_CASE("a negated fact never answers a positive pattern or question", "[engine]") {
  Fixture f;
  CHECK(f.Answers("?x signed \"AI Action Summit declaration\"") == V{"France"});
  CHECK(f.Answers("?x signed \"AI Action Summit declaration\" [negated true]") ==
        V{"United Kingdom", "United States"});
  CHECK(f.Answers("who signed the AI Action Summit declaration?") == V{"France"});
  CHECK(f.Answers("who did not sign the AI Action Summit declaration?") ==
        V{"United Kingdom", "United States"});
  ResultSet no = f.Run("did the United States sign the AI Action Summit declaration?");
  REQUIRE(no.rows.size() == 1);
  CHECK(no.rows[0][0].text == "no");
  REQUIRE(no.facts.size() == 1);  // the negated fact is the evidence for "no"
  CHECK(no.facts[0].negated);
}

TEST_CASE("count, limit and order by", "[engine]") {
  Fixture f;
  ResultSet c = f.Run("count ?x member_of \"Six Little Tigers\"");
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0][0].text == "2");
  ResultSet all = f.Run("count ?a invested_in ?b");  // from the maintained counter
  CHECK(all.rows[0][0].text == "2");
  CHECK(f.Run("?s ?p ?o limit 3").rows.size() == 3);
  ResultSet ordered = f.Run("select ?x ?a where ?x invested_in France [amount ?a] order by ?a desc");
  REQUIRE(ordered.rows.size() == 2);
  CHECK(ordered.rows[0][0].text == "Microsoft");
  CHECK(f.engine().Explain("count ?a invested_in ?b")->find("counter") != std::string::npos);
}

TEST_CASE("questions from the vocabulary", "[engine]") {
  Fixture f;
  CHECK(f.Answers("Who is the CEO of OpenAI?") == V{"Sam Altman"});
  CHECK(f.Answers("Which country did Sam Altman visit?") == V{"South Korea"});
  CHECK(f.Answers("How much did Amazon invest in France?") == V{"1200000000 EUR"});
  CHECK(f.Answers("Which companies invested in France?") == V{"Amazon", "Microsoft"});
  CHECK(f.Answers("Which country did Amazon and Microsoft invest in?") == V{"France"});
  CHECK(f.Answers("How much will Canada invest?") == V{"2400000000 CAD"});
  CHECK(f.Answers("Which companies are members of the Six Little Tigers?") ==
        V{"Moonshot AI", "Zhipu AI"});
  CHECK(f.Answers("Is Moonshot AI a member of the Six Little Tigers?") == V{"yes"});
  CHECK(f.Answers("Is Kakao a member of the Six Little Tigers?") == V{"no"});
  CHECK(f.Answers("Who published the Global AI Index?") == V{"Tortoise Media"});
  CHECK(f.Answers("Which countries rank third in the Global AI Index?") ==
        V{"France", "South Korea"});
  CHECK(f.Answers("When was DeepSeek-R1 released?") == V{"2025-01-20"});
  CHECK(f.Answers("What is the successor of DeepSeek-R1?") == V{"DeepSeek-R2"});
  CHECK(f.Answers("Who accused DeepSeek?") == V{"OpenAI"});
  CHECK(f.Answers("what did DeepSeek release?") == V{"DeepSeek-R1"});
  CHECK(f.Answers("what was released by DeepSeek?") == V{"DeepSeek-R1"});
  CHECK(f.Answers("Which company made the model that DeepSeek-R2 succeeds?") == V{"DeepSeek"});
  CHECK(f.Answers("how many companies invested in France?") == V{"2"});
  CHECK(f.Answers("오픈AI와 협력한 기업은?") == V{"Kakao"});
  CHECK(f.Answers("캐나다가 투자한 금액은?") == V{"2400000000 CAD"});
  CHECK(f.Answers("6소호에 속한 기업은?") == V{"Moonshot AI", "Zhipu AI"});
  CHECK(f.Answers("딥시크를 고소한 곳은?") == V{"OpenAI"});
}

TEST_CASE("every fact about an entity, with evidence", "[engine]") {
  Fixture f;
  ResultSet r = f.Run("tell me about DeepSeek");
  CHECK(r.columns == V{"subject", "relation", "object"});
  REQUIRE(r.rows.size() == 2);
  REQUIRE(!r.facts.empty());
  REQUIRE(!r.facts[0].evidence.empty());
  CHECK(r.facts[0].evidence[0].doc == "fixture");
  CHECK(!r.facts[0].evidence[0].text.empty());
}

TEST_CASE("paths connect entities through facts in either direction", "[engine]") {
  Fixture f;
  ResultSet r = f.Run("path Kakao -> DeepSeek max 3");
  REQUIRE(r.rows.size() == 1);
  CHECK(r.rows[0][0].text == "2");
  CHECK(r.rows[0][1].text == "Kakao -partnered_with-> OpenAI -accused-> DeepSeek");
  CHECK(f.Run("path Kakao -> DeepSeek max 1").rows.empty());
  ResultSet q = f.Run("how is Microsoft connected to Amazon?");
  REQUIRE(q.rows.size() == 1);
  CHECK(q.rows[0][1].text == "Microsoft -invested_in-> France <-invested_in- Amazon");
}

TEST_CASE("the row limit stops a query with a message", "[engine]") {
  Fixture f;
  QueryOptions o;
  o.row_limit = 2;
  ResultSet r = f.Run("?s ?p ?o", o);
  CHECK(r.rows.size() == 2);
  CHECK(r.truncated);
  CHECK(r.stopped_because.find("row limit") != std::string::npos);
}

TEST_CASE("a cancelled query reports cancellation", "[engine]") {
  Fixture f;
  std::atomic<bool> cancel{true};
  QueryOptions o;
  o.cancel = &cancel;
  // Cancellation is polled every 1024 steps: a cross product is long enough.
  auto r = f.engine().Query("?a ?b ?c, ?d ?e ?f, ?g ?h ?i", o);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kCancelled);
}

}  // namespace kg

namespace kg {

TEST_CASE("a name a commit gives an entity shows in the engine's next query", "[engine]") {
  // The engine keeps the display names of earlier queries while nothing is committed; a
  // commit in between (here an import through the same engine) must not leave one stale.
  testing::TempDir tmp;
  auto e = Engine::Open({tmp.Sub("g.db"), true, true});
  REQUIRE_OK(e);
  Engine& engine = **e;
  std::istringstream first("<http://x.test/e1> <http://x.test/p/partnerOf> <http://x.test/e2> .\n");
  REQUIRE_OK(engine.Import(&first, "first.nt", {}));
  auto before = engine.Query("<http://x.test/e1> ?p ?o", {});
  REQUIRE_OK(before);
  REQUIRE(before->rows.size() == 1);
  CHECK(before->rows[0].back().text == "http://x.test/e2");  // no name yet: the IRI
  std::istringstream second(
      "<http://x.test/e2> <http://www.w3.org/2000/01/rdf-schema#label> \"Zephyr Robotics\" .\n");
  REQUIRE_OK(engine.Import(&second, "second.nt", {}));
  auto after = engine.Query("select ?o where <http://x.test/e1> ?p ?o", {});
  REQUIRE_OK(after);
  REQUIRE(after->rows.size() == 1);
  CHECK(after->rows[0].back().text == "Zephyr Robotics");
}

}  // namespace kg
