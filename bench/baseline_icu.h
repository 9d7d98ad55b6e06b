// The ingest benchmark's baseline: what any Unicode-correct reader of the same bytes must do at
// least -- read each file, check it is UTF-8, NFC-normalise it and find its sentence
// boundaries -- with ICU alone and nothing of kg.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::bench {

struct IcuBaselineResult {
  uint64_t bytes = 0;
  uint64_t sentences = 0;
};

IcuBaselineResult RunIcuBaseline(const std::vector<std::string>& files);

}  // namespace kg::bench
