// Model tiers of a product (product_tiers.cpp and the version pass before it): a tier word
// with a version before or after it is one name, the same in Hangul and in Latin letters.
// Sentences of our own.
#include <catch2/catch.hpp>

#include "tests/support/extract.h"

namespace kg::testing {

TEST_CASE("a tier word after a versioned product is part of its name", "[ingest][mentions]") {
  const std::string ko = "다온랩스는 새 앱에 제미나이 2.5 프로 모델을 붙였다.";
  CHECK(HasEntity(ko, "Gemini 2.5 Pro (Product)"));
  CHECK_FALSE(HasEntity(ko, "Gemini 2.5 (Product)"));
  // A particle right after the tier ends the name there.
  CHECK(HasEntity("새 태블릿은 스냅드래곤 8 엘리트를 탑재했다.", "Snapdragon 8 Elite (Product)"));
  // One capital letter is a version when a tier follows it.
  CHECK(HasEntity("새 노트북은 스냅드래곤 X 엘리트를 썼다.", "Snapdragon X Elite (Product)"));
  // The tier before the version.
  CHECK(HasEntity("구글은 제미나이 울트라 2를 공개했다.", "Gemini Ultra 2 (Product)"));
  // A tier with no version.
  CHECK(HasEntity("가온폰은 구글의 제미나이 나노를 넣었다.", "Gemini Nano (Product)"));
}

TEST_CASE("a tiered name in Hangul and in Latin letters is one entity", "[ingest][mentions]") {
  std::vector<std::string> es =
      EntitiesOf("가온소프트는 Gemini 2.5 Pro를 썼다. 다온랩스도 제미나이 2.5 프로를 골랐다.");
  for (const std::string& e : es) UNSCOPED_INFO(e);
  CHECK(std::count(es.begin(), es.end(), "Gemini 2.5 Pro (Product)") == 1);
  for (const std::string& e : es) UNSCOPED_INFO(e);
  CHECK(es.size() == 3);
}

TEST_CASE("no tier, no longer name", "[ingest][mentions]") {
  CHECK(HasEntity("다온랩스는 제미나이 2.5 모델을 썼다.", "Gemini 2.5 (Product)"));
  const std::string gpt = "오픈AI는 GPT-4o와 GPT-4.1, o1을 차례로 공개했다.";
  CHECK(HasEntity(gpt, "GPT-4o (Product)"));
  CHECK(HasEntity(gpt, "GPT-4.1 (Product)"));
  CHECK(HasEntity(gpt, "o1 (Product)"));
}

TEST_CASE("a version read as a Latin name joins the product before it", "[ingest][mentions]") {
  const std::string text = "인텔은 코어 울트라 200V 시리즈를 내놨다.";
  CHECK(HasEntity(text, "Core Ultra 200V (Product)"));
  CHECK_FALSE(HasEntity(text, "200V (Product)"));
}

TEST_CASE("a bold known product with a version and a tier takes the English name",
          "[ingest][mentions]") {
  const std::string md =
      "# 새 칩\n\n구글은 **제미나이 나노**를 개발했다.\n\n가온폰은 **갤럭시 S24 울트라**와 "
      "경쟁한다.\n";
  CHECK(HasFact(md, "Google develops Gemini Nano", "markdown"));
  CHECK(HasFact(md, "가온폰 competes_with Galaxy S24 Ultra", "markdown"));
}

TEST_CASE("a defined term that is a known product and its tier is that tiered product",
          "[ingest][mentions]") {
  // The term of a definition line is not a new name when the tier reading names it.
  const std::string md =
      "# 작은 모델들\n\n- **제미나이 나노**: 구글이 만든 소형 모델로, 갤럭시 S25에 들어갔어요.\n";
  CHECK(HasFact(md, "Google develops Gemini Nano", "markdown"));
  CHECK(HasFact(md, "Galaxy S25 uses Gemini Nano", "markdown"));
}

TEST_CASE("a generation after a product's version is part of its name", "[ingest][mentions]") {
  CHECK(HasEntity("새 태블릿은 스냅드래곤 8 3세대를 탑재했다.", "Snapdragon 8 Gen 3 (Product)"));
  // The last of a list, its particle after the generation.
  CHECK(HasEntity("새 폰은 엑시노스 2400과 스냅드래곤 8 2세대를 나눠 썼다.",
                  "Snapdragon 8 Gen 2 (Product)"));
  // Bold, the same name.
  CHECK(HasFact("# 칩\n\n새 폰에는 퀄컴의 **스냅드래곤 8 3세대**가 들어갔다.\n",
                "Qualcomm develops Snapdragon 8 Gen 3", "markdown"));
  // Without a version before it, a generation is no part of a name.
  CHECK_FALSE(HasEntity("스냅드래곤 3세대 칩이 나왔다.", "Snapdragon Gen 3 (Product)"));
}

}  // namespace kg::testing
