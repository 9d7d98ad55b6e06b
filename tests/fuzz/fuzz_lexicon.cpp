// libFuzzer target: any bytes as a lexicon JSON file (--lexicon). Parsing must report an
// error or give named entries, never crash; a lexicon that parses must merge into the
// built-in one and drive the pipeline over a sentence that names its entries.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "ingest/relations.h"

namespace {
std::unique_ptr<kg::ingest::Lexicon> base;
std::unique_ptr<kg::ingest::RelationVocabulary> relations;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto lexicon = kg::ingest::Lexicon::Default();
  auto vocab = kg::ingest::RelationVocabulary::Default();
  if (!lexicon.ok() || !vocab.ok()) std::abort();
  base = std::make_unique<kg::ingest::Lexicon>(std::move(lexicon).value());
  relations = std::make_unique<kg::ingest::RelationVocabulary>(std::move(vocab).value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto extra = kg::ingest::Lexicon::Parse(text, "fuzz.json");
  if (!extra.ok()) return 0;
  std::string sentence;
  for (const auto& e : extra->entries()) {
    if (e.name.empty()) std::abort();
    (void)kg::ingest::Lexicon::EntryToJson(e).dump();
    if (sentence.size() < 2000) {
      sentence += e.name + "는 " + (e.aliases.empty() ? std::string("카카오") : e.aliases.front().text) +
                  "와 협력했다. ";
    }
  }
  kg::ingest::Lexicon merged = *base;
  merged.Merge(*extra);
  kg::ingest::Pipeline pipeline(std::move(merged), *relations);
  (void)pipeline.Run(sentence.empty() ? std::string("카카오는 오픈AI와 협력했다.") : sentence, {});
  return 0;
}
