// Korean relation extraction over chunked sentences (KOREAN_IE.md §4-§7): each predicate's
// relation comes from the vocabulary (or, after a light verb, from the phrase before it), its
// arguments from particle roles within the clause, with subjects carried along connective
// chains, relative clauses filled by their head noun, lists distributed, titled persons
// standing for their organisations, genitives standing in for unnamed heads, and values
// (amounts, dates, ranks) attached as qualifiers. Negation and modality come from endings.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ingest/mentions/doc_entities.h"
#include "ingest/fact_sink.h"
#include "ingest/ko/ko_chunker.h"
#include "ingest/lexicon.h"
#include "ingest/relations.h"

namespace kg::ingest {

// What carries over from sentence to sentence.
struct Discourse {
  // "X에 따르면": the source of its sentence and the one that continues it.
  int according = -1;
  int according_sentence = -100;
  int according_paragraph = -1;
  int last_event = -1;          // the most recent event mentioned (for "the declaration")
  int last_event_sentence = -100;
  int topic = -1;  // the last organisation written as a sentence's topic (X는), and where
  int topic_paragraph = -1;
  int topic_sentence = -100;  // the sentence that wrote it
  // Named entities in the order they were mentioned, with their sentence numbers, over the
  // last few sentences: what "이 보고서" points back to (ko_demonstratives.cpp).
  std::vector<std::pair<int, int>> named;
};

class KoreanExtractor {
 public:
  // References must outlive the extractor.
  KoreanExtractor(const RelationVocabulary& relations, const Lexicon& lexicon);

  void Extract(const Sentence& sentence, const std::vector<Mention>& mentions,
               const std::vector<ValueMention>& values, const Chunked& chunks,
               DocEntities* entities, Discourse* discourse, FactSink* sink) const;

 private:
  struct Impl;
  const RelationVocabulary& relations_;
  const Lexicon& lexicon_;
};

}  // namespace kg::ingest
