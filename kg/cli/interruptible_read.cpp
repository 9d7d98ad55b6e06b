// See interruptible_read.h: SIGINT is delivered only inside ppoll(), so a Ctrl-C pressed at
// any moment of the line editor's turn ends that turn.
#include "kg/cli/interruptible_read.h"

#include <errno.h>
#include <poll.h>
#include <unistd.h>

namespace kg::cli {

namespace {

volatile sig_atomic_t* g_flag = nullptr;
sigset_t g_waiting_mask;  // the mask while waiting for a key: SIGINT let through
sigset_t g_saved_mask;    // the mask before the guard

// The length of a UTF-8 sequence from its lead byte; 1 for a byte that cannot lead one.
int SequenceLength(unsigned char lead) {
  if (lead < 0xC2) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF5) return 4;
  return 1;
}

}  // namespace

InterruptibleRead::InterruptibleRead(volatile sig_atomic_t* flag) {
  g_flag = flag;
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &g_saved_mask);
  g_waiting_mask = g_saved_mask;
  sigdelset(&g_waiting_mask, SIGINT);
}

InterruptibleRead::~InterruptibleRead() {
  sigprocmask(SIG_SETMASK, &g_saved_mask, nullptr);
  g_flag = nullptr;
}

int ReadKeyOrInterrupt(FILE* in) {
  const int fd = fileno(in);
  unsigned char bytes[4];
  int have = 0;
  int need = 1;
  while (have < need) {
    if (g_flag && *g_flag) return -1;
    pollfd p{fd, POLLIN, 0};
    // A Ctrl-C handled on another thread interrupts no wait of this one: look again soon.
    const timespec kRecheck{0, 100 * 1000 * 1000};
    int ready = ppoll(&p, 1, &kRecheck, &g_waiting_mask);
    if (ready == 0) continue;  // the loop's first line sees a Ctrl-C
    if (ready < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    ssize_t n = read(fd, &bytes[have], 1);
    if (n == 0) return -1;
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    if (have == 0) need = SequenceLength(bytes[0]);
    else if ((bytes[have] & 0xC0) != 0x80) return 0xFFFD;  // a broken sequence
    ++have;
  }
  if (need == 1) return bytes[0];
  int cp = bytes[0] & (0x7F >> need);
  for (int i = 1; i < need; ++i) cp = (cp << 6) | (bytes[i] & 0x3F);
  return cp;
}

}  // namespace kg::cli
