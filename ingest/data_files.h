// Where kg's data files come from: the copies compiled into the binary, or a directory named
// by $KG_DATA_DIR (the source tree's ingest/data when unset) for development.
#pragma once

#include <string>

namespace kg::ingest {

// The directory of kg's data files: $KG_DATA_DIR, else the source tree's ingest/data.
std::string DataDir();
// Text of the data file `name` of DataDir() when it can be read, else of the copy compiled in.
std::string ReadDataFile(const std::string& name);
// Text of a data file compiled into the binary ("relations.json", "lexicon.json"); empty if
// none.
std::string EmbeddedDataFile(const std::string& name);

}  // namespace kg::ingest
