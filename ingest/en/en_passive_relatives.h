// Passive relative clauses about a name that follows a possessed noun: "X's booking assistant,
// Y, which was rolled out last year" (X released Y: with no agent, the possessor did it) and
// "X, whose drug Y was approved by Z" (Z approved Y). The parse reads neither: the relative's
// subject is the name inside the possessed phrase, not the phrase's head, so this reads the
// words around the name. Verbs are the vocabulary's (relations.json), in the passive.
#pragma once

#include <vector>

#include "ingest/en/en_anaphora.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// For each such clause: AGENT REL NAME, the agent the name after "by" in the clause, else (the
// ", which" form only) the possessor: a named organisation before "'s", or "the <noun>'s"
// resolved by `definite` (an earlier name the noun describes).
void PassiveRelativeFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                          const DefiniteHeads& definite, const RelationVocabulary& relations,
                          DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
