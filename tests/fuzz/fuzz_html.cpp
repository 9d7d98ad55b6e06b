// libFuzzer target: any bytes as an HTML document. What the engine would refuse (invalid UTF-8,
// NUL) is refused the same way here; everything else must read without a crash, in bounded
// time, into blocks that keep the readers' contract (tests/support/document_invariants.h).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ingest/documents/document.h"
#include "kg/base/unicode.h"
#include "tests/support/document_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (kg::FindInvalidUtf8(text) >= 0 || kg::FindNul(text) >= 0) return 0;
  auto doc = kg::ingest::ReadDocument(text, kg::ingest::DocumentFormat::kHtml);
  if (!doc.ok()) std::abort();
  std::string problem = kg::testing::DocumentProblem(*doc, text);
  if (!problem.empty()) {
    std::fprintf(stderr, "broken document: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
