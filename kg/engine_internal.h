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
  std::map<std::string, std::unique_ptr<ingest::Pipeline>> by_lexicon;
};

}  // namespace kg
