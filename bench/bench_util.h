// Small helpers shared by the benchmarks: timing, running a child process with its peak
// RSS, and percentiles.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace kg::bench {

struct ChildRun {
  int exit_code = -1;
  double seconds = 0;      // wall clock
  double cpu_seconds = 0;  // user + system time of the child and its threads
  long peak_rss_kb = 0;    // ru_maxrss of the child
};

// Runs argv (stdout/stderr inherited, or to /dev/null when quiet) and measures it.
ChildRun RunChild(const std::vector<std::string>& argv, bool quiet = true);

double Percentile(std::vector<double> v, double p);

inline double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace kg::bench
