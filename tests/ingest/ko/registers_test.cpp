// Relations stated in the registers real Korean posts use: news style (-했다, -했습니다) and the
// casual explanatory style (-했어요, -했죠, -했대요, -답니다), and contracted verb forms.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

namespace {
bool Has(const std::string& text, const std::string& fact) { return HasFact(text, fact); }
}  // namespace

TEST_CASE("partnership in every register", "[ingest][ko][register]") {
  CHECK(Has("네이버는 카카오와 손잡았어요.", "Naver partnered_with Kakao"));
  CHECK(Has("네이버는 카카오와 손잡았죠.", "Naver partnered_with Kakao"));
  CHECK(Has("네이버는 카카오와 협력했습니다.", "Naver partnered_with Kakao"));
  CHECK(Has("네이버가 카카오와 제휴했대요.", "Naver partnered_with Kakao"));
}

TEST_CASE("release verbs read through their lemma", "[ingest][ko][register]") {
  CHECK(Has("앤트로픽은 클로드를 내놨어요.", "Anthropic released Claude"));
  CHECK(Has("앤트로픽은 클로드를 선보였죠.", "Anthropic released Claude"));
  CHECK(Has("앤트로픽이 클로드를 출시했답니다.", "Anthropic released Claude"));
}

TEST_CASE("acquisition and investment in the casual register", "[ingest][ko][register]") {
  CHECK(Has("네이버가 카카오브레인을 인수했어요.", "Naver acquired Kakao Brain"));
  CHECK(Has("마이크로소프트는 오픈AI에 투자했죠.", "Microsoft invested_in OpenAI"));
}

TEST_CASE("a law or agreement brought into force is enacted", "[ingest][ko][register]") {
  // 발효시키다, "bring into force", as news and explanatory posts write it.
  CHECK(Has("유럽연합은 2024년 디지털서비스법을 발효시켰어요.",
            "European Union enacted 디지털서비스법 {date=2024}"));
  CHECK(Has("국토교통부는 내년 모빌리티법을 발효시킬 계획이다.",
            "Ministry of Land, Infrastructure and Transport enacted 모빌리티법 {status=planned}"));
}

}  // namespace kg::testing
