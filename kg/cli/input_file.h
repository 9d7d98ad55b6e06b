// Opening a user-named input file ("-" is stdin) with the checks that turn a missing file, a
// directory or an unreadable file into one clear error before any work starts.
#pragma once

#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <string>

#include "kg/base/status.h"

namespace kg::cli {

struct InputFile {
  std::string name;      // as the user wrote it ("-" for stdin)
  std::string display;   // for messages ("<stdin>" for "-")
  std::istream* stream = nullptr;
  int64_t size = -1;     // bytes, or -1 when unknown (stdin, pipes)
  std::unique_ptr<std::ifstream> owned;
};

Result<std::unique_ptr<InputFile>> OpenInput(const std::string& name);

}  // namespace kg::cli
