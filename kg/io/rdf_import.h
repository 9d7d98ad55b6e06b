// `kg import`: N-Triples mapped onto the graph model (IRIs are entities, rdfs:label values
// their aliases, predicate local names relation ids, literals values) and loaded through
// the bulk path. All or nothing: a malformed line anywhere means nothing is imported.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>

#include "kg/base/status.h"
#include "kg/storage/store.h"

namespace kg {

struct ImportSummary {
  int64_t triples_read = 0;   // triples in the input (labels included)
  int64_t triples_added = 0;  // new index entries (duplicates and existing ones not counted)
  int64_t labels = 0;         // rdfs:label values that became aliases
  int64_t entities_created = 0;
  int64_t literals_created = 0;
  int64_t relations_created = 0;
};

struct ImportOptions {
  size_t memory_budget = 256u << 20;  // for sorting; the term dictionary comes on top
  // Called now and then while reading: bytes consumed, triples read. Also per phase.
  std::function<void(int64_t bytes, int64_t triples)> on_progress;
  std::function<void(const std::string& phase)> on_phase;
};

// REQUIRES: `store` opened read-write. `source` names the input in errors.
Result<ImportSummary> ImportNTriples(Store* store, std::istream* in, const std::string& source,
                                     const ImportOptions& options);

// The local name of an IRI: the part after the last '#', '/' or ':' (empty if none).
std::string IriLocalName(const std::string& iri);

}  // namespace kg
