// Names without a gloss: typed by the noun before them, by 라는 + a noun, by named siblings in
// a list, by a title after the organisation; and what is not a name (dates, words of the
// language, one Latin letter on a Korean word). Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("an unknown word after a classifier noun is a name of that kind", "[ingest][mentions]") {
  CHECK(HasEntity("물류 스타트업 가온로지스가 새 서비스를 내놨다.", "가온로지스 (Organization)"));
  CHECK(HasEntity("반도체 전문기업 다온칩스는 공장을 세웠다.", "다온칩스 (Organization)"));
  CHECK(HasFact("네이버는 물류 스타트업 가온로지스를 인수했다.", "Naver acquired 가온로지스"));
  CHECK(HasEntity("가온로지스라는 스타트업이 주목받고 있다.", "가온로지스 (Organization)"));
}

TEST_CASE("a word of the language after a classifier is no name", "[ingest][mentions]") {
  CHECK_FALSE(HasEntity("국내 기업 인수가 늘었다.", "인수 (Organization)"));
  CHECK_FALSE(HasEntity("새 모델 개발에 나섰다.", "개발 (Product)"));
}

TEST_CASE("a name after a classifier never carries the copula", "[ingest][mentions]") {
  // A word of the language with the copula names nothing; a name with it is the name alone.
  CHECK_FALSE(HasEntity("다온은 국내에서 가장 많이 쓰인 모델 계열이랍니다.", "계열이랍니다 (Product)"));
  CHECK_FALSE(HasEntity("다온은 국내에서 가장 많이 쓰인 모델 계열입니다.", "계열입니다 (Product)"));
  CHECK(HasEntity("가장 많이 쓰인 것은 물류 스타트업 가온로지스랍니다.", "가온로지스 (Organization)"));
}

TEST_CASE("a list member takes the kind of its named siblings", "[ingest][mentions]") {
  CHECK(HasFact("이번 투자에는 네이버와 다온벤처스, 카카오 등이 참여했다.",
                "다온벤처스 participates_in " "다온벤처스") == false);
  CHECK(HasEntity("이번 투자에는 네이버와 다온벤처스, 카카오 등이 참여했다.", "다온벤처스 (Organization)"));
  // A comma after an adverbial is no list.
  CHECK_FALSE(HasEntity("2016년 3월, 네이버는 새 모델을 공개했다.", "3월 (Organization)"));
}

TEST_CASE("a person named before their organisation and title", "[ingest][mentions]") {
  CHECK(HasFact("최가람 카카오 대표는 기자들과 만났다.", "최가람 ceo_of Kakao"));
}

TEST_CASE("a person before a title with its field fused to it (통상차관보)", "[ingest][mentions]") {
  CHECK(HasEntity("대책반은 장민호 산업부 통상차관보가 이끈다.", "장민호 (Person)"));
  CHECK(HasEntity("회의는 한지석 공정거래위원장이 주재했다.", "한지석 (Person)"));
  // A word ending in an organisation's suffix (연구원) names the organisation, not a post.
  CHECK_FALSE(HasEntity("박서준 경제연구원은 보고서를 냈다.", "박서준 (Person)"));
}

TEST_CASE("a foreign given and family name in Hangul before a title is one person", "[ingest][mentions]") {
  CHECK(HasEntity("행사에는 마르타 페르손 의장이 참석했다.", "마르타 페르손 (Person)"));
  // An organisation the document knows may stand between the name and the title.
  CHECK(HasEntity("라파엘 곤살레스 현대차 대표이사는 공장을 둘러봤다.", "라파엘 곤살레스 (Person)"));
  // A Korean-shaped name after an unknown word is no foreign name of two words.
  CHECK_FALSE(HasEntity("셈틀 김서연 대표는 말했다.", "셈틀 김서연 (Person)"));
  // Without a title, two unknown words are no person.
  CHECK_FALSE(HasEntity("행사에는 마르타 페르손 일행이 참석했다.", "마르타 페르손 (Person)"));
}

TEST_CASE("a person before a title after 'who is a ...' (출신인) or a compound organisation name", "[ingest][mentions]") {
  CHECK(HasEntity("연구소 출신인 박서준 대표가 회사를 이끈다.", "박서준 (Person)"));
  CHECK(HasEntity("그의 차남인 윤하람 부회장이 회사를 맡았다.", "윤하람 (Person)"));
  CHECK(HasEntity("동해해운 박서준 대표는 말했다.", "박서준 (Person)"));
  // After a foreign given name the Korean-shaped word is a family name, not a person alone.
  CHECK_FALSE(HasEntity("마르타 마이어 대표는 말했다.", "마이어 (Person)"));
}

TEST_CASE("one Latin letter written onto a Korean word is no name", "[ingest][mentions]") {
  CHECK_FALSE(HasEntity("다온칩스는 시리즈B 투자를 유치했다.", "B ()"));
}

TEST_CASE("a country written before a company says where it is", "[ingest][mentions]") {
  CHECK(HasFact("카카오는 독일 물류 기업 가온로지스를 인수했다.", "가온로지스 located_in Germany"));
  CHECK(HasFact("삼성전자는 미국 엔비디아에 메모리를 공급한다.", "Nvidia located_in United States"));
  // Agencies are named by their country already; no fact for them.
  CHECK_FALSE(HasFact("미국 상무부는 수출을 금지했다.", "Department of Commerce located_in United States"));
}

TEST_CASE("a bold name of no kind after a country and its descriptors is an organisation there", "[ingest][mentions]") {
  CHECK(HasFact("카카오는 독일 물류 업체 **라온페어**와 손잡았다.\n", "라온페어 located_in Germany", "markdown"));
  CHECK(HasFact("네이버는 덴마크 제약사 **노르비오**와 계약을 맺었다.\n", "노르비오 located_in Denmark", "markdown"));
  // Not a person written in Korean, nor a two-letter acronym.
  CHECK_FALSE(HasFact("디자인은 독일 출신 **한스 뮐러**가 맡았다.\n", "한스 뮐러 located_in Germany", "markdown"));
  CHECK_FALSE(HasFact("미국 **QX**가 칩을 내놨다.\n", "QX located_in United States", "markdown"));
  CHECK(HasFact("일본 유통 체인 **로타**와 손잡았다.\n", "로타 located_in Japan", "markdown"));
}

TEST_CASE("a list closed by 등 names its members the dictionary does not know", "[ingest][mentions]") {
  CHECK(HasFact("네이버는 퀘타랩스, 모브웍스 등과 치열하게 경쟁한다.", "Naver competes_with 퀘타랩스"));
  CHECK(HasFact("네이버는 퀘타랩스, 모브웍스 등과 치열하게 경쟁한다.", "Naver competes_with 모브웍스"));
  // Words of the language in such a list stay words.
  for (const std::string& e : EntitiesOf("카카오는 반도체, 자동차 등을 수출한다.")) CHECK(e.find("()") == std::string::npos);
}

TEST_CASE("a word the dictionary does not know joined by 와/과 to a name as the subject is a name",
          "[ingest][mentions]") {
  const char* text =
      "한결인터내셔널은 작년에 문을 열었다. 다온마트와 한결인터내셔널은 합작법인을 세우기로 했다.";
  CHECK(HasEntity(text, "다온마트 ()"));
  // Words of the language so joined stay words, and the noun after 와 before an object is the
  // predicate's (A와 제휴를 맺다), not a sibling.
  for (const std::string& e :
       EntitiesOf("한결인터내셔널은 작년에 문을 열었다. 정부와 한결인터내셔널은 협약을 맺었다.")) {
    CHECK(e.find("정부") == std::string::npos);
  }
  CHECK_FALSE(
      HasEntity("한결인터내셔널은 작년에 문을 열었다. 누리는 한결인터내셔널과 다솜십을 맺었다.",
                "다솜십 ()"));
}

TEST_CASE("glosses of titles and common words are no names", "[ingest][mentions]") {
  CHECK_FALSE(HasEntity("인공지능(AI) 기술이 빠르게 퍼졌다.", "AI (Organization)"));
  CHECK_FALSE(HasEntity("김하늘 최고경영자(CEO)는 회견을 열었다.", "CEO (Organization)"));
  CHECK_FALSE(HasEntity("김하늘 최고경영자(CEO)는 회견을 열었다.", "CEO ()"));
}

TEST_CASE("the predicate noun after 와/과 is no list member", "[ingest][mentions]") {
  CHECK_FALSE(HasEntity("KT: 마이크로소프트와 맞손", "맞손 (Organization)"));
}

TEST_CASE("a word the dictionary does not know, in the subject's place, is a name", "[ingest][mentions]") {
  // Learned where it is the subject, recognised wherever it recurs.
  CHECK(HasFact("퀘이브랩스는 물류 로봇을 만든다. 카카오는 지난달 퀘이브랩스를 인수했다.",
                "Kakao acquired 퀘이브랩스"));
  CHECK(HasEntity("모브텍스가 새 서비스를 공개했어요.", "모브텍스 ()"));
  CHECK(HasEntity("이번 투자에는 모브텍스도 참여했다.", "모브텍스 ()"));
}

TEST_CASE("compounds, verb stems and plurals in the subject's place are no names", "[ingest][mentions]") {
  for (const char* text : {"데이터센터는 전력을 많이 쓴다.", "주식매매계약이 체결됐다.",
                           "이 그림이 보여주는 변화는 크다.", "에이전트들은 일을 나눠 맡는다.",
                           "스타트업이 늘었다."}) {
    for (const std::string& e : EntitiesOf(text)) CHECK(e.find("()") == std::string::npos);
  }
}

TEST_CASE("a word the dictionary does not know after a place, before 에/에서/의, is a place", "[ingest][mentions]") {
  CHECK(HasEntity("카카오는 폴란드 카토비체에 공장을 세웠다.", "카토비체 (Place)"));
  CHECK(HasEntity("네이버는 미국 오하이오주의 업체를 샀다.", "오하이오주 (Place)"));
  CHECK(HasFact("퀘이브랩스는 서울 강남구 역삼동에 본사를 둔 회사다.", "퀘이브랩스 located_in 역삼동"));
  // A word of the language there is no place.
  CHECK_FALSE(HasEntity("카카오는 미국 시장에 진출했다.", "시장 (Place)"));
}

TEST_CASE("a word the dictionary does not know after a country, as actor or list member, is a name there", "[ingest][mentions]") {
  CHECK(HasFact("한솔화학은 일본 토카레, 독일 바스프 등과 경쟁한다.", "토카레 located_in Japan"));
  CHECK(HasFact("이 시장은 중국 페이룽조선과 다툰다.", "페이룽조선 located_in China"));
  CHECK(HasFact("최근 대만 루미텍스가 새 칩을 내놨다.", "루미텍스 located_in Taiwan"));
  // A word of the language there is no name, and a place word marked 에 stays a place.
  CHECK_FALSE(HasEntity("미국 정부가 수출을 막았다.", "정부 ()"));
  CHECK(HasEntity("카카오는 폴란드 카토비체에 공장을 세웠다.", "카토비체 (Place)"));
}

TEST_CASE("a common noun borrowed from English is no name, after a country or as a subject", "[ingest][mentions]") {
  CHECK_FALSE(HasFact("일본 마켓플레이스가 중고 거래를 크게 늘렸다.", "마켓플레이스 located_in Japan"));
  CHECK_FALSE(HasEntity("일본 마켓플레이스가 중고 거래를 크게 늘렸다.", "마켓플레이스 ()"));
  CHECK_FALSE(HasEntity("이런 에이전트는 사람 대신 예약을 처리한다.", "에이전트 ()"));
  // An unknown word that is no such noun is still a name there.
  CHECK(HasFact("중국 바오텍이 데이터센터 투자를 크게 늘렸다.", "바오텍 located_in China"));
}

TEST_CASE("after a province, a city named without its unit (시) is that city", "[ingest][mentions]") {
  CHECK(HasFact("퀘이브랩스는 경기 화성에 본사를 둔 회사다.", "퀘이브랩스 located_in Hwaseong"));
  CHECK(HasEntity("카카오는 경기 화성의 공장을 늘렸다.", "Hwaseong (Place)"));
  // Without a place before it the word keeps its ordinary sense.
  CHECK_FALSE(HasEntity("탐사선이 화성에 도착했다.", "Hwaseong (Place)"));
}

TEST_CASE("a kind of thing after a kind of thing names nothing", "[ingest][mentions]") {
  CHECK_FALSE(HasEntity("다올테크는 경남 김해의 로봇 부품사로, 올해 상장했다.", "부품사 (Product)"));
  CHECK(HasFact("다올테크는 경남 창원에 본사를 둔 로봇 부품사로, 올해 상장했다.", "다올테크 located_in Changwon"));
  CHECK_FALSE(HasEntity("누리텔레콤은 AI 스타트업에 투자했다.", "스타트업 (Product)"));
}

TEST_CASE("a word of the language with its acronym is no organisation, though quoted elsewhere", "[ingest][mentions]") {
  CHECK_FALSE(HasEntity("'가상현실'이 다시 뜬다. 가상현실(VR) 기기가 팔린다.", "가상현실 (Organization)"));
  CHECK_FALSE(HasEntity("우리는 전자 상거래(EC) 시장을 본다. '전자 상거래'의 성장은 빠르다.",
                        "전자 상거래 (Organization)"));
  // An acronym after a name of no word of the language, or of an organisation's noun, still is one.
  CHECK(HasEntity("간담회에는 무역협회(KITA) 관계자가 참석했다.", "KITA (Organization)"));
  CHECK(HasEntity("간담회에는 다온진흥원(DIPA) 관계자가 참석했다.", "DIPA (Organization)"));
}

}  // namespace kg::testing

namespace kg::testing {

TEST_CASE("names listed with 등 in parentheses are examples, not other names of the word before", "[ingest][mentions]") {
  // Taken as an alias, Dasan would be China and the release China's.
  const std::string text = "중국(Dasan, Qwen 등)이 미국을 바짝 추격했다. Dasan은 새 모델 'Dasan-2'를 공개했다.\n";
  CHECK(HasFact(text, "Dasan released Dasan-2"));
  CHECK_FALSE(HasFact(text, "China released Dasan-2"));
}

TEST_CASE("a version after a product family names a product of its own", "[ingest][mentions]") {
  CHECK(HasEntity("다온랩스는 새 서비스에 엑사원 3.0을 썼다.", "Exaone 3.0 (Product)"));
  CHECK_FALSE(HasEntity("다온랩스는 새 서비스에 엑사원 3.0을 썼다.", "Exaone (Product)"));
  CHECK(HasEntity("가온소프트는 엑사원 3.5(EXAONE 3.5)를 도입했다.", "Exaone 3.5 (Product)"));
  // A point release after a versioned name in the lexicon is that release, not the version.
  CHECK(HasEntity("가온소프트는 라마 3.1을 고쳐 썼다.", "Llama 3.1 (Product)"));
  CHECK_FALSE(HasEntity("가온소프트는 라마 3.1을 고쳐 썼다.", "Llama 3 (Product)"));
  // A count after the name is no version.
  CHECK(HasEntity("엑사원 3개 모델이 나왔다.", "Exaone (Product)"));
}

TEST_CASE("a gloss that opens with a product named before it names the whole family member",
          "[ingest][mentions]") {
  const std::string text =
      "다온랩스는 라온(Raon)을 먼저 냈다. 다온랩스는 라온 미니(Raon Mini)를 공개했다.\n";
  CHECK(HasFact(text, "다온랩스 released Raon Mini"));
  // A maker named before its product's gloss stays apart from it.
  const std::string maker = "구글은 새 기기에 구글 제미나이(Gemini)를 넣었다.\n";
  CHECK(HasEntity(maker, "Gemini (Product)"));
  CHECK_FALSE(HasEntity(maker, "Google Gemini (Product)"));
}

TEST_CASE("a word of the office between a person and the title keeps the person titled",
          "[ingest][mentions]") {
  // The founder's clause finds its person through the board chair's title.
  CHECK(HasFact("# 게임쇼\n\n**누리소프트**를 창업한 **한지호** 이사회 의장은 행사장을 둘러봤다.\n",
                "누리소프트 founded_by 한지호", "markdown"));
  // A new chief executive of the organisation written before the name.
  CHECK(HasFact(
      "# 목표\n\n**누리소프트**는 게임사다. 누리소프트 한지호 신임 대표는 올해 목표를 밝혔다.\n",
      "한지호 ceo_of 누리소프트", "markdown"));
  // A word of the office with a particle is no part of the title's phrase.
  CHECK_FALSE(HasRelation("누리소프트 한지호는 이사회를 열었다.", "ceo_of"));
}

TEST_CASE("a time before an organisation's name is no part of it", "[ingest][mentions]") {
  CHECK(HasEntity("한다은 사장은 3월 누리전자 대표로 취임했다.", "누리전자 (Organization)"));
  CHECK_FALSE(
      HasEntity("한다은 사장은 3월 누리전자 대표로 취임했다.", "3월 누리전자 (Organization)"));
  CHECK(HasEntity("한다은 사장은 지난달 누리전자 대표로 취임했다.", "누리전자 (Organization)"));
  // A word of the name before it still is (미국 하원 특별위원회).
  CHECK(
      HasEntity("가온시 도시계획위원회는 계획을 미뤘다.", "가온시 도시계획위원회 (Organization)"));
}

}  // namespace kg::testing
