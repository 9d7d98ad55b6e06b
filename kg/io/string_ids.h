// A map from strings to ids for bulk loads that meet every IRI and literal of a graph again
// and again (kg import): open addressing over one flat array of slots, each slot holding the
// string's hash and its place in one arena of bytes. A lookup touches a slot and, when the hash
// matches, the arena once; std::unordered_map touched a bucket, a node and the string's own
// heap block, and its cache misses were a fifth of an import's time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::io {

class StringIds {
 public:
  // The id of `key`, or nullptr when it has none.
  const uint64_t* Find(std::string_view key) const;
  // Gives `key` the id `id` (REQUIRES: Find(key) == nullptr).
  void Insert(std::string_view key, uint64_t id);
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint64_t offset = 0;  // into arena_
    uint32_t length = 0;
    bool used = false;
    uint64_t id = 0;
  };
  static uint64_t Hash(std::string_view key);
  void Grow();
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace kg::io
