// What store.cpp and read_view.cpp share and nothing else sees: the one translation of
// rocksdb::Status into kg::Status.
#pragma once

#include <rocksdb/status.h>

#include <string>

#include "kg/base/status.h"

namespace kg {

// OK stays OK; otherwise the message is "context: rocksdb message" and the code follows the
// RocksDB code (NotFound, Corruption, Busy for busy/timed out/try again, Incompatible for
// invalid argument/not supported, IOError for the rest).
Status FromRocks(const rocksdb::Status& s, const std::string& context);

}  // namespace kg
