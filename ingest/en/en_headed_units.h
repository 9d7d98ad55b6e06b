// "X, who currently runs the company's Brazilian unit, Y", "X, who heads the institute's
// computer science department": a person's relative clause with a verb of heading (the verbs
// of ceo_of) and a possessed unit. The person holds a position at the possessor; when the
// unit's name follows in apposition the person heads it (ceo_of). The parse reads the unit as
// the object and leaves the possessor, a definite noun phrase, unread; this reads the words.
#pragma once

#include <vector>

#include "ingest/en/en_anaphora.h"
#include "ingest/en/en_words.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/mentions.h"
#include "ingest/relations.h"

namespace kg::ingest {

// "PERSON, who [adverb] heads|runs <possessor> <unit words>[, NAME]": position_held from the
// person to the possessor with "head of <unit words>" as role, and ceo_of to NAME. The
// possessor is "ORG's", "its" (the nearest organisation before), or "the <noun>'s" (the
// sentence's opening organisation for "the company", else the name the noun heads).
void HeadedUnitFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                     const EnglishWords& words, const DefiniteHeads& definite,
                     const RelationVocabulary& relations, DocEntities* ents, FactSink* sink);

}  // namespace kg::ingest
