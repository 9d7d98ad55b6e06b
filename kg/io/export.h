// `kg export`: the graph as N-Triples, N-Quads (each fact's evidence document as its graph),
// CSV node and edge files for graph databases' bulk loaders, or Graphviz DOT. Streams; memory
// does not grow with the graph.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "kg/base/status.h"
#include "kg/storage/store.h"

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

// N-Triples or N-Quads to `out`.
Result<ExportSummary> ExportRdf(const ReadView& view, const ExportOptions& options,
                                std::ostream& out);
// CSV: `nodes` gets id,name,type,label rows; `edges` start,end,relation,fact columns.
Result<ExportSummary> ExportCsv(const ReadView& view, const ExportOptions& options,
                                std::ostream& nodes, std::ostream& edges);
Result<ExportSummary> ExportDot(const ReadView& view, const ExportOptions& options,
                                std::ostream& out);

}  // namespace kg::io
