// Implements WriterMemory: bounded maps of what the writing process knows is stored.
#include "kg/storage/writer_memory.h"

namespace kg {

const WriterMemory::FactShape* WriterMemory::FindFact(FactId id) const {
  auto it = facts_.find(id);
  return it == facts_.end() ? nullptr : &it->second;
}

void WriterMemory::RememberFact(const Fact& fact) {
  if (facts_.size() >= kMaxEntries && !facts_.count(fact.id)) facts_.clear();
  FactShape& s = facts_[fact.id];
  s.negated = fact.negated;
  s.qualifiers = fact.qualifiers;
  s.note_keys.clear();
  for (const auto& [key, text] : fact.notes) s.note_keys.insert(key);
}

void WriterMemory::RememberName(const std::string& name_key) {
  if (names_.size() >= kMaxEntries) names_.clear();
  names_.insert(name_key);
}

}  // namespace kg
