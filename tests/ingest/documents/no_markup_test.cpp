// "Markup never reaches a fact or an evidence sentence" (DESIGN.md, Documents): a Markdown post
// and an HTML page of our own with every construction the corpus uses, read into blocks none of
// which holds markup, each pointing at the source line its text is on.
#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <vector>

#include "tests/ingest/documents/render.h"

namespace kg::ingest {

namespace {

constexpr const char* kMarkdown = R"md(---
title: "창고 자동화의 새 얼굴들"
date: 2025-04-02T08:15:00+09:00
categories:
  - 로봇
cover: https://images.example/cover.png
---

Warehouses are changing fast, and 한빛로보틱스 is at the centre of it.

<!--more-->

# 창고 로봇 시장 지도

> [!IMPORTANT]
> **물류 로봇**은 이제 실험이 아니라 일상이라는 점을 기억하세요.

{{< youtube abcDEF12345 >}}

## 주요 기업과 제품

| 기업 | 분야 | 대표 제품 |
| :--- | :--- | :--- |
| **한빛로보틱스 (Hanbit Robotics)** | 산업용 로봇 개발 | **HB-7**: 팔레트 적재 로봇 |
| **누리랩스** | 자율 주행 | [NL-2](https://nuri.example/nl2) 운반차 |
| Acme Freight | logistics | *Porter* carts |

### 투자와 협력

**누리랩스**는 지난 1월 [Acme Freight](https://acme.example)와 손잡고 부산에
새 거점을 열었어요. 자세한 내용은 https://news.example/a1 에 있죠.

- 한빛로보틱스는 *HB-7*을 2024년에 내놨습니다.
  - 이 로봇은 시간당 600개의 상자를 옮긴다고 해요.
    * 최신 버전은 **HB-7S**로 불린대요.
- Acme Freight signed a **three-year deal** with 누리랩스.
1. 첫째, 퀴즈쇼 '제퍼디\!'처럼 빠른 판단이 중요하답니다.
2. 둘째, 비용은 H<sub>2</sub> 연료 대비 절반이죠.<br>셋째 문장도 있어요.

> [\!TIP]
> 창고 규모가 작다면 *임대형 로봇*을 먼저 검토하세요.
> > Nested: the lease model came from **Acme Freight** in 2022.

![창고 내부 사진](/img/warehouse.png)

```mermaid
graph LR
  A[한빛] -->|공급| B[누리랩스]
```

```python
print("**not text**")
```

{{% notice info %}}
Prices are **estimates** as of <abbr title="first quarter">Q1</abbr> 2025.
{{% /notice %}}

***

## English section

Beta Robotics, a *Seoul-based* startup, was acquired by [Gamma Holdings](https://gamma.example)
for $40 million, according to `filings` seen by reporters.
)md";

constexpr const char* kHtml = R"html(<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>창고 자동화의 새 얼굴들</title>
<meta property="article:published_time" content="2025-04-02T08:15:00+09:00">
<script>document.write("<p>**not text**</p>");</script>
<style>.x { content: "# not a heading"; }</style>
</head>
<body>
<nav><ul><li><a href="/">홈</a></li><li><a href="/blog">블로그</a></li></ul></nav>
<article>
<h1>창고 로봇 시장 지도</h1>
<blockquote><p>[!IMPORTANT] <strong>물류 로봇</strong>은 이제 일상이라는 점을 기억하세요.</p></blockquote>
<h2>주요 기업과 제품</h2>
<table>
<thead><tr><th>기업</th><th>분야</th><th>대표 제품</th></tr></thead>
<tbody>
<tr><td><b>한빛로보틱스 (Hanbit Robotics)</b></td><td>산업용 로봇 개발</td><td><b>HB-7</b>: 팔레트 적재 로봇</td></tr>
<tr><td><strong>누리랩스</strong></td><td>자율 주행</td><td><a href="https://nuri.example/nl2">NL-2</a> 운반차</td></tr>
</tbody>
</table>
<h3>투자와 협력</h3>
<p><b>누리랩스</b>는 지난 1월 <a href="https://acme.example">Acme Freight</a>와 손잡고 부산에
새 거점을 열었어요. 자세한 내용은 <a href="https://news.example/a1">https://news.example/a1</a> 에 있죠.</p>
<ul>
<li>한빛로보틱스는 <em>HB-7</em>을 2024년에 내놨습니다.
<ul><li>이 로봇은 시간당 600개의 상자를 옮긴다고 해요.</li></ul></li>
<li>Acme Freight signed a <b>three-year deal</b> with 누리랩스.</li>
</ul>
<p>비용은 H<sub>2</sub> 연료 대비 절반이죠.<br>셋째 문장도 있어요 &amp; 끝.</p>
<figure><img src="/img/warehouse.png" alt="창고 내부 사진"><figcaption>창고 내부</figcaption></figure>
<pre><code>print("**not text**")</code></pre>
<p>Beta Robotics, a <i>Seoul-based</i> startup, was acquired by
<a href="https://gamma.example">Gamma Holdings</a> for $40 million.</p>
</article>
<aside><h2>Related</h2><p>Other posts</p></aside>
<footer><p>&copy; 2025 Example Blog</p></footer>
</body>
</html>
)html";

std::vector<std::string> SourceLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// The first word of `text` from `offset`: letters and digits only, at most 3 code points
// (markup inside a word, such as **A**B, would otherwise hide it in the source line).
std::string FirstWord(const std::string& text, size_t offset) {
  std::string word;
  int code_points = 0;
  for (size_t i = offset; i < text.size() && code_points < 3;) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c < 0x80 && !std::isalnum(c)) {
      if (!word.empty()) break;
      ++i;
      continue;
    }
    word.append(text, i, len);
    ++code_points;
    i += len;
  }
  return word;
}

// No markup in any block, and every line mark points at a line that holds the text there.
void CheckBlocks(const ParsedDocument& doc, const std::string& source) {
  static const std::regex kTag("<[A-Za-z/!]");
  std::vector<std::string> lines = SourceLines(source);
  REQUIRE(!doc.blocks.empty());
  for (const Block& b : doc.blocks) {
    INFO(testing::Brief(b));
    CHECK(b.text.find('*') == std::string::npos);
    CHECK(b.text.find('|') == std::string::npos);
    CHECK(b.text.find("](") == std::string::npos);
    CHECK(b.text.find("{{") == std::string::npos);
    CHECK(b.text.find("[!") == std::string::npos);
    CHECK(b.text.find("```") == std::string::npos);
    CHECK(b.text.find("http") == std::string::npos);
    CHECK(!std::regex_search(b.text, kTag));
    CHECK(b.text.front() != '#');
    CHECK(b.text.front() != '>');
    CHECK(b.text.front() != ' ');
    CHECK(b.text.back() != ' ');
    for (const std::string& c : b.cells) CHECK(c.find('*') == std::string::npos);
    for (const std::string& h : b.header) CHECK(h.find('|') == std::string::npos);
    REQUIRE(!b.lines.empty());
    CHECK(b.lines[0].first == 0);
    for (const auto& [offset, line] : b.lines) {
      REQUIRE(line >= 1);
      REQUIRE(static_cast<size_t>(line) <= lines.size());
      std::string word = FirstWord(b.text, offset);
      INFO("line " << line << ": " << lines[line - 1] << " / word " << word);
      CHECK(lines[line - 1].find(word) != std::string::npos);
    }
  }
}

const Block* Find(const ParsedDocument& doc, const std::string& start) {
  for (const Block& b : doc.blocks) {
    if (b.text.rfind(start, 0) == 0) return &b;
  }
  FAIL("no block starts with " << start);
  return nullptr;
}

}  // namespace

TEST_CASE("no markup reaches block text: Markdown with every construction", "[ingest][documents]") {
  ParsedDocument doc = testing::Read(kMarkdown, DocumentFormat::kMarkdown);
  CheckBlocks(doc, kMarkdown);
  CHECK(doc.title == "창고 자동화의 새 얼굴들");
  CHECK(doc.date == "2025-04-02");

  CHECK(testing::Brief(*Find(doc, "Warehouses")) ==
        "P@9 Warehouses are changing fast, and 한빛로보틱스 is at the centre of it.");
  CHECK(testing::Brief(*Find(doc, "창고 로봇 시장")) == "H1@13 창고 로봇 시장 지도");
  CHECK(testing::Brief(*Find(doc, "물류 로봇은")) ==
        "Q1@16 물류 로봇은 이제 실험이 아니라 일상이라는 점을 기억하세요.");
  const Block* row = Find(doc, "한빛로보틱스 (Hanbit");
  CHECK(testing::Brief(*row) ==
        "TR@24 한빛로보틱스 (Hanbit Robotics); 산업용 로봇 개발; HB-7: 팔레트 적재 로봇");
  CHECK(row->header == std::vector<std::string>{"기업", "분야", "대표 제품"});
  CHECK(testing::Names(*row) == std::vector<std::string>{"한빛로보틱스 (Hanbit Robotics)", "HB-7"});
  CHECK(row->headings == std::vector<std::string>{"창고 로봇 시장 지도", "주요 기업과 제품"});
  CHECK(testing::Brief(*Find(doc, "누리랩스;")) == "TR@25 누리랩스; 자율 주행; NL-2 운반차");
  const Block* para = Find(doc, "누리랩스는");
  CHECK(testing::Brief(*para) ==
        "P@30,31 누리랩스는 지난 1월 Acme Freight와 손잡고 부산에 새 거점을 열었어요. "
        "자세한 내용은 에 있죠.");
  CHECK(testing::Names(*para) == std::vector<std::string>{"누리랩스", "Acme Freight"});
  CHECK(para->headings ==
        std::vector<std::string>{"창고 로봇 시장 지도", "주요 기업과 제품", "투자와 협력"});
  CHECK(testing::Brief(*Find(doc, "이 로봇은")) ==
        "LI2@34 이 로봇은 시간당 600개의 상자를 옮긴다고 해요.");
  CHECK(testing::Brief(*Find(doc, "최신 버전")) == "LI3@35 최신 버전은 HB-7S로 불린대요.");
  CHECK(testing::Brief(*Find(doc, "첫째,")) ==
        "LI1@37 첫째, 퀴즈쇼 '제퍼디!'처럼 빠른 판단이 중요하답니다.");
  CHECK(testing::Brief(*Find(doc, "둘째,")) ==
        "LI1@38 둘째, 비용은 H2 연료 대비 절반이죠. 셋째 문장도 있어요.");
  CHECK(testing::Brief(*Find(doc, "창고 규모가")) ==
        "Q1@41 창고 규모가 작다면 임대형 로봇을 먼저 검토하세요.");
  CHECK(testing::Brief(*Find(doc, "Nested:")) ==
        "Q2@42 Nested: the lease model came from Acme Freight in 2022.");
  CHECK(testing::Brief(*Find(doc, "Prices")) == "P@56 Prices are estimates as of Q1 2025.");
  CHECK(testing::Brief(*Find(doc, "Beta Robotics")) ==
        "P@63,64 Beta Robotics, a Seoul-based startup, was acquired by Gamma Holdings for $40 "
        "million, according to filings seen by reporters.");
  for (const Block& b : doc.blocks) {
    CHECK(b.text.find("graph") == std::string::npos);
    CHECK(b.text.find("print") == std::string::npos);
    CHECK(b.text.find("사진") == std::string::npos);
    CHECK(b.text.find("youtube") == std::string::npos);
    CHECK(b.text.find("notice") == std::string::npos);
  }
}

TEST_CASE("no markup reaches block text: HTML with every construction", "[ingest][documents]") {
  ParsedDocument doc = testing::Read(kHtml, DocumentFormat::kHtml);
  CheckBlocks(doc, kHtml);
  CHECK(doc.title == "창고 자동화의 새 얼굴들");
  CHECK(doc.date == "2025-04-02");

  CHECK(testing::Brief(doc.blocks.front()) == "H1@13 창고 로봇 시장 지도");
  CHECK(testing::Brief(*Find(doc, "물류 로봇은")) ==
        "Q1@14 물류 로봇은 이제 일상이라는 점을 기억하세요.");
  const Block* row = Find(doc, "한빛로보틱스 (Hanbit");
  CHECK(testing::Brief(*row) ==
        "TR@19 한빛로보틱스 (Hanbit Robotics); 산업용 로봇 개발; HB-7: 팔레트 적재 로봇");
  CHECK(row->header == std::vector<std::string>{"기업", "분야", "대표 제품"});
  CHECK(testing::Names(*row) == std::vector<std::string>{"한빛로보틱스 (Hanbit Robotics)", "HB-7"});
  const Block* para = Find(doc, "누리랩스는");
  CHECK(testing::Brief(*para) ==
        "P@24,25 누리랩스는 지난 1월 Acme Freight와 손잡고 부산에 새 거점을 열었어요. "
        "자세한 내용은 에 있죠.");
  CHECK(testing::Names(*para) == std::vector<std::string>{"누리랩스", "Acme Freight"});
  CHECK(testing::Brief(*Find(doc, "이 로봇은")) ==
        "LI2@28 이 로봇은 시간당 600개의 상자를 옮긴다고 해요.");
  CHECK(testing::Brief(*Find(doc, "비용은")) ==
        "P@31 비용은 H2 연료 대비 절반이죠. 셋째 문장도 있어요 & 끝.");
  CHECK(testing::Brief(doc.blocks.back()) ==
        "P@34,35 Beta Robotics, a Seoul-based startup, was acquired by Gamma Holdings for $40 "
        "million.");
  for (const Block& b : doc.blocks) {
    CHECK(b.text.find("print") == std::string::npos);
    CHECK(b.text.find("document.write") == std::string::npos);
    CHECK(b.text.find("Related") == std::string::npos);
    CHECK(b.text.find("블로그") == std::string::npos);
    CHECK(b.text.find("사진") == std::string::npos);
    CHECK(b.text.find("2025 Example") == std::string::npos);
  }
}

}  // namespace kg::ingest
