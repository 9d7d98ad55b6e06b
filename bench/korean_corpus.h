// A large Korean corpus for the ingest benchmark, made by varying the example documents: each
// variant shuffles the paragraphs, replaces every lexicon entity named in Korean by another
// entity of the same type whose name ends alike, and changes the digits of every number. The entity pool is the
// lexicon's, so the number of distinct names stays bounded however large the corpus grows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::bench {

struct CorpusSpec {
  std::vector<std::string> seed_documents;  // Korean text files to vary
  std::string lexicon_json;                 // ingest/data/lexicon.json
  uint64_t target_bytes = 0;
  uint64_t seed = 1;
};

// Writes variant documents (doc-00001.txt, ...) into `dir` until they add up to at least
// target_bytes. Returns the file paths. Aborts with a message on an unreadable input.
std::vector<std::string> WriteKoreanCorpus(const CorpusSpec& spec, const std::string& dir);

}  // namespace kg::bench
