// Turns term ids and triples into what a ResultSet shows: display cells, and one FactView per
// distinct fact with its qualifiers and evidence sentences. Shared by every query kind.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "kg/storage/key_codec.h"
#include "kg/query/result_set.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"
#include "kg/io/term_text.h"

namespace kg {

class ResultBuilder {
 public:
  ResultBuilder(const ReadView& view, TermText& text, ResultSet* out);

  Result<Cell> CellFor(TermId id);
  Cell TextCell(std::string text);
  // Index of the fact `t` in out->facts, adding it (with evidence) the first time.
  Result<size_t> FactIndex(const Triple& t);
  // Adds a row with the given cells and facts (the facts only when facts are wanted).
  Status AddRow(std::vector<Cell> cells, const std::vector<Triple>& facts);
  ResultSet* out() { return out_; }
  void set_with_facts(bool with) { with_facts_ = with; }

 private:
  const ReadView& view_;
  TermText& text_;
  ResultSet* out_;
  bool with_facts_ = true;
  std::map<std::tuple<uint64_t, uint64_t, uint64_t, uint64_t>, size_t> fact_index_;
};

}  // namespace kg
