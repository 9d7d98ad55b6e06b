// Runs the English readers that state facts from a sentence's names and words directly, in the
// order the extractor used to call them (see en_sentence_readers.h).
#include "ingest/en/en_sentence_readers.h"

#include "ingest/en/en_funding_rounds.h"
#include "ingest/en/en_holdings.h"
#include "ingest/en/en_joint.h"
#include "ingest/en/en_named_sites.h"
#include "ingest/en/en_passive_relatives.h"
#include "ingest/en/en_possessions.h"
#include "ingest/en/en_stake_columns.h"
#include "ingest/en/en_unit_sales.h"
#include "ingest/en/en_ventures.h"

namespace kg::ingest {

void SentenceReaderFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const std::vector<MergedSpan>& descriptors,
                         const std::vector<ValueMention>& values, const EnglishWords& words,
                         const RelationVocabulary& relations, EnglishStats* stats,
                         DocEntities* ents, FactSink* sink) {
  StakeOfOwnerNoun(sentence, values, words, sink);
  JointFacts(sentence, mentions, descriptors, words, relations, *ents, sink);
  VentureFacts(sentence, mentions, words, relations, *ents, &stats->venture, sink);
  UnitSaleFacts(sentence, mentions, values, words, relations, *ents, sink);
  FundingRoundFacts(sentence, mentions, values, words, relations, *ents, sink);
  PossessionFacts(sentence, mentions, words, stats->definite, relations, ents, sink);
  NamedSiteFacts(sentence, mentions, words, relations, ents, sink);
  PassiveRelativeFacts(sentence, mentions, stats->definite, relations, ents, sink);
  StakeColumnFacts(sentence, mentions, values, words, *ents, sink);
}

}  // namespace kg::ingest
