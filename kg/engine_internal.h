// Engine's private parts shared by its implementation files (engine.cpp, engine_ingest.cpp).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "ingest/pipeline.h"
#include "kg/engine.h"

namespace kg {

// Ingest pipelines built for this engine, by extra-lexicon path ("" = none).
struct Engine::PipelineCache {
  struct Entry {
    std::unique_ptr<ingest::Pipeline> pipeline;
    // What else decides the facts besides the text: kg's version, the user lexicon and the
    // extra lexicon file. A document is unchanged only if its text and this are.
    std::string fingerprint;
  };
  std::map<std::string, Entry> by_lexicon;
};

}  // namespace kg
