// libFuzzer target: any bytes as a document. What the engine would refuse (invalid UTF-8,
// NUL) is refused the same way here; everything else goes through the whole extraction
// pipeline, which must never crash and must only emit facts that point at real entities,
// values and sentences.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "ingest/relations.h"
#include "kg/base/unicode.h"

namespace {
std::unique_ptr<kg::ingest::Pipeline> pipeline;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto lexicon = kg::ingest::Lexicon::Default();
  auto relations = kg::ingest::RelationVocabulary::Default();
  if (!lexicon.ok() || !relations.ok()) std::abort();
  pipeline = std::make_unique<kg::ingest::Pipeline>(std::move(lexicon).value(), *relations);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (kg::FindInvalidUtf8(text) >= 0 || kg::FindNul(text) >= 0) return 0;
  auto extracted = pipeline->Run(text, {});
  if (!extracted.ok()) __builtin_trap();  // the dictionary is installed where fuzzing runs
  const kg::ingest::Extraction& x = *extracted;
  for (const auto& f : x.facts) {
    bool ok = f.subject >= 0 && static_cast<size_t>(f.subject) < x.entities.size() &&
              (f.object_entity >= 0 ? static_cast<size_t>(f.object_entity) < x.entities.size()
                                    : f.object_value >= 0 && static_cast<size_t>(f.object_value) < x.values.size()) &&
              f.sentence >= 1 && static_cast<size_t>(f.sentence) <= x.sentences.size() &&
              f.start <= f.end;
    if (!ok) std::abort();
  }
  return 0;
}
