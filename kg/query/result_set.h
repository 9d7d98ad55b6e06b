// What a query answers: named columns, rows of display values, and the facts behind each row
// with their qualifiers and evidence (document, sentence number, sentence text).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kg/base/model.h"

namespace kg {

struct Cell {
  enum class Kind { kEntity, kValue, kText };
  Kind kind = Kind::kText;
  std::string text;
  TermId id;  // kEntity/kValue
  // The datatype IRI of a kValue's literal (empty = plain string); for a kText cell that is a
  // count or a yes/no answer, xsd:integer or xsd:boolean, so a front end can type it.
  std::string datatype;
};

struct EvidenceView {
  std::string doc;
  int sentence = 0;
  int start = 0, end = 0;
  std::string rule;
  std::string text;  // the sentence
};

struct FactView {
  FactId id;  // 0 for an imported triple
  std::string subject, relation, object;
  bool negated = false;
  std::map<std::string, std::string> qualifiers;  // key -> display value
  std::map<std::string, std::string> qualifier_types;  // key -> datatype IRI of a literal value
  std::string object_type;  // datatype IRI when the object is a literal
  std::map<std::string, std::string> notes;
  std::vector<EvidenceView> evidence;
};

struct ResultSet {
  std::string query;
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  std::vector<std::vector<size_t>> row_facts;  // per row: indexes into `facts`
  std::vector<FactView> facts;
  bool truncated = false;       // stopped by the row or time limit
  std::string stopped_because;  // human-readable reason when truncated
  std::vector<std::string> notes;
  double seconds = 0;
};

}  // namespace kg
