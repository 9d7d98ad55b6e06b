// Titled persons in Korean text: who holds which title where, when the title is written after
// a bold name, closes an attribution line, or names no organisation and the relation around it
// says which one (a founder titled 대표 of the company they set up). Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool HasIn(const std::vector<std::string>& facts, const std::string& fact) {
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  return std::find(facts.begin(), facts.end(), fact) != facts.end();
}
bool Has(const std::string& markdown, const std::string& fact) {
  INFO(markdown);
  return HasIn(FactsOfDocument(markdown, "markdown"), fact);
}
}  // namespace

TEST_CASE("a bold name before an organisation and a title is the person holding it",
          "[ingest][ko][titles]") {
  CHECK(Has("**도가온** 누리전자 대표는 공장을 소개했어요.\n", "도가온 ceo_of 누리전자"));
  CHECK(Has("누리전자 **도가온** 대표는 공장을 소개했어요.\n", "도가온 ceo_of 누리전자"));
}

TEST_CASE("an attribution line names the person, the organisation and the title",
          "[ingest][ko][titles]") {
  CHECK(Has("**바람소프트**는 올해 게임을 내놨어요.\n\n> — 서하람 바람소프트 대표\n",
            "서하람 ceo_of 바람소프트"));
}

TEST_CASE("a bold span of a name and a title names the person alone", "[ingest][ko][titles]") {
  std::vector<std::string> facts =
      FactsOfDocument("**별무리랩**은 2018년 **남도윤 대표**가 창업한 회사예요.\n", "markdown");
  CHECK(HasIn(facts, "별무리랩 founded_by 남도윤 {date=2018}"));
  CHECK(HasIn(facts, "남도윤 ceo_of 별무리랩"));
}

TEST_CASE("a titled founder without an organisation holds the title at the company founded",
          "[ingest][ko][titles]") {
  CHECK(Has("**새솔전자**는 2019년 **오가람** 대표가 세운 회사다.\n", "오가람 ceo_of 새솔전자"));
  CHECK(Has("**한결소프트**는 **남궁민** 대표가 이끄는 회사다.\n", "남궁민 ceo_of 한결소프트"));
  // A chair who founded it is its chair, not its CEO.
  CHECK(Has("**구름제약**은 **하지훈** 회장이 세운 회사예요.\n", "하지훈 position_held 구름제약"));
}

TEST_CASE("each of two titled founders holds their title at the company", "[ingest][ko][titles]") {
  std::vector<std::string> facts = FactsOfDocument(
      "**가온소프트**는 2019년 **한도윤** 대표와 **박세라** 최고기술책임자(CTO)가 함께 세운 "
      "회사예요.\n",
      "markdown");
  CHECK(HasIn(facts, "한도윤 ceo_of 가온소프트"));
  CHECK(HasIn(facts, "박세라 position_held 가온소프트"));
  CHECK_FALSE(HasIn(facts, "한도윤 position_held 가온소프트"));
  CHECK(HasIn(
      FactsOfDocument("다온랩은 2020년 윤서진 대표와 강하늘 CTO가 공동 창업했다.\n", "markdown"),
      "윤서진 ceo_of 다온랩"));
}

TEST_CASE("a word of the language before a title is no person", "[ingest][ko][titles]") {
  std::vector<std::string> facts = FactsOfDocument(
      "**들꽃게임즈**를 세운 **모지안** 이사회 의장도 현장을 찾았어요.\n", "markdown");
  for (const std::string& f : facts) {
    INFO(f);
    CHECK(f.find("이사회 position_held") == std::string::npos);
  }
}

TEST_CASE("a relation noun after 와/과 is what is done with the name, not its sibling",
          "[ingest][ko][titles]") {
  CHECK(Has("**가온로봇**은 **푸른은행**과 업무협약을 맺고 로봇을 들였다.\n",
            "가온로봇 partnered_with 푸른은행"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("analysts, lawyers and vice-ministers hold their title at the organisation before them",
          "[ingest][ko][titles]") {
  CHECK(HasFact("**한빛증권** 김하늘 연구원은 \"수요가 더 늘 것\"이라고 내다봤다.\n",
                "김하늘 position_held 한빛증권", "markdown"));
  CHECK(HasFact("**가람법률사무소** 윤도현 변호사는 소송을 준비하고 있다고 말했다.\n",
                "윤도현 position_held 가람법률사무소", "markdown"));
  CHECK(HasFact("**누리소프트** 한가을 공동대표는 신작을 소개했다.\n", "한가을 ceo_of 누리소프트",
                "markdown"));
}

TEST_CASE("an organisation in the genitive right before a titled person is where they hold it",
          "[ingest][ko][titles]") {
  CHECK(HasFact("한빛전자의 김민수 변호사는 계약을 검토했다고 말했다.",
                "김민수 position_held 한빛전자"));
  CHECK(HasFact("카카오의 윤하늘 연구위원은 수요가 늘 것이라고 말했다.",
                "윤하늘 position_held Kakao"));
  // A country in the genitive is no employer.
  CHECK_FALSE(HasFact("미국의 김민수 변호사는 소송을 냈다.", "김민수 position_held United States"));
}

TEST_CASE("a law firm's noun before an unknown name types it an organisation",
          "[ingest][ko][titles]") {
  CHECK(HasFact("특허법인 가람의 윤도현 변리사는 소송을 준비한다고 말했다.",
                "윤도현 position_held 가람"));
  CHECK(HasFact(
      "한빛전자는 법무법인 다온을 대리인으로 선임했다. 다온의 김하늘 변호사는 승소를 자신했다.",
      "김하늘 position_held 다온"));
  CHECK(HasFact("한빛전자는 미국 특허 전문 로펌 브라이트웰을 선임했다.",
                "브라이트웰 located_in United States"));
  // A generic acronym the text quoted elsewhere ('AI'라는 말) is still a descriptor word.
  CHECK(
      HasFact("요즘 'AI'라는 말이 자주 들린다. 한빛전자는 미국 AI 스타트업 브라이트랩에 투자했다.",
              "브라이트랩 located_in United States"));
}

TEST_CASE("a title written onto the name of the body it heads names the person before it",
          "[ingest][ko][titles]") {
  CHECK(HasFact(
      "공정거래위원회는 조사를 시작했다. 박하늘 공정거래위원장은 엄정히 대응하겠다고 말했다.",
      "박하늘 position_held Fair Trade Commission"));
  CHECK(HasFact("강릉시는 축제를 열었다. 행사에는 윤도현 강릉시장이 참석했다.",
                "윤도현 position_held Gangneung"));
  // Without the body named, the word is no title (시장 = market), and no one holds it.
  CHECK_FALSE(HasFact("윤도현 수산시장은 붐볐다.", "윤도현 position_held 수산시"));
}

TEST_CASE("of two titles in a row the first names the office", "[ingest][ko][titles]") {
  CHECK(HasFact("박지훈 **가람전자** 대표이사 사장은 투자를 늘리겠다고 말했다.\n",
                "박지훈 ceo_of 가람전자", "markdown"));
  CHECK_FALSE(HasFact("박지훈 **가람전자** 대표이사 사장은 투자를 늘리겠다고 말했다.\n",
                      "박지훈 position_held 가람전자", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a title may carry its abbreviation in parentheses", "[ingest][ko][titles]") {
  CHECK(HasFact("**누리전자** 박지훈 최고경영자(CEO)는 신제품을 소개했다.\n",
                "박지훈 ceo_of 누리전자", "markdown"));
  // After a word the dictionary does not know, the name is a foreign one of two words.
  for (const std::string& f :
       FactsOfDocument("클라우스 마이어 최고경영자(CEO)는 유임된다.\n", "markdown")) {
    INFO(f);
    CHECK(f.find("마이어") == std::string::npos);
  }
}

TEST_CASE("titled persons joined by 와 act together", "[ingest][ko][titles]") {
  const std::string text =
      "**가람랩스**는 2020년 **윤하늘** 대표와 **서다온** 최고기술책임자(CTO)가 함께 세운 "
      "회사다.\n";
  CHECK(HasFact(text, "가람랩스 founded_by 윤하늘 {date=2020}", "markdown"));
  CHECK(HasFact(text, "가람랩스 founded_by 서다온 {date=2020}", "markdown"));
  // A titled person with 와 before a place is no list of persons.
  CHECK(HasFact("**가람랩스** 윤하늘 대표와 서울 본사에서 만났다.\n", "윤하늘 ceo_of 가람랩스",
                "markdown"));
}

TEST_CASE("a Korean ministry between a person and a title is where they hold it",
          "[ingest][ko][titles]") {
  CHECK(Has("한가온 보건복지부 차관은 병원을 찾았다.\n",
            "한가온 position_held Ministry of Health and Welfare"));
  CHECK(Has("윤다솜 문화체육관광부 제1차관도 현장을 찾았다.\n",
            "윤다솜 position_held Ministry of Culture, Sports and Tourism"));
}

TEST_CASE("전 between a person and the organisation of a title marks a title held before",
          "[ingest][ko][titles]") {
  CHECK(Has("후임으로는 한가온 전 보건복지부 차관이 거론된다.\n",
            "한가온 position_held Ministry of Health and Welfare"));
  CHECK(Has("이사회는 윤다솜 전 LG화학 부사장을 대표로 뽑았다.\n", "윤다솜 position_held LG Chem"));
  // 전 of time (3년 전) names no one.
  CHECK_FALSE(Has("3년 전 LG화학 부사장이 공장을 찾았다.\n", "3년 position_held LG Chem"));
}

TEST_CASE("a field fused to a title holds that title at the organisation before it",
          "[ingest][ko][titles]") {
  CHECK(Has("한가온 산업부 통상차관보가 회의를 이끈다.\n",
            "한가온 position_held Ministry of Trade, Industry and Energy"));
  CHECK(Has("윤다솜 개인정보위 조사조정국장은 법을 지켜야 한다고 강조했다.\n",
            "윤다솜 position_held Personal Information Protection Commission"));
  CHECK(Has("**누리텔레콤** 서하람 모바일사업부장은 신제품을 소개했다.\n",
            "서하람 position_held 누리텔레콤"));
}

TEST_CASE("a titled person who leads a group leads it in person", "[ingest][ko][titles]") {
  const std::string text = "TF는 한가온 산업부 통상차관보가 이끌며, 대체 시장을 찾는다.\n";
  CHECK(Has(text, "한가온 leads TF"));
  CHECK_FALSE(Has(text, "Ministry of Trade, Industry and Energy leads TF"));
}

TEST_CASE("an organisation that appoints a person holds no position at them",
          "[ingest][ko][titles]") {
  const std::string text = "**누리소재** 이사회가 한가온 전 LG화학 부사장을 대표이사로 선임했다.\n";
  CHECK(Has(text, "한가온 position_held LG Chem"));
  CHECK_FALSE(Has(text, "누리소재 position_held 한가온"));
}

}  // namespace kg::testing

namespace kg::testing {

// "X는 Y에서 어떤 직책을 맡고 있나요?" asks for the role: the title as the text writes it.
TEST_CASE("a Korean title's fact carries the title as its role", "[ingest][ko][titles]") {
  auto facts = [](const std::string& text) { return FactsOf(text, /*all_qualifiers=*/true); };
  CHECK(HasIn(facts("삼성전자 박서준 부회장은 신사업을 맡는다.\n"),
              "박서준 position_held Samsung Electronics {role=부회장}"));
  // A field fused to the title stays in the role; the title alone says the relation.
  CHECK(HasIn(facts("삼성전자 장도현 모바일사업부장은 신제품을 소개했다.\n"),
              "장도현 position_held Samsung Electronics {role=모바일사업부장}"));
  // A title written onto its body's name: the body is named apart, the role is the title.
  CHECK(HasIn(facts("공정거래위원회는 조사에 나섰다. 한민준 공정거래위원장은 제재를 예고했다.\n"),
              "한민준 position_held Fair Trade Commission {role=위원장}"));
  // Each of two titled founders has their own.
  CHECK(HasIn(facts("누리랩스는 박서준 대표와 김하늘 CTO가 함께 세운 회사예요.\n"),
              "김하늘 position_held 누리랩스 {role=CTO}"));
  // A title with its abbreviation in brackets is named by the abbreviation, a title too.
  CHECK(HasIn(facts("누리랩스는 박서준 대표와 김하늘 최고운영책임자(COO)가 함께 세운 회사예요.\n"),
              "김하늘 position_held 누리랩스 {role=COO}"));
}

}  // namespace kg::testing
