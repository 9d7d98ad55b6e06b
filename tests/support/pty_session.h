// Drives a program through a pseudo-terminal, as a person at a terminal would: type a line,
// wait for text to appear. For REPL tests (line editing, prompts, Ctrl-C).
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace kg::testing {

class PtySession {
 public:
  PtySession(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env);
  ~PtySession();

  // Sends raw bytes (use "\n" for Enter, "\x03" for Ctrl-C, "\x04" for Ctrl-D).
  void Send(const std::string& bytes);
  // Reads until `text` has appeared in the output since the last call; false on timeout.
  bool WaitFor(const std::string& text, int timeout_ms = 10000);
  // Waits for `prompt`, then until the program has put the terminal into its line editor's raw
  // mode: only then is a key read as a key. A prompt can be printed a moment before the switch,
  // and a Ctrl-C typed in that moment is taken by the terminal driver in cooked mode.
  bool WaitForPrompt(const std::string& prompt, int timeout_ms = 10000);
  // Waits for the program to exit; returns its exit code (or -1 on timeout).
  int Wait(int timeout_ms = 10000);
  // Everything read so far.
  const std::string& output() const { return all_; }

 private:
  void Pump(int timeout_ms);
  int fd_ = -1;
  pid_t pid_ = -1;
  std::string all_;
  size_t mark_ = 0;
  int exit_code_ = -1;
};

}  // namespace kg::testing
