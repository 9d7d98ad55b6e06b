// What a writing process remembers about stored facts between documents: each fact's
// polarity and qualifiers (fixed when the fact is created) and the keys of its notes, so a
// document restating a known fact needs no read of the fact's record to know it is the same
// fact. Safe to keep for the process's whole life: fact ids are never reused, and the process
// holds the database's writer lock, so no other process changes a record meanwhile.
#pragma once

#include <set>
#include <string>
#include <unordered_map>

#include "kg/model.h"

namespace kg {

class FactShapeCache {
 public:
  struct Shape {
    bool negated = false;
    Qualifiers qualifiers;
    std::set<std::string> note_keys;
  };

  // Null when the fact is not remembered.
  const Shape* Find(FactId id) const;
  // Remembers what `fact`'s record says (after the write that stored it succeeded).
  void Remember(const Fact& fact);
  void Forget(FactId id) { shapes_.erase(id); }
  size_t size() const { return shapes_.size(); }

 private:
  // Bounds memory on huge graphs: past this many facts the cache starts over.
  static constexpr size_t kMaxFacts = 500000;
  std::unordered_map<FactId, Shape> shapes_;
};

}  // namespace kg
