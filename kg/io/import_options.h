// What `kg import` is asked for and what it reports: the types the engine's interface and the
// CLI need, without the store the importer writes (rdf_import.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

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

}  // namespace kg
