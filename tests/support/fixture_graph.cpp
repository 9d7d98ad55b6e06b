// The fixture graph of fixture_graph.h.
#include "tests/support/fixture_graph.h"

#include <catch2/catch.hpp>

#include "kg/storage/graph_writer.h"
#include "tests/support/test_macros.h"

namespace kg::testing {

namespace {

struct Builder {
  GraphWriter& w;
  std::string doc;
  int sentence = 0;

  TermId E(const std::string& name, const std::string& type, std::vector<Alias> aliases = {}) {
    auto id = w.ResolveEntity(EntitySpec{name, type, std::move(aliases), false}, doc);
    REQUIRE_OK(id);
    return *id;
  }
  TermId V(const std::string& lexical, const std::string& datatype) {
    auto id = w.LiteralTerm(Literal{lexical, datatype, ""}, doc);
    REQUIRE_OK(id);
    return *id;
  }
  void F(TermId s, const std::string& rel, TermId o, Qualifiers q = {}, bool negated = false) {
    auto r = w.Relation(rel);
    REQUIRE_OK(r);
    FactSpec f;
    f.subject = s;
    f.relation = *r;
    f.object = o;
    f.negated = negated;
    f.qualifiers = std::move(q);
    f.evidence = Evidence{doc, sentence, 0, 5, "fixture"};
    REQUIRE_OK(w.AddFact(f));
  }
};

// The document the builder's facts cite, with its sentences, and the commit of all of it.
void CommitDocument(GraphWriter* w, const std::string& id, const std::string& path,
                    const std::string& hash, const std::vector<std::string>& sentences) {
  Document d;
  d.id = id;
  d.path = path;
  d.hash = hash;
  d.sentences = static_cast<int64_t>(sentences.size());
  REQUIRE_OK(w->PutDocument(d, sentences));
  REQUIRE_OK(w->Commit());
}

// A new database at `db`, open for writing.
std::unique_ptr<Store> NewStore(const std::string& db) {
  Store::OpenOptions o;
  o.mode = Store::Mode::kReadWrite;
  o.create_if_missing = true;
  auto store = Store::Open(db, o);
  REQUIRE_OK(store);
  return std::move(store).value();
}

}  // namespace

void BuildFixtureGraph(const std::string& db) {
  auto store = NewStore(db);
  GraphWriter w(store.get());
  Builder b{w, "fixture"};
  const std::string xsd_date = "http://www.w3.org/2001/XMLSchema#date";
  const std::string xsd_int = "http://www.w3.org/2001/XMLSchema#integer";

  TermId openai = b.E("OpenAI", "Organization", {{"오픈AI", "ko"}});
  TermId kakao = b.E("Kakao", "Organization", {{"카카오", "ko"}});
  TermId microsoft = b.E("Microsoft", "Organization", {{"MS", "en"}, {"마이크로소프트", "ko"}});
  TermId amazon = b.E("Amazon", "Organization", {{"아마존", "ko"}});
  TermId france = b.E("France", "Country", {{"프랑스", "ko"}});
  TermId canada = b.E("Canada", "Country", {{"캐나다", "ko"}});
  TermId korea = b.E("South Korea", "Country", {{"한국", "ko"}});
  TermId us = b.E("United States", "Country", {{"미국", "ko"}, {"US", "en"}});
  TermId uk = b.E("United Kingdom", "Country", {{"영국", "ko"}, {"UK", "en"}});
  TermId deepseek = b.E("DeepSeek", "Organization", {{"딥시크", "ko"}});
  TermId r1 = b.E("DeepSeek-R1", "Product", {});
  TermId r2 = b.E("DeepSeek-R2", "Product", {{"R2", "en"}});
  TermId altman = b.E("Sam Altman", "Person", {{"샘 알트만", "ko"}});
  TermId declaration = b.E("AI Action Summit declaration", "Work", {});
  TermId tigers = b.E("Six Little Tigers", "Group", {{"6소호", "ko"}});
  TermId moonshot = b.E("Moonshot AI", "Organization", {{"문샷AI", "ko"}});
  TermId zhipu = b.E("Zhipu AI", "Organization", {{"즈푸AI", "ko"}});
  TermId index = b.E("Global AI Index", "Work", {});
  TermId tortoise = b.E("Tortoise Media", "Organization", {});

  b.sentence = 1;
  b.F(kakao, "partnered_with", openai);
  b.F(altman, "ceo_of", openai);
  b.F(altman, "visited", korea);
  b.sentence = 2;
  b.F(amazon, "invested_in", france, {{"amount", b.V("1200000000 EUR", kKgAmount)}});
  b.F(microsoft, "invested_in", france, {{"amount", b.V("4000000000 EUR", kKgAmount)}});
  b.sentence = 3;
  b.F(canada, "investment_amount", b.V("2400000000 CAD", kKgAmount),
      {{"status", b.V("planned", "")}});
  b.sentence = 4;
  b.F(deepseek, "released", r1, {{"date", b.V("2025-01-20", xsd_date)}});
  b.F(r2, "successor_of", r1);
  b.sentence = 5;
  b.F(us, "signed", declaration, {}, /*negated=*/true);
  b.F(uk, "signed", declaration, {}, /*negated=*/true);
  b.F(france, "signed", declaration);
  b.sentence = 6;
  b.F(moonshot, "member_of", tigers);
  b.F(zhipu, "member_of", tigers);
  b.sentence = 7;
  b.F(openai, "accused", deepseek);
  b.F(index, "published_by", tortoise);
  b.F(korea, "ranked_in", index, {{"rank", b.V("3", xsd_int)}});
  b.F(france, "ranked_in", index, {{"rank", b.V("3", xsd_int)}});
  b.F(us, "ranked_in", index, {{"rank", b.V("1", xsd_int)}});

  CommitDocument(&w, "fixture", "fixture.txt", "0", {
      "Kakao partnered with OpenAI; Sam Altman, CEO of OpenAI, visited Korea.",
      "Amazon and Microsoft invested 1.2 and 4 billion euros in France.",
      "Canada plans to invest 2.4 billion Canadian dollars.",
      "DeepSeek released DeepSeek-R1 on 20 January 2025; R2 is its successor.",
      "The US and the UK did not sign the declaration; France did.",
      "Moonshot AI and Zhipu AI are among the Six Little Tigers.",
      "OpenAI accused DeepSeek. Tortoise Media's Global AI Index ranks the US first."});
}

void BuildQuestionGraph(const std::string& db) {
  auto store = NewStore(db);
  GraphWriter w(store.get());
  Builder b{w, "questions"};
  const std::string xsd_date = "http://www.w3.org/2001/XMLSchema#date";
  TermId planned = b.V("planned", "");

  TermId brisa = b.E("Brisa Labs", "Organization", {{"브리사랩스", "ko"}});
  TermId lumen2 = b.E("Lumen 2", "Product", {{"루멘 2", "ko"}});
  TermId tessel = b.E("Tessel AI", "Organization", {{"테셀AI", "ko"}});
  TermId quorra = b.E("Quorra Systems", "Organization", {{"쿼라시스템즈", "ko"}});
  TermId corren = b.E("Corren Motors", "Organization", {{"코렌모터스", "ko"}});

  b.sentence = 1;
  TermId lisbon = b.E("Lisbon", "Place", {{"리스본", "ko"}});
  TermId lumen1 = b.E("Lumen 1", "Product", {{"루멘 1", "ko"}});
  b.F(brisa, "released", lumen1, {{"date", b.V("2024-05-02", xsd_date)}, {"place", lisbon}});
  b.F(brisa, "released", lumen2, {{"status", planned}});
  b.F(lumen2, "successor_of", lumen1);
  b.sentence = 2;
  b.F(brisa, "acquired", tessel, {{"amount", b.V("90000000 USD", kKgAmount)}});
  b.F(brisa, "acquired", quorra, {{"status", planned}});
  b.sentence = 3;
  b.F(brisa, "invested_in", corren,
      {{"status", planned}, {"amount", b.V("50000000 USD", kKgAmount)}});
  b.F(corren, "invested_in", tessel, {{"amount", b.V("20000000 USD", kKgAmount)}});
  TermId council = b.E("Council of Lisbon", "Government", {{"리스본 시의회", "ko"}});
  TermId porto = b.E("Porto Council", "Government", {{"the council", "en"}, {"포르투 시의회", "ko"}});
  TermId act = b.E("Lisbon Data Act", "Law", {{"리스본 데이터법", "ko"}});
  b.F(council, "enacted", act, {{"date", b.V("2024-11", "http://www.w3.org/2001/XMLSchema#gYearMonth")}});
  b.F(porto, "investigates", corren);
  b.F(council, "invested_in", quorra);
  TermId ines = b.E("Ines Carvalho", "Person", {});
  b.F(ines, "position_held", brisa, {{"role", b.V("engineer", "")}});
  TermId portugal = b.E("Portugal", "Country", {{"포르투갈", "ko"}});
  TermId spain = b.E("Spain", "Country", {{"스페인", "ko"}});
  b.F(brisa, "located_in", portugal);
  b.F(corren, "located_in", spain);
  b.F(corren, "supplies", brisa);
  b.F(brisa, "owner_of", tessel);
  TermId marta = b.E("Marta Reis", "Person", {{"마르타 헤이스", "ko"}});
  b.F(marta, "position_held", corren, {{"role", b.V("President", "")}});
  TermId ventures = b.E("Brisa Ventures", "Organization", {{"브리사벤처스", "ko"}});
  b.F(brisa, "established", ventures);
  TermId fair = b.E("Lisbon Robotics Fair", "Event", {{"리스본 로보틱스 페어", "ko"}});
  b.F(fair, "event_date", b.V("2025-06", "http://www.w3.org/2001/XMLSchema#gYearMonth"));
  b.F(fair, "located_in", lisbon);
  TermId list = b.E("Robotics 50", "Work", {{"로보틱스 50", "ko"}});
  b.F(brisa, "ranked_in", list, {{"rank", b.V("3", "http://www.w3.org/2001/XMLSchema#integer")}});
  b.F(list, "published_by", porto);
  TermId alliance = b.E("Iberian Robotics Alliance", "Group", {{"이베리아 로봇 연합", "ko"}});
  b.F(brisa, "member_of", alliance);
  TermId campus = b.E("Brisa Campus", "Facility", {{"브리사 캠퍼스", "ko"}});
  b.F(corren, "builds", campus, {{"amount", b.V("300000000 USD", kKgAmount)}});
  b.F(campus, "located_in", lisbon);
  TermId orca = b.E("Orca Engine", "Product", {{"오르카 엔진", "ko"}});
  b.F(brisa, "develops", orca);
  TermId engine_kind = b.E("inference engine", "Concept", {{"추론 엔진", "ko"}});
  b.F(orca, "instance_of", engine_kind);
  b.sentence = 11;
  TermId cloud = b.E("Lumen Cloud", "Product", {{"루멘 클라우드", "ko"}});
  b.F(porto, "suspended", cloud);
  b.sentence = 12;
  b.F(lumen2, "uses", orca);
  b.F(corren, "competes_with", quorra);
  b.sentence = 13;
  TermId tomas = b.E("Tomas Lund", "Person", {});
  b.F(tomas, "ceo_of", brisa);
  TermId mower = b.E("Chief", "Product", {});  // a name that is also a title's first word
  b.F(quorra, "develops", mower);

  CommitDocument(&w, "questions", "questions.txt", "1", {
      "Brisa Labs released Lumen 1 in Lisbon on 2 May 2024 and will release Lumen 2.",
      "Brisa Labs bought Tessel AI and agreed to buy Quorra Systems.",
      "Brisa Labs plans to invest $50 million in Corren Motors, which put $20 million into "
      "Tessel AI and builds Brisa Campus for $300 million; the Council of Lisbon funds Quorra "
      "Systems; Ines Carvalho works at Brisa Labs as an engineer.",
      "Brisa Labs is Portuguese; Corren Motors, a Spanish company, supplies it.",
      "Brisa Labs belongs to the Iberian Robotics Alliance.",
      "The Lisbon Robotics Fair is held in Lisbon in June 2025.",
      "Brisa Labs owns Tessel AI and set up Brisa Ventures; Marta Reis is Corren's president.",
      "Brisa Campus will stand in Lisbon; Brisa Labs develops the Orca Engine.",
      "The Council of Lisbon passed the Lisbon Data Act in November 2024; Porto's council "
      "investigates Corren Motors.",
      "Brisa Labs ranks third in the Robotics 50, a list the Porto Council publishes.",
      "The Porto Council blocked access to Lumen Cloud.",
      "Lumen 2 will run on the Orca Engine; Corren Motors competes with Quorra Systems.",
      "Chief executive Tomas Lund said Brisa Labs would sell Chief, a mower Quorra Systems makes."});
}

}  // namespace kg::testing
