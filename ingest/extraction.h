// What the ingest pipeline hands to the store: the document's sentences, the entities and
// values it mentions, and the facts it states with their evidence. Plain data: no storage ids,
// no I/O. Entities are referred to by index into `entities`, values into `values`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/base/model.h"

namespace kg::ingest {

struct Sentence {
  enum class Kind {
    kNormal,
    kFootnote,    // "* ..." note line
    kDefinition,  // "X: ..." or "* X: ..." -- defines X (the topic)
  };
  int number = 0;  // 1-based within the document
  int line = 0;    // 1-based line of the source text
  int paragraph = 0;
  Kind kind = Kind::kNormal;
  std::string text;
  std::string topic;      // kDefinition: the defined term, as written
  size_t body_begin = 0;  // kDefinition: byte offset where the definition starts
  // A table row of a structured document: its cells, in order (empty ones included), and the
  // header cells of its table; both empty otherwise. The sentence text joins the non-empty
  // cells with "; ".
  std::vector<std::string> cells;
  std::vector<std::string> header;
  // An event of a Mermaid timeline: the period it is listed under, as written (Block::period).
  std::string period;
  // A structured document: the index of the block (ParsedDocument::blocks) the sentence is
  // in; -1 otherwise.
  int block = -1;
};

struct ExtractedEntity {
  std::string name;  // canonical name
  std::string type;
  std::vector<Alias> aliases;
  bool from_lexicon = false;
  // A generic concept word learnt as a name ('AI'라는 말): typed Concept; never a thing made or
  // owned (ingest/ko/ko_concept_objects.cpp).
  bool concept_word = false;
};

// Whether an entity can stand where an organisation acts (owns, runs, is pointed back to as a
// company or an undertaking): anything but a person, a place or a country; untyped counts.
inline bool OrganisationLike(const ExtractedEntity& e) {
  return e.type != "Person" && e.type != "Place" && e.type != "Country";
}

struct ExtractedValue {
  Literal literal;   // "1200000000 EUR"^^kg:amount, "2025-01-20"^^xsd:date, ...
  std::string text;  // as written ("12억 유로")
};

struct ExtractedFact {
  int subject = -1;        // entity index
  std::string relation;    // relation id of the vocabulary
  int object_entity = -1;  // entity index, or
  int object_value = -1;   // value index
  bool negated = false;
  std::map<std::string, int> value_qualifiers;   // amount, date, rank, status, period -> value
  std::map<std::string, int> entity_qualifiers;  // place -> entity
  std::map<std::string, std::string> notes;      // surface text of values, approx, ...
  int sentence = 0;        // 1-based
  int start = 0, end = 0;  // character span in the sentence
  std::string rule;        // which rule produced it
};

struct Extraction {
  std::string title;          // from Markdown front matter or the HTML title, when given
  std::string language;       // "ko" or "en"
  std::string document_date;  // ISO date the text is dated, when it could be inferred
  std::vector<Sentence> sentences;
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedValue> values;
  std::vector<ExtractedFact> facts;
  // English: sentences read from a Link Grammar parse, and those the parser could not link in
  // time (the surface rules read them instead).
  int parsed_sentences = 0;
  int parse_fallbacks = 0;
};

}  // namespace kg::ingest
