// A generic concept word learnt as a name ('AI'라는 말 makes AI a name of the document, typed
// Concept: mentions/doc_entities.cpp) is no thing a company makes or holds: "삼성전자가 개발한
// 생성형 AI 모델" says Samsung made the model, not AI. Relations of made or held things
// (ko_grammar.json: concept_word_free_relations) take no such object; with it set aside, the
// clause's object is found as when it names none (the topic of a definition line: "가우스:
// 삼성전자가 개발한 생성형 AI 모델로"). Nor does such a word before a noun stand for the noun's
// owner, as an organisation does (AI 음성비서, AI 데이터센터: kinds of assistant, of centre).
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

bool KoreanExtractor::Impl::ConceptWordObject(const std::string& relation, int object) const {
  if (object < 0 || !OneOf(relation, KoreanGrammar::Get().concept_word_free_relations))
    return false;
  return ConceptWord(object);
}

bool KoreanExtractor::Impl::ConceptWord(int e) const { return e >= 0 && ents->at(e).concept_word; }

void KoreanExtractor::Impl::DropConceptWordObjects(const RelationDef& R, Resolution* res) const {
  res->objects.erase(std::remove_if(res->objects.begin(), res->objects.end(),
                                    [&](int e) { return ConceptWordObject(R.id, e); }),
                     res->objects.end());
}

}  // namespace kg::ingest
