/* A full disk on demand, for tests (LD_PRELOAD): regular files take KG_ENOSPC_AFTER bytes in
 * all, then every write fails with ENOSPC, as a file system that has run out of space does
 * (the technique of SQLite's I/O-error tests). KG_ENOSPC_REPORT names a file that gets the
 * bytes written and the writes refused when the process exits, so a test can first measure a
 * command and then sweep the budget over its whole run. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long budget = -1; /* bytes regular files may still take in all; -1: no limit */
static long long used;        /* bytes granted so far */
static long long refused;     /* calls answered with ENOSPC */

__attribute__((constructor)) static void ShimInit(void) {
  const char* after = getenv("KG_ENOSPC_AFTER");
  if (after && *after) budget = strtoll(after, NULL, 10);
}

static void* Real(const char* name) {
  void* fn = dlsym(RTLD_NEXT, name);
  if (!fn) abort();
  return fn;
}

static int IsRegular(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

static int Full(void) { return budget >= 0 && __atomic_load_n(&used, __ATOMIC_SEQ_CST) >= budget; }

static long long Refuse(void) {
  __atomic_add_fetch(&refused, 1, __ATOMIC_SEQ_CST);
  errno = ENOSPC;
  return -1;
}

/* Grants up to `want` bytes of the budget; 0 when the disk is full. */
static size_t Grant(size_t want) {
  if (budget < 0) {
    __atomic_add_fetch(&used, (long long)want, __ATOMIC_SEQ_CST);
    return want;
  }
  long long cur = __atomic_load_n(&used, __ATOMIC_SEQ_CST);
  for (;;) {
    long long left = budget - cur;
    if (left <= 0) return 0;
    long long give = (long long)want < left ? (long long)want : left;
    if (__atomic_compare_exchange_n(&used, &cur, cur + give, 0, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST)) {
      return (size_t)give;
    }
  }
}

ssize_t write(int fd, const void* buf, size_t n) {
  static ssize_t (*real)(int, const void*, size_t);
  if (!real) real = Real("write");
  if (n == 0 || !IsRegular(fd)) return real(fd, buf, n);
  size_t give = Grant(n);
  if (give == 0) return Refuse();
  return real(fd, buf, give);
}

static ssize_t PwriteVia(const char* name, int fd, const void* buf, size_t n, off_t off) {
  ssize_t (*real)(int, const void*, size_t, off_t) = Real(name);
  if (n == 0 || !IsRegular(fd)) return real(fd, buf, n, off);
  size_t give = Grant(n);
  if (give == 0) return Refuse();
  return real(fd, buf, give, off);
}

ssize_t pwrite(int fd, const void* buf, size_t n, off_t off) {
  return PwriteVia("pwrite", fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void* buf, size_t n, off_t off) {
  return PwriteVia("pwrite64", fd, buf, n, off);
}

/* The first `give` bytes of an iovec array, in `out` (at most `count` entries). */
static int Clip(const struct iovec* iov, int count, size_t give, struct iovec* out) {
  int k = 0;
  for (int i = 0; i < count && give > 0; ++i, ++k) {
    out[k] = iov[i];
    if (out[k].iov_len > give) out[k].iov_len = give;
    give -= out[k].iov_len;
  }
  return k;
}

static size_t Total(const struct iovec* iov, int count) {
  size_t total = 0;
  for (int i = 0; i < count; ++i) total += iov[i].iov_len;
  return total;
}

ssize_t writev(int fd, const struct iovec* iov, int count) {
  static ssize_t (*real)(int, const struct iovec*, int);
  if (!real) real = Real("writev");
  size_t total = Total(iov, count);
  if (total == 0 || count > 1024 || !IsRegular(fd)) return real(fd, iov, count);
  size_t give = Grant(total);
  if (give == 0) return Refuse();
  struct iovec clipped[1024];
  return real(fd, clipped, Clip(iov, count, give, clipped));
}

static ssize_t PwritevVia(const char* name, int fd, const struct iovec* iov, int count, off_t off) {
  ssize_t (*real)(int, const struct iovec*, int, off_t) = Real(name);
  size_t total = Total(iov, count);
  if (total == 0 || count > 1024 || !IsRegular(fd)) return real(fd, iov, count, off);
  size_t give = Grant(total);
  if (give == 0) return Refuse();
  struct iovec clipped[1024];
  return real(fd, clipped, Clip(iov, count, give, clipped), off);
}

ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t off) {
  return PwritevVia("pwritev", fd, iov, count, off);
}

ssize_t pwritev64(int fd, const struct iovec* iov, int count, off_t off) {
  return PwritevVia("pwritev64", fd, iov, count, off);
}

/* Buffered writes reach the kernel through glibc's internal write, which LD_PRELOAD cannot
 * see: they are counted here, when the caller hands them over. */
size_t fwrite(const void* buf, size_t size, size_t count, FILE* f) {
  static size_t (*real)(const void*, size_t, size_t, FILE*);
  if (!real) real = Real("fwrite");
  size_t total = size * count;
  if (total == 0 || !IsRegular(fileno(f))) return real(buf, size, count, f);
  size_t give = Grant(total);
  if (give < total) {
    if (give > 0) real(buf, 1, give, f);
    Refuse();
    return give / size;
  }
  return real(buf, size, count, f);
}

/* Reserving space takes nothing from the budget (RocksDB reserves far ahead) but fails when
 * the reservation does not fit, as it does on a full file system. */
static int Fits(int fd, off_t len) {
  return budget < 0 || !IsRegular(fd) || budget - __atomic_load_n(&used, __ATOMIC_SEQ_CST) >= len;
}

int fallocate(int fd, int mode, off_t off, off_t len) {
  static int (*real)(int, int, off_t, off_t);
  if (!real) real = Real("fallocate");
  if (!Fits(fd, len)) return (int)Refuse();
  return real(fd, mode, off, len);
}

int fallocate64(int fd, int mode, off_t off, off_t len) {
  static int (*real)(int, int, off_t, off_t);
  if (!real) real = Real("fallocate64");
  if (!Fits(fd, len)) return (int)Refuse();
  return real(fd, mode, off, len);
}

int posix_fallocate(int fd, off_t off, off_t len) {
  static int (*real)(int, off_t, off_t);
  if (!real) real = Real("posix_fallocate");
  if (!Fits(fd, len)) {
    __atomic_add_fetch(&refused, 1, __ATOMIC_SEQ_CST);
    return ENOSPC;
  }
  return real(fd, off, len);
}

int posix_fallocate64(int fd, off_t off, off_t len) {
  static int (*real)(int, off_t, off_t);
  if (!real) real = Real("posix_fallocate64");
  if (!Fits(fd, len)) {
    __atomic_add_fetch(&refused, 1, __ATOMIC_SEQ_CST);
    return ENOSPC;
  }
  return real(fd, off, len);
}

/* A full file system has no room for a new directory entry either. */
static int NoRoomFor(const char* path, int dirfd, int flags) {
  if (!(flags & O_CREAT) || !Full()) return 0;
  return faccessat(dirfd, path, F_OK, 0) != 0;
}

static int OpenVia(const char* name, int dirfd, const char* path, int flags, mode_t mode) {
  if (NoRoomFor(path, dirfd, flags)) return (int)Refuse();
  if (dirfd == AT_FDCWD && strcmp(name, "openat") != 0 && strcmp(name, "openat64") != 0) {
    int (*real)(const char*, int, ...) = Real(name);
    return real(path, flags, mode);
  }
  int (*real)(int, const char*, int, ...) = Real(name);
  return real(dirfd, path, flags, mode);
}

#define MODE_ARG(flags, mode)            \
  mode_t mode = 0;                       \
  if ((flags) & (O_CREAT | O_TMPFILE)) { \
    va_list ap;                          \
    va_start(ap, flags);                 \
    mode = (mode_t)va_arg(ap, int);      \
    va_end(ap);                          \
  }

int open(const char* path, int flags, ...) {
  MODE_ARG(flags, mode);
  return OpenVia("open", AT_FDCWD, path, flags, mode);
}

int open64(const char* path, int flags, ...) {
  MODE_ARG(flags, mode);
  return OpenVia("open64", AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char* path, int flags, ...) {
  MODE_ARG(flags, mode);
  return OpenVia("openat", dirfd, path, flags, mode);
}

int openat64(int dirfd, const char* path, int flags, ...) {
  MODE_ARG(flags, mode);
  return OpenVia("openat64", dirfd, path, flags, mode);
}

int mkdir(const char* path, mode_t mode) {
  static int (*real)(const char*, mode_t);
  if (!real) real = Real("mkdir");
  if (Full() && access(path, F_OK) != 0) return (int)Refuse(); /* else EEXIST, as a kernel says */
  return real(path, mode);
}

__attribute__((destructor)) static void ShimReport(void) {
  const char* report = getenv("KG_ENOSPC_REPORT");
  if (!report || !*report) return;
  static int (*real_open)(const char*, int, ...);
  static ssize_t (*real_write)(int, const void*, size_t);
  real_open = Real("open");
  real_write = Real("write");
  int fd = real_open(report, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  char line[128];
  int n = snprintf(line, sizeof(line), "%lld %lld\n", used, refused);
  if (n > 0) real_write(fd, line, (size_t)n);
  close(fd);
}
