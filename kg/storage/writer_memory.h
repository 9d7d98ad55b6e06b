// What a writing process remembers about the stored graph between documents, so each new
// document need not re-read it: each stored fact's polarity and qualifiers (fixed when the
// fact is created) and the keys of its notes, and the names known to lead to an entity.
// Safe to keep for the process's whole life: fact ids are never reused, and the process holds
// the database's writer lock, so only its own commits change the graph meanwhile -- and a
// GraphWriter tells the memory what each successful commit added and deleted.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "kg/base/model.h"

namespace kg {

class WriterMemory {
 public:
  struct FactShape {
    bool negated = false;
    Qualifiers qualifiers;
    std::set<std::string> note_keys;
  };

  // Null when the fact is not remembered.
  const FactShape* FindFact(FactId id) const;
  // Remembers what `fact`'s record says (after the write that stored it succeeded).
  void RememberFact(const Fact& fact);
  void ForgetFact(FactId id) { facts_.erase(id); }
  size_t facts() const { return facts_.size(); }

  // Name keys (key_codec.h NameKey: folded name + entity id) known to be stored.
  bool HasName(const std::string& name_key) const { return names_.count(name_key) > 0; }
  void RememberName(const std::string& name_key);
  void ForgetName(const std::string& name_key) { names_.erase(name_key); }

 private:
  // Bounds memory on huge graphs: past this many entries a map starts over.
  static constexpr size_t kMaxEntries = 500000;
  std::unordered_map<FactId, FactShape> facts_;
  std::unordered_set<std::string> names_;
};

}  // namespace kg
