// Runs the built `kg` binary (or any program) as a child process with given arguments,
// environment additions and stdin, and collects stdout, stderr and the exit code.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kg::testing {

struct RunResult {
  int exit_code = -1;  // 128 + signal when killed by a signal
  bool killed = false;  // the kill_after_us deadline fired before the child ended
  std::string out;
  std::string err;
  // stderr split into non-empty lines
  std::vector<std::string> ErrLines() const;
};

struct RunOptions {
  std::string stdin_data;
  std::map<std::string, std::string> env;  // added to (or overriding) the environment
  std::string cwd;
  int timeout_seconds = 120;
  // When >= 0: SIGKILL the child this many microseconds after it starts (crash tests).
  long kill_after_us = -1;
  // Runs the child as an unprivileged user (nobody) when this process is root, so file
  // permissions apply to it as to any user: CI runs the suite as root.
  bool unprivileged = false;
};

// Gives `path` and everything under it to the user `unprivileged` children run as, so they
// own their test files as a user would; does nothing unless this process is root.
void GiveToUnprivileged(const std::string& path);

RunResult Run(const std::vector<std::string>& argv, const RunOptions& options = {});
// Runs kg with `--db db` prepended when db is not empty.
RunResult RunKg(const std::string& db, const std::vector<std::string>& args,
                const RunOptions& options = {});

// Absolute path of the built kg binary and of the source tree.
std::string KgBinary();
std::string SourceDir();

}  // namespace kg::testing
