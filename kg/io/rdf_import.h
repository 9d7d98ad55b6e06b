// `kg import`: N-Triples mapped onto the graph model (IRIs are entities, rdfs:label values
// their aliases, predicate local names relation ids, literals values) and loaded through
// the bulk path. All or nothing: a malformed line anywhere means nothing is imported.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>

#include "kg/base/status.h"
#include "kg/io/import_options.h"
#include "kg/storage/store.h"

namespace kg {

// REQUIRES: `store` opened read-write. `source` names the input in errors.
Result<ImportSummary> ImportNTriples(Store* store, std::istream* in, const std::string& source,
                                     const ImportOptions& options);

// The local name of an IRI: the part after the last '#', '/' or ':' (empty if none).
std::string IriLocalName(const std::string& iri);

}  // namespace kg
