// Reading a key for the line editor so that Ctrl-C is never lost. A SIGINT that arrives while
// libedit is between two read() calls (echoing, redrawing) would only set a flag, and the next
// read() would block with the half-typed line still there. Instead SIGINT stays blocked while
// the editor runs and is let through only inside ppoll(), atomically with the wait, the way
// pselect() is meant to be used. kg has other threads (RocksDB's), which do not block
// SIGINT: the kernel may run the handler on one of them while the editor's thread is busy,
// so the wait also wakes every 100 ms to look at the flag.
#pragma once

#include <signal.h>

#include <cstdio>

namespace kg::cli {

// Blocks SIGINT for the life of the guard (the line editor's turn); `flag` is the handler's.
class InterruptibleRead {
 public:
  explicit InterruptibleRead(volatile sig_atomic_t* flag);
  ~InterruptibleRead();
  InterruptibleRead(const InterruptibleRead&) = delete;
  InterruptibleRead& operator=(const InterruptibleRead&) = delete;
};

// libedit's rl_getc_function: one character as a Unicode code point (UTF-8 decoded, since
// libedit stores what this returns as a wide character), or -1 when Ctrl-C was pressed or the
// terminal closed.
int ReadKeyOrInterrupt(FILE* in);

}  // namespace kg::cli
