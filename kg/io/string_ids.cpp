// StringIds (string_ids.h): linear probing, doubling at half full.
#include "kg/io/string_ids.h"

#include <functional>

namespace kg::io {

uint64_t StringIds::Hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

const uint64_t* StringIds::Find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const uint64_t h = Hash(key);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.used) return nullptr;
    if (s.hash == h && s.length == key.size() &&
        std::string_view(arena_.data() + s.offset, s.length) == key) {
      return &s.id;
    }
  }
}

void StringIds::Insert(std::string_view key, uint64_t id) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = Hash(key);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].used) i = (i + 1) & mask;
  slots_[i] = Slot{h, arena_.size(), static_cast<uint32_t>(key.size()), true, id};
  arena_.append(key);
  ++size_;
}

void StringIds::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.used) continue;
    size_t i = s.hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace kg::io
