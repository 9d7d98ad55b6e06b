// libFuzzer target: any bytes as a query (question, pattern or path) against a graph
// built from the example documents. Parsing, binding, planning and running must never crash;
// limits keep each run short.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "kg/engine.h"

namespace {

kg::Engine* engine = nullptr;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string dir = std::filesystem::temp_directory_path() / ("kg-fuzz-query-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  kg::Engine::OpenOptions o;
  o.db = dir;
  o.write = true;
  o.create = true;
  auto opened = kg::Engine::Open(o);
  if (!opened.ok()) std::abort();
  engine = opened->release();
  for (const char* doc : {"ai-geopolitics.ko.txt", "ai-partnerships.en.txt"}) {
    std::string path = std::string(KG_SOURCE_DIR) + "/examples/documents/" + doc;
    if (!engine->Ingest(ReadAll(path), path, {}).ok()) std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  kg::QueryOptions options;
  options.row_limit = 50;
  options.timeout_seconds = 0.5;
  auto prepared = engine->Prepare(text, "fuzz");
  if (!prepared.ok()) return 0;
  (void)engine->Run(*prepared, options);
  (void)engine->Explain(text, "fuzz");
  return 0;
}
