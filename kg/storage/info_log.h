// RocksDB's diagnostic LOG file, written by kg: a write that fails (a full disk) is dropped.
// RocksDB 7.8's own file logger asserts when it writes again after a failed write, which
// aborted kg on a full disk instead of letting it report the error.
#pragma once

#include <rocksdb/env.h>

#include <memory>
#include <string>

namespace kg {

// A logger appending to dir/LOG (the previous run's LOG kept as LOG.old). When the file
// cannot be opened the logger drops every line: a database never fails for its diagnostics.
// Thread-safe: each line is one write(2) on an O_APPEND descriptor.
std::shared_ptr<rocksdb::Logger> OpenInfoLog(const std::string& dir, rocksdb::InfoLogLevel level);

}  // namespace kg
