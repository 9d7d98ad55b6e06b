// Companies named together as a clause's subject that do something jointly: "A, B and C have
// been jointly developing new engines", "A and the B Institute plan to open a joint research
// lab". The verb is no relation word, so no other rule reads the partnership the adverb or the
// adjective states.
#pragma once

#include <vector>

#include "ingest/en/en_prepare.h"
#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// A list of two or more organisations that opens the sentence ("A, B and C", "A and the B",
// each name maybe after its descriptor in `descriptors`: "Norwegian utility A and French oil
// major B"), then, in the same clause and before any other name, a word of en_roles.json's
// joint_words ("jointly", "joint") or a verb that states partnered_with with "with" used
// without it ("A and B joined forces to build X"): partnered_with between each two of them,
// unless the clause is denied or the sentence already links the two.
void JointFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                const std::vector<MergedSpan>& descriptors, const EnglishWords& words,
                const RelationVocabulary& relations, const DocEntities& ents, FactSink* sink);

}  // namespace kg::ingest
