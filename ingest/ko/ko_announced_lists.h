// Lists a Korean heading or intro sentence announces as what one thing has: its features
// ("GPT-4o는 어떤 능력을 갖췄을까요? 핵심 특징을 살펴보겠습니다." then "1. **'텍스트
// 렌더링'**: ..."), its limits ("## X의 한계") or its steps ("X는 다음과 같은 단계로
// 작동합니다:" then "### 1. 기능 탐색"). Real posts state these by document structure, not in
// one sentence, so the rule reads blocks (Block::headings, list items), not chunks.
#pragma once

#include <vector>

#include "ingest/documents/document.h"
#include "ingest/extraction.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/relations.h"

namespace kg::ingest {

// For each heading or paragraph that names one thing (X는, X의) and a list noun of a relation
// (relations.json ko.list_nouns: 강점, 한계, 단계), states X relation head for every list item
// or numbered sub-heading it announces whose head is a short noun phrase: a quoted phrase, a
// bold lead, or the words before ':'. has_step facts carry the item's rank. `sentences` carry
// their block index (Sentence::block); evidence is the item's first sentence.
void ReadAnnouncedLists(const std::vector<Block>& blocks, const std::vector<Sentence>& sentences,
                        const RelationVocabulary& relations, DocEntities* entities, FactSink* sink);

}  // namespace kg::ingest
