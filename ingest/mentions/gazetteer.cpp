// Trie insertion and matching. Keys keep single spaces between words; matching lets the text
// omit a key's space ("라마3" for "라마 3") and add one stray space inside a long name
// ("엔 비디아").
#include "ingest/mentions/gazetteer.h"

#include <algorithm>

#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {
std::vector<char32_t> KeyOf(std::string_view surface) {
  std::vector<char32_t> key;
  for (char32_t c : ToCodePoints(surface)) {
    if (IsWhiteSpace(c)) {
      if (!key.empty() && key.back() != U' ') key.push_back(U' ');
      continue;
    }
    key.push_back(FoldChar(c));
  }
  while (!key.empty() && key.back() == U' ') key.pop_back();
  return key;
}
}  // namespace

int Gazetteer::Node::Child(char32_t c) const {
  auto it = std::lower_bound(next.begin(), next.end(), c,
                             [](const std::pair<char32_t, int>& e, char32_t k) { return e.first < k; });
  return it != next.end() && it->first == c ? it->second : -1;
}

int Gazetteer::RootChild(char32_t c) const {
  if (!root_table_.empty() && c < root_table_.size()) return root_table_[c];
  return nodes_[0].Child(c);
}

void Gazetteer::Add(std::string_view surface, int id) {
  std::vector<char32_t> key = KeyOf(surface);
  size_t letters = static_cast<size_t>(std::count_if(key.begin(), key.end(), [](char32_t c) { return c != U' '; }));
  if (letters < 2) return;
  int node = 0;
  for (char32_t c : key) {
    int child = nodes_[static_cast<size_t>(node)].Child(c);
    if (child < 0) {
      nodes_.push_back(Node{});
      child = static_cast<int>(nodes_.size() - 1);
      auto& next = nodes_[static_cast<size_t>(node)].next;
      next.insert(std::upper_bound(next.begin(), next.end(), std::make_pair(c, child)), {c, child});
      if (node == 0) {
        if (root_table_.empty() && next.size() >= kRootTableFrom) {
          root_table_.assign(0x10000, -1);
          for (const auto& [ch, n] : next) {
            if (ch < root_table_.size()) root_table_[ch] = n;
          }
        } else if (!root_table_.empty() && c < root_table_.size()) {
          root_table_[c] = child;
        }
      }
    }
    node = child;
  }
  auto& ids = nodes_[static_cast<size_t>(node)].ids;
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
    ids.push_back(id);
    ++keys_;
  }
}

void Gazetteer::Walk(const std::vector<char32_t>& text, size_t start, size_t j, int node,
                     int stray, std::vector<Match>* out) const {
  const Node& n = nodes_[static_cast<size_t>(node)];
  if (!n.ids.empty() && j > start && text[j - 1] != U' ') {
    out->push_back(Match{start, j, stray, &n.ids});
  }
  if (j >= text.size()) return;
  char32_t c = text[j];
  int sp = node == 0 ? -1 : n.Child(U' ');  // keys never start with a space
  if (c == U' ') {
    if (sp >= 0) Walk(text, start, j + 1, sp, stray, out);
    if (stray < 1 && sp < 0) Walk(text, start, j + 1, node, stray + 1, out);
    return;
  }
  int child = node == 0 ? RootChild(c) : n.Child(c);
  if (child >= 0) Walk(text, start, j + 1, child, stray, out);
  // The text may omit a space the key has.
  if (sp >= 0) {
    int after = nodes_[static_cast<size_t>(sp)].Child(c);
    if (after >= 0) Walk(text, start, j + 1, after, stray, out);
  }
}

const std::vector<int>* Gazetteer::Exact(std::string_view surface) const {
  std::vector<char32_t> key = KeyOf(surface);
  if (key.empty()) return nullptr;
  std::vector<Match> matches;
  Walk(key, 0, 0, 0, 0, &matches);
  for (const Match& m : matches) {
    if (m.end == key.size()) return m.ids;
  }
  return nullptr;
}

void Gazetteer::MatchesAt(const std::vector<char32_t>& folded, size_t start,
                          std::vector<Match>* out) const {
  if (start >= folded.size() || folded[start] == U' ') return;
  size_t before = out->size();
  Walk(folded, start, start, 0, 0, out);
  std::sort(out->begin() + static_cast<long>(before), out->end(),
            [](const Match& a, const Match& b) { return a.end < b.end; });
}

}  // namespace kg::ingest
