// Relations Korean states with a genitive: a relation noun between the genitive and a name
// (Y의 자회사 X, Y의 최대주주인 X), the same noun predicated of the topic (X는 Y의 주주다), and an
// organisation's named product (ORG의 PRODUCT). Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
std::vector<std::string> Facts(const std::string& markdown) { return FactsOfDocument(markdown, "markdown"); }
bool Has(const std::string& markdown, const std::string& fact) { return HasFact(markdown, fact, "markdown"); }
}  // namespace

TEST_CASE("a relation noun between a genitive and a name relates the two", "[ingest][ko][genitive]") {
  CHECK(Has("**나래게임즈**의 자회사 **별빛스튜디오**가 게임을 만들었다.\n", "나래게임즈 owner_of 별빛스튜디오"));
  CHECK(Has("**나래게임즈**의 일본 법인인 **나래재팬**이 문을 열었다.\n", "나래게임즈 owner_of 나래재팬"));
  // The noun may name the other side: the largest shareholder owns.
  CHECK(Has("**한솔칩스**의 최대주주인 **푸른전자**가 투자를 늘렸다.\n", "푸른전자 owner_of 한솔칩스"));
}

TEST_CASE("a relation noun a copula predicates of the topic relates it to the genitive",
          "[ingest][ko][genitive]") {
  CHECK(Has("**가람전자**는 **한솔칩스**의 주주다.\n", "가람전자 owner_of 한솔칩스"));
  CHECK(Has("**별빛스튜디오**는 **나래게임즈**의 자회사예요.\n", "나래게임즈 owner_of 별빛스튜디오"));
}

TEST_CASE("an organisation's named product is one it makes", "[ingest][ko][genitive]") {
  CHECK(Has("이 폰에는 **푸른전자**의 **누리칩 7**이 들어갔다.\n", "푸른전자 develops 누리칩 7"));
  CHECK(Has("**푸른전자**의 모바일 게임 **달빛기사**는 인기를 끌었다.\n", "푸른전자 develops 달빛기사"));
}

TEST_CASE("an industry's company noun types the name after it, whose named product it makes",
          "[ingest][ko][genitive]") {
  // 게임사, 제약사 (lexicon.json classifiers): the name is a company's; its genitive a maker.
  const std::string game =
      "위원회는 해외 게임사 **별빛플레이**를 조사하고 있어요.\n\n"
      "위원회는 별빛플레이의 모바일 게임 **달빛크라운**의 서비스를 멈췄어요.\n";
  CHECK(Has(game, "별빛플레이 develops 달빛크라운"));
  const std::string drug =
      "한솔바이오는 덴마크 제약사 **노을파마**와 계약을 맺었다.\n\n"
      "노을파마의 신약 **노을맙**은 임상 3상에 들어갔다.\n";
  CHECK(Has(drug, "노을파마 develops 노을맙"));
  CHECK(Has(drug, "노을파마 located_in Denmark"));
}

TEST_CASE("a genitive before a person, a descriptor or a further name is no product",
          "[ingest][ko][genitive]") {
  for (const std::string& f : Facts("**가온연구소**의 **마리아 로시** 소장이 방한했다.\n")) {
    INFO(f);
    CHECK(f.find("develops") == std::string::npos);
  }
  // The name right after the genitive only modifies the one after the noun.
  for (const std::string& f : Facts("**푸른전자**의 LX 비서 **누리봇**에는 기능이 많다.\n")) {
    INFO(f);
    CHECK(f.find("develops LX") == std::string::npos);
  }
  // A descriptor that is no product noun (협력사) leaves the name alone.
  for (const std::string& f : Facts("**푸른전자**의 협력사 **한솔칩스**가 공장을 지었다.\n")) {
    INFO(f);
    CHECK(f.find("develops") == std::string::npos);
  }
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a bare organisation right before a relation noun stands as its genitive", "[ingest][ko][genitive]") {
  CHECK(HasFact("**한빛에너지** 산하 **한빛연구소**가 보고서를 냈다.\n", "한빛연구소 member_of 한빛에너지", "markdown"));
  CHECK(HasFact("**누리산업협회** 산하 **다온포럼**은 전시회를 연다.\n", "다온포럼 member_of 누리산업협회",
                "markdown"));
  // A country before the noun describes; it does not own.
  CHECK_FALSE(HasFact("**카카오**는 미국 자회사 **라온웍스**를 세웠다.\n", "United States owner_of 라온웍스", "markdown"));
}

TEST_CASE("a member company is one of the association it is written after", "[ingest][ko][genitive]") {
  CHECK(HasFact("한국게임산업협회 회원사인 가온소프트는 신작을 냈다.", "가온소프트 member_of 한국게임산업협회"));
  // The copula written onto the noun, which the dictionary does not read as one.
  CHECK(HasFact("카카오는 한국게임산업협회 회원사다.", "Kakao member_of 한국게임산업협회"));
  CHECK(HasFact("다온칩스는 한국반도체산업협회 회원사이기도 하다.", "다온칩스 member_of 한국반도체산업협회"));
  // A member company that is the subject of its own verb is no statement about the topic.
  CHECK_FALSE(HasFact("카카오는 한국게임산업협회 회원사를 모았다.", "Kakao member_of 한국게임산업협회"));
}

TEST_CASE("a relation noun marked 로 in a relative clause relates its subjects to the name it modifies",
          "[ingest][ko][genitive]") {
  const char* members = "네이버, 카카오 등이 회원사로 있는 한국게임산업협회는 반대했다.";
  CHECK(HasFact(members, "Naver member_of 한국게임산업협회"));
  CHECK(HasFact(members, "Kakao member_of 한국게임산업협회"));
  // Names joined by 와/과 before the subject are subjects too.
  CHECK(HasFact("네이버와 카카오가 회원사로 참여한 한국핀테크산업협회는 성명을 냈다.", "Naver member_of 한국핀테크산업협회"));
  // The noun's side decides the direction: a subsidiary is owned by the name modified.
  CHECK(HasFact("카카오가 자회사로 있는 한빛홀딩스는 상장을 추진한다.", "한빛홀딩스 owner_of Kakao"));
  // A list the chunker reads as one phrase, closed by a word that is no name: its names are
  // the members, and the verb (참여한) adds no other relation of them.
  const char* list =
      "가온페이는 작년에 문을 열었다. 가온페이와 다솜, 코인원이 회원사로 참여한 핀테크공동협의체는 "
      "성명을 냈다.";
  CHECK(HasFact(list, "가온페이 member_of 핀테크공동협의체"));
  CHECK(HasFact(list, "다솜 member_of 핀테크공동협의체"));
  CHECK_FALSE(HasFact(list, "다솜 participates_in 핀테크공동협의체"));
  // A country the clause modifies is no group (한국 핀테크 협의체: the country only describes).
  CHECK_FALSE(HasFact("네이버와 카카오가 회원사로 참여한 한국 핀테크 협의체는 성명을 냈다.", "Naver member_of South Korea"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("a successor is said of a name with its predecessor's genitive", "[ingest][ko][genitive]") {
  // The copula's final form, and its connective: 으로 closing the clause with a comma.
  CHECK(HasFact("**가온 T9**는 지난해 나온 **가온 T8**의 후속 모델이에요.\n", "가온 T9 successor_of 가온 T8",
                "markdown"));
  CHECK(HasFact("**다온-3**는 작년 봄 공개된 **다온-2**의 후속작으로, 올해 출시됐다.\n",
                "다온-3 successor_of 다온-2", "markdown"));
  CHECK(HasFact("**누리칩 5**는 **누리칩 4**의 후속 제품으로, 속도가 빠르다.\n", "누리칩 5 successor_of 누리칩 4",
                "markdown"));
  // A relation noun the dictionary lacks (후속작), with its copula.
  CHECK(HasFact("**미르 3**는 지난봄 나온 **미르 2**의 후속작이에요.\n", "미르 3 successor_of 미르 2", "markdown"));
  // A definition line: the term it defines is what the noun is said of.
  CHECK(HasFact("- **하람-5**: **하람-4**의 후속 모델로, 무게가 가볍다.\n", "하람-5 successor_of 하람-4", "markdown"));
}

}  // namespace kg::testing

namespace kg::testing {

// ko_grammar.json group_name_finals: a business group is the set of its companies.
TEST_CASE("a company said of a business group in the genitive is a member of it",
          "[ingest][ko][genitive]") {
  // A holding noun predicated of the topic, and one before a name.
  const char* topic =
      "**가람화학**은 지주회사 **가람홀딩스**가 이끄는 **가람그룹**의 주력 계열사예요.\n";
  CHECK(HasFact(topic, "가람화학 member_of 가람그룹", "markdown"));
  CHECK_FALSE(HasFact(topic, "가람그룹 owner_of 가람화학", "markdown"));
  CHECK(HasFact("**누리그룹**의 계열사 **누리물산**이 공장을 지었다.\n",
                "누리물산 member_of 누리그룹", "markdown"));
  // A company named right after the group's genitive.
  CHECK(HasFact("**솔빛그룹**의 **솔빛마트**는 지난달 새 매장을 열었다.\n",
                "솔빛마트 member_of 솔빛그룹", "markdown"));
  // A company that is no group still owns its affiliate, and the group's shareholder owns it.
  CHECK(HasFact("**누리물산**의 계열사 **누리무역**이 문을 열었다.\n", "누리물산 owner_of 누리무역",
                "markdown"));
  CHECK_FALSE(HasFact("**누리물산**의 계열사 **누리무역**이 문을 열었다.\n",
                      "누리무역 member_of 누리물산", "markdown"));
  CHECK_FALSE(HasFact("**솔빛그룹**의 최대주주 **한결투자**가 지분을 늘렸다.\n",
                      "한결투자 member_of 솔빛그룹", "markdown"));
}

}  // namespace kg::testing
