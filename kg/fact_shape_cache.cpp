// Implements FactShapeCache: a bounded map from fact id to what its record fixes.
#include "kg/fact_shape_cache.h"

namespace kg {

const FactShapeCache::Shape* FactShapeCache::Find(FactId id) const {
  auto it = shapes_.find(id);
  return it == shapes_.end() ? nullptr : &it->second;
}

void FactShapeCache::Remember(const Fact& fact) {
  if (shapes_.size() >= kMaxFacts && !shapes_.count(fact.id)) shapes_.clear();
  Shape& s = shapes_[fact.id];
  s.negated = fact.negated;
  s.qualifiers = fact.qualifiers;
  s.note_keys.clear();
  for (const auto& [key, text] : fact.notes) s.note_keys.insert(key);
}

}  // namespace kg
