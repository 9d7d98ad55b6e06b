// A logical dump of a kg database (every key and value of every column family), so a test
// can prove that a failed command left the database exactly as it was.
#pragma once

#include <string>

namespace kg::testing {

// "<absent>" when there is no database at `dir`; otherwise one line per entry, hex-encoded.
std::string DumpDatabase(const std::string& dir);
// The same without what two runs of one command write differently (a document record holds
// the time of its ingest): equal after two commands that made the same change.
std::string DumpContent(const std::string& dir);

}  // namespace kg::testing
