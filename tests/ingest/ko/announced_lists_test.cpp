// A thing's features, limits and steps as Korean posts state them: a heading or intro sentence
// that names the thing and a list noun (강점, 한계, 단계), then list items or numbered
// sub-headings whose head names each item. Markdown of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("an intro sentence announces a thing's steps in a list", "[ingest][ko][announced]") {
  const std::string doc =
      "**누리봇**은 고객 문의에 답하는 챗봇이에요.\n\n"
      "누리봇의 처리 과정은 크게 세 단계로 나뉩니다.\n\n"
      "1. **질문 분류**: 들어온 질문을 주제별로 나눕니다.\n"
      "2. **문서 검색**: 관련 문서를 찾아요.\n"
      "3. **답변 작성**: 찾은 문서로 답을 씁니다.\n";
  CHECK(HasFact(doc, "누리봇 has_step 질문 분류", "markdown"));
  CHECK(HasFact(doc, "누리봇 has_step 문서 검색", "markdown"));
  CHECK(HasFact(doc, "누리봇 has_step 답변 작성", "markdown"));
}

TEST_CASE("numbered sub-headings after an intro sentence are steps", "[ingest][ko][announced]") {
  const std::string doc =
      "## 작동 방식\n\n"
      "**가람링크**는 다음과 같은 단계로 작동합니다:\n\n"
      "### 1. 연결 확인 (Handshake)\n\n연결을 먼저 확인합니다.\n\n"
      "### 2. 데이터 전송\n\n데이터를 보냅니다.\n\n"
      "## 다른 이야기\n\n### 3. 엉뚱한 항목\n\n본문.\n";
  CHECK(HasFact(doc, "가람링크 has_step 연결 확인", "markdown"));
  CHECK(HasFact(doc, "가람링크 has_step 데이터 전송", "markdown"));
  for (const std::string& f : FactsOfDocument(doc, "markdown")) {
    CHECK(f.find("엉뚱한 항목") == std::string::npos);
  }
}

TEST_CASE("quoted heads of bold list items are a thing's features", "[ingest][ko][announced]") {
  const std::string doc =
      "**별빛AI**는 어떤 능력을 갖췄을까요? 핵심적인 특징들을 살펴보겠습니다.\n\n"
      "1. **글씨까지 또렷하게, ‘문자 합성’**:\n   별빛AI는 글자를 그려 넣습니다.\n"
      "2. **말로 고치는 그림**:\n   대화하며 고칩니다.\n"
      "3. **어려운 주문도 ‘척척’ 이해**:\n   잘 알아듣습니다.\n"
      "4. **대화하며 다듬어가는 이미지**:\n   여러 번 고칩니다.\n";
  CHECK(HasFact(doc, "별빛AI has_capability 문자 합성", "markdown"));
  for (const std::string& f : FactsOfDocument(doc, "markdown")) {
    CHECK(f.find("척척") == std::string::npos);    // a quote that is no name
    CHECK(f.find("이미지") == std::string::npos);  // a clause, not a name
  }
}

TEST_CASE("a heading's limits need one named thing and heads that are names",
          "[ingest][ko][announced]") {
  const std::string limits =
      "## **가온DB**의 약점\n\n- **느린 색인**: 색인이 오래 걸린다.\n- 문서가 많으면 답이 "
      "느려요.\n";
  CHECK(HasFact(limits, "가온DB has_limitation 느린 색인", "markdown"));
  // Two things compared: whose drawback the list names is not said.
  const std::string pair =
      "## **가온DB**와 **누리DB**의 약점\n\n- **느린 색인**: 색인이 오래 걸린다.\n";
  CHECK_FALSE(HasRelation(pair, "has_limitation", "markdown"));
  // No list noun: a list under any heading is no list of features.
  const std::string plain = "## **가온DB** 이야기\n\n- **느린 색인**: 색인이 오래 걸린다.\n";
  CHECK_FALSE(HasRelation(plain, "has_limitation", "markdown"));
  CHECK_FALSE(HasRelation(plain, "has_capability", "markdown"));
}

TEST_CASE("a nested list under a list noun names the features of the item it is under",
          "[ingest][ko][announced]") {
  const std::string doc =
      "**별빛AI**는 그림을 그리는 모델이다.\n\n"
      "- 별빛AI 그림 생성\n  - 핵심 특징\n    - 문자 합성\n      - 간판, 메뉴\n    - 대화하며 "
      "고치는 그림\n"
      "  - 쓰임새\n    - 광고 제작\n";
  CHECK(HasFact(doc, "별빛AI has_capability 문자 합성", "markdown"));
  for (const std::string& f : FactsOfDocument(doc, "markdown")) {
    CHECK(f.find("간판") == std::string::npos);         // two levels down: what the feature is for
    CHECK(f.find("고치는 그림") == std::string::npos);  // a clause
    CHECK(f.find("광고 제작") == std::string::npos);    // under another item
  }
}

}  // namespace kg::testing
