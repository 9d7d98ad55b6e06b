// Names the markup of a document points at: bold and linked spans of Markdown and HTML are
// name candidates (**딥블루**, **제프리 힌튼**, **알렉스넷 AlexNet**). Only spans shaped like a
// name are taken: a few words, none of them a verb form, not a single word of the language.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ingest/ko/morphology.h"
#include "ingest/mentions/doc_entities.h"

namespace kg::ingest {

// The name a span stands for, with a Korean alias when it is "한글 Latin" (알파고 AlphaGo);
// empty name when the span is not shaped like one. `morphology` may be null (English text).
struct EmphasizedName {
  std::string name;
  std::vector<Alias> aliases;
};
// `classifier` says whether a word says what kind of name it ends (포럼, 법, 프로젝트).
EmphasizedName NameOfSpan(const std::string& span, KoreanMorphology* morphology,
                          const std::function<bool(const std::string&)>& classifier);

// True when every Korean word of `phrase` is a word of the language and the last one does not
// say what kind of name the phrase is (현재 상황, MCP 활용 -- but not 서울 AI 신뢰 포럼, 딥블루):
// such a phrase describes, it does not name.
bool OnlyWordsOfTheLanguage(const std::string& phrase, KoreanMorphology* morphology,
                            const std::function<bool(const std::string&)>& classifier);

// Registers the names of `spans` in `entities` (known names are left as they are). A Korean
// span that ends in a title (**한가람 대표**, `is_title` says which words are) names the
// person before it: the title is no part of the name.
void LearnEmphasizedNames(const std::vector<std::string>& spans, KoreanMorphology* morphology,
                          const std::function<bool(const std::string&)>& is_title,
                          DocEntities* entities);

}  // namespace kg::ingest
