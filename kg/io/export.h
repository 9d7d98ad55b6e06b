// `kg export`: the graph as N-Triples, N-Quads (each fact's evidence document as its graph),
// CSV node and edge files for graph databases' bulk loaders, or Graphviz DOT. Streams; memory
// does not grow with the graph.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "kg/base/status.h"
#include "kg/io/export_options.h"
#include "kg/storage/store.h"

namespace kg::io {

// N-Triples or N-Quads to `out`.
Result<ExportSummary> ExportRdf(const ReadView& view, const ExportOptions& options,
                                std::ostream& out);
// CSV: `nodes` gets id,name,type,label rows; `edges` start,end,relation,fact columns.
Result<ExportSummary> ExportCsv(const ReadView& view, const ExportOptions& options,
                                std::ostream& nodes, std::ostream& edges);
Result<ExportSummary> ExportDot(const ReadView& view, const ExportOptions& options,
                                std::ostream& out);

}  // namespace kg::io
