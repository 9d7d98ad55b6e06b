// Reading a .kgq stream line by line into the session.
#include "kg/cli/batch.h"

#include "kg/cli/input_file.h"

namespace kg::cli {

int RunBatchStream(Session& session, std::istream& in, const std::string& source, bool as_batch) {
  if (as_batch) session.BeginBatch();
  const int64_t failures = session.failures();
  Place place{source, 0};
  std::string line;
  while (!session.quit_requested() && std::getline(in, line)) {
    ++place.line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    session.Execute(line, &place);
  }
  if (as_batch) session.EndBatch();
  return static_cast<int>(session.failures() - failures);
}

Result<int> RunBatchFile(Session& session, const std::string& path) {
  Result<std::unique_ptr<InputFile>> input = OpenInput(path);
  if (!input.ok()) return input.status();
  return RunBatchStream(session, *(*input)->stream, (*input)->display, /*as_batch=*/true);
}

}  // namespace kg::cli
