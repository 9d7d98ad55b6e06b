// Checks done before reading: existence, kind, permission.
#include "kg/cli/input_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace kg::cli {

Result<std::unique_ptr<InputFile>> OpenInput(const std::string& name) {
  auto in = std::make_unique<InputFile>();
  in->name = name;
  if (name == "-") {
    in->display = "<stdin>";
    in->stream = &std::cin;
    return in;
  }
  in->display = name;
  struct stat st;
  if (::stat(name.c_str(), &st) != 0) {
    return Status::IOError(name + ": " + (errno == ENOENT ? "no such file" : std::strerror(errno)));
  }
  if (S_ISDIR(st.st_mode)) return Status::IOError(name + ": is a directory, not a file");
  if (::access(name.c_str(), R_OK) != 0) {
    return Status::IOError(name + ": cannot read: " + std::strerror(errno));
  }
  in->owned = std::make_unique<std::ifstream>(name, std::ios::binary);
  if (!*in->owned) return Status::IOError(name + ": cannot open: " + std::strerror(errno));
  in->stream = in->owned.get();
  if (S_ISREG(st.st_mode)) in->size = static_cast<int64_t>(st.st_size);
  return in;
}

}  // namespace kg::cli
