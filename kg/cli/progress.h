// A progress line on stderr for long work (imports, ingests), drawn only on a terminal and
// at most a few times a second. Erased when done so the summary line stands alone.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace kg::cli {

class Progress {
 public:
  // `enabled` false makes every call a no-op (not a terminal, or --quiet).
  Progress(bool enabled, std::string label, int64_t total_bytes);
  ~Progress();

  // Bytes done so far and a count of items (triples, sentences) to show beside them.
  void Update(int64_t bytes, int64_t items, const char* item_name);
  // Replaces the rate display with a phase name ("sorting", "ingesting").
  void Phase(const std::string& phase);
  // Erases the line.
  void Done();

 private:
  void Draw(const std::string& text);
  bool enabled_;
  std::string label_;
  int64_t total_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace kg::cli
