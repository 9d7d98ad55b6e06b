// What `kg export` is asked for and what it reports: the types the engine's interface and the
// CLI need, without the store the exporter reads (export.h).
#pragma once

#include <cstdint>
#include <string>

namespace kg::io {

enum class ExportFormat { kNTriples, kNQuads, kCsv, kDot };

struct ExportOptions {
  ExportFormat format = ExportFormat::kNTriples;
  std::string base = "http://kg.local/";  // IRIs minted for entities without their own
  // DOT: draw the neighbourhood of this entity id (0 = the whole graph, up to max_edges).
  uint64_t focus = 0;
  int depth = 1;
  int64_t max_edges = 5000;
};

struct ExportSummary {
  int64_t triples = 0;  // statements written (labels included)
  int64_t skipped_negated = 0;  // negated facts N-Triples/N-Quads cannot state
};

}  // namespace kg::io
