// English spellings of names a graph holds in Hangul: the sound comparison itself, and a
// question and a pattern that find the Hangul name from its English spelling. Names made up
// or well known, none from the corpus.
#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "kg/base/name_sound.h"
#include "kg/engine.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_macros.h"

namespace kg {

namespace {

bool Alike(const std::string& latin, const std::string& hangul,
           const NameWords* words = nullptr) {
  for (const NameSound& s : LatinSounds(latin, words)) {
    if (SoundAlike(s, HangulSound(hangul))) return true;
  }
  return false;
}

// A fresh graph in `tmp` holding `ntriples`, to ask questions of.
std::unique_ptr<Engine> GraphFrom(testing::TempDir& tmp, const std::string& ntriples) {
  auto e = Engine::Open({tmp.Sub("g.db"), true, true});
  REQUIRE_OK(e);
  std::istringstream nt(ntriples);
  REQUIRE_OK((*e)->Import(&nt, "names.nt", {}));
  return std::move(*e);
}

}  // namespace

TEST_CASE("a loanword spelling and its Hangul transcription sound alike", "[name-sound]") {
  CHECK(Alike("starbucks", "스타벅스"));          // r before a consonant is not heard
  CHECK(Alike("netflix", "넷플릭스"));            // final ㅅ is a t, x is ks
  CHECK(Alike("microsoft", "마이크로소프트"));    // 으 split clusters: not counted as vowels
  CHECK(Alike("facebook", "페이스북"));           // f is ㅍ, soft c is ㅅ
  CHECK(Alike("greenfield robotics", "그린필드로보틱스"));  // spaces do not matter
  CHECK(Alike("brightwave", "브라이트웨이브"));   // silent gh, w part of a vowel
  CHECK(Alike("technova", "테크노바"));           // ch may be ㅋ
  CHECK(Alike("gs retail", "gs리테일"));          // Latin letters inside a Hangul name
  CHECK(Alike("bluecore", "블루코어"));           // r before a final silent e: not heard
  CHECK(Alike("hanbit software", "한빛소프트웨어"));
  CHECK(Alike("flexplay", "플렉스플레이"));       // 플레 writes the cluster pl: no vowel heard
  CHECK(Alike("glowline", "글로라인"));
}

TEST_CASE("a romanised Korean name and its Hangul sound alike", "[name-sound]") {
  CHECK(Alike("park min-su", "박민수"));
  CHECK(Alike("lee hye-jin", "이혜진"));   // initial l of Lee is Korean's silent ㅇ
  CHECK(Alike("lee hyejin", "이혜진"));
  CHECK(Alike("hyundai", "현대"));
  CHECK(Alike("kim chang-ho", "김창호"));
}

TEST_CASE("a word Korean names translate is read either way", "[name-sound]") {
  NameWords words{{"materials", {"소재"}}, {"life", {"생명"}}, {"group", {"그룹"}}};
  CHECK(Alike("hanbit materials", "한빛소재", &words));
  CHECK(Alike("daemyung life", "대명생명", &words));
  CHECK(Alike("hanbit materials", "한빛머티리얼즈", &words));  // or transcribed
  CHECK_FALSE(Alike("hanbit materials", "한빛소재"));  // without the word list
  CHECK_FALSE(Alike("hanbit life", "한빛소재", &words));
}

TEST_CASE("a name of many words, several of them translated, is heard in every reading",
          "[name-sound]") {
  // Each translatable word doubles the readings (as spelled, as translated): a name of four
  // such words is still compared in all of them.
  NameWords words{{"national", {"국립", "국가"}}, {"energy", {"에너지"}}, {"transition", {"전환"}},
                  {"index", {"지수"}}, {"report", {"보고서"}}};
  CHECK(Alike("national energy transition index", "국가 에너지 전환 지수", &words));
  CHECK(Alike("national energy transition report", "국가 에너지 전환 보고서", &words));
  CHECK_FALSE(Alike("national energy transition index", "국가 에너지 전환 보고서", &words));
}

TEST_CASE("a final -re after a consonant sounds as -er does", "[name-sound]") {
  CHECK(Alike("seaview centre", "시뷰센터"));
  CHECK(Alike("seaview center", "시뷰센터"));
  CHECK(Alike("ninety metre", "나인티미터"));
}

TEST_CASE("different names, and names too short to tell, do not sound alike", "[name-sound]") {
  CHECK_FALSE(Alike("microsoft", "마이크로칩"));
  CHECK_FALSE(Alike("greenland", "그린필드"));
  CHECK_FALSE(Alike("kia", "기아"));        // one consonant: too little to go on
  CHECK_FALSE(Alike("mina", "민아"));
  CHECK_FALSE(Alike("netflix", "넷플릭스코리아아아아아"));  // far more vowels
  CHECK(HasHangul("gs리테일"));
  CHECK_FALSE(HasHangul("GS Retail"));
}

TEST_CASE("an English question and a pattern find a name the graph has only in Hangul",
          "[name-sound]") {
  testing::TempDir tmp;
  auto graph = GraphFrom(tmp,
      "<http://x.test/e1> <http://www.w3.org/2000/01/rdf-schema#label> \"그린필드로보틱스\"@ko .\n"
      "<http://x.test/e2> <http://www.w3.org/2000/01/rdf-schema#label> \"브라이트웨이브\"@ko .\n"
      "<http://x.test/e1> <http://kg.local/relation/acquired> <http://x.test/e2> .\n"
      "<http://x.test/e3> <http://www.w3.org/2000/01/rdf-schema#label> \"테크노바\"@ko .\n"
      "<http://x.test/e4> <http://www.w3.org/2000/01/rdf-schema#label> \"테크나비\"@ko .\n"
      "<http://x.test/e3> <http://kg.local/relation/partnered_with> <http://x.test/e1> .\n");
  Engine& engine = *graph;
  auto asked = engine.Query("What did Greenfield Robotics acquire?", {});
  REQUIRE_OK(asked);
  REQUIRE(asked->rows.size() == 1);
  CHECK(asked->rows[0][0].text == "브라이트웨이브");
  auto pattern = engine.Query("?x acquired Brightwave", {});
  REQUIRE_OK(pattern);
  REQUIRE(pattern->rows.size() == 1);
  CHECK(pattern->rows[0][0].text == "그린필드로보틱스");
  // A sound two entities share (테크노바, 테크나비) finds neither: no guess.
  auto shared = engine.Query("Technova partnered_with ?x", {});
  CHECK_FALSE(shared.ok());
  // Unrelated names stay unknown, with the usual message.
  auto unknown = engine.Query("Who acquired Greenland?", {});
  CHECK_FALSE(unknown.ok());
}

TEST_CASE("a Hangul name heard over more words than an English name reaches is that name",
          "[name-sound]") {
  testing::TempDir tmp;
  auto graph = GraphFrom(tmp,
      "<http://x.test/e1> <http://www.w3.org/2000/01/rdf-schema#label> \"Korea\" .\n"
      "<http://x.test/e2> <http://www.w3.org/2000/01/rdf-schema#label> \"한국 에너지 이용 보고서\"@ko .\n"
      "<http://x.test/e3> <http://www.w3.org/2000/01/rdf-schema#label> \"누리에너지연구원\"@ko .\n"
      "<http://x.test/e2> <http://kg.local/relation/published_by> <http://x.test/e3> .\n");
  Engine& engine = *graph;
  // "Korea" is a name of the graph, but "Korea Energy Usage Report" (한국 에너지 이용 보고서,
  // korea, usage and report translated) reaches further.
  auto asked = engine.Query("Who published the Korea Energy Usage Report?", {});
  REQUIRE_OK(asked);
  REQUIRE(asked->rows.size() == 1);
  CHECK(asked->rows[0][0].text == "누리에너지연구원");
}

TEST_CASE("a Hangul name is heard over lower-case words and in a name partly in Hangul",
          "[name-sound]") {
  testing::TempDir tmp;
  auto graph = GraphFrom(tmp,
      "<http://x.test/e1> <http://www.w3.org/2000/01/rdf-schema#label> \"브리즈 데이터센터\"@ko .\n"
      "<http://x.test/e2> <http://www.w3.org/2000/01/rdf-schema#label> \"하늘건설\"@ko .\n"
      "<http://x.test/e2> <http://kg.local/relation/builds> <http://x.test/e1> .\n"
      "<http://x.test/e3> <http://www.w3.org/2000/01/rdf-schema#label> \"K-스코어 리더보드\"@ko .\n"
      "<http://x.test/e4> <http://www.w3.org/2000/01/rdf-schema#label> \"바다대학교\"@ko .\n"
      "<http://x.test/e3> <http://kg.local/relation/published_by> <http://x.test/e4> .\n");
  Engine& engine = *graph;
  for (const auto& [q, want] : std::vector<std::pair<std::string, std::string>>{
           {"Who is building the Breeze data centre?", "하늘건설"},
           {"Who publishes the K-스코어 leaderboard?", "바다대학교"}}) {
    INFO(q);
    auto asked = engine.Query(q, {});
    REQUIRE_OK(asked);
    REQUIRE(asked->rows.size() == 1);
    CHECK(asked->rows[0][0].text == want);
  }
}

TEST_CASE("an English name that leaves out the year finds the dated Hangul name", "[name-sound]") {
  testing::TempDir tmp;
  auto graph = GraphFrom(tmp,
      "<http://x.test/e1> <http://www.w3.org/2000/01/rdf-schema#label> \"2031 부산모터쇼\"@ko .\n"
      "<http://x.test/e2> <http://www.w3.org/2000/01/rdf-schema#label> \"벡스코\"@ko .\n"
      "<http://x.test/e1> <http://kg.local/relation/located_in> <http://x.test/e2> .\n"
      "<http://x.test/e3> <http://www.w3.org/2000/01/rdf-schema#label> \"2030 그린테크포럼\"@ko .\n"
      "<http://x.test/e4> <http://www.w3.org/2000/01/rdf-schema#label> \"2031 그린테크포럼\"@ko .\n"
      "<http://x.test/e5> <http://www.w3.org/2000/01/rdf-schema#label> \"코엑스\"@ko .\n"
      "<http://x.test/e3> <http://kg.local/relation/located_in> <http://x.test/e5> .\n"
      "<http://x.test/e4> <http://kg.local/relation/located_in> <http://x.test/e5> .\n");
  Engine& engine = *graph;
  for (const char* q : {"Where was the Busan Motor Show held?", "Where was the 2031 Busan Motor Show held?"}) {
    INFO(q);
    auto asked = engine.Query(q, {});
    REQUIRE_OK(asked);
    REQUIRE(asked->rows.size() == 1);
    CHECK(asked->rows[0][0].text == "벡스코");
  }
  // Two editions of one event (2030, 2031) share the undated sound: neither is taken.
  CHECK_FALSE(engine.Query("Where was the Greentech Forum held?", {}).ok());
}

}  // namespace kg
