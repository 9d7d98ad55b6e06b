// Drawing of the progress line: "\r" + text + clear-to-end-of-line.
#include "kg/cli/progress.h"

#include <cstdio>

namespace kg::cli {

namespace {
std::string Human(double v) {
  char buf[32];
  const char* units[] = {"", "k", "M", "G"};
  int u = 0;
  while (v >= 1000 && u < 3) {
    v /= 1000;
    ++u;
  }
  std::snprintf(buf, sizeof(buf), u ? "%.1f%s" : "%.0f%s", v, units[u]);
  return buf;
}
}  // namespace

Progress::Progress(bool enabled, std::string label, int64_t total_bytes)
    : enabled_(enabled), label_(std::move(label)), total_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

Progress::~Progress() { Done(); }

void Progress::Draw(const std::string& text) {
  std::fprintf(stderr, "\r%s\033[K", text.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Update(int64_t bytes, int64_t items, const char* item_name) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  std::string text = label_ + " ";
  if (total_ > 0) {
    int width = 24;
    double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_));
    int filled = static_cast<int>(frac * width);
    text += "[" + std::string(filled, '#') + std::string(width - filled, ' ') + "] ";
    char pct[16];
    std::snprintf(pct, sizeof(pct), "%3.0f%% ", frac * 100);
    text += pct;
  }
  text += Human(static_cast<double>(bytes)) + "B, " + Human(static_cast<double>(items)) + " " +
          item_name;
  if (secs > 0.5) text += " (" + Human(static_cast<double>(items) / secs) + "/s)";
  Draw(text);
}

void Progress::Phase(const std::string& phase) {
  if (!enabled_) return;
  Draw(label_ + " " + phase + "...");
}

void Progress::Done() {
  if (enabled_ && drawn_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace kg::cli
