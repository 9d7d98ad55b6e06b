// A rocksdb::Logger that formats each line like RocksDB's (time, thread, message) and writes
// it with one write(2), ignoring failures.
#include "kg/storage/info_log.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <ctime>

namespace kg {

namespace {

class InfoLog : public rocksdb::Logger {
 public:
  InfoLog(int fd, rocksdb::InfoLogLevel level) : rocksdb::Logger(level), fd_(fd) {}
  ~InfoLog() override {
    if (fd_ >= 0) ::close(fd_);
  }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (fd_ < 0) return;
    char line[8192];
    struct timeval now;
    ::gettimeofday(&now, nullptr);
    struct tm t;
    ::localtime_r(&now.tv_sec, &t);
    int head =
        std::snprintf(line, sizeof(line), "%04d/%02d/%02d-%02d:%02d:%02d.%06ld %lx ",
                      t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                      static_cast<long>(now.tv_usec), static_cast<unsigned long>(::pthread_self()));
    if (head < 0) return;
    va_list copy;
    va_copy(copy, ap);
    int body = std::vsnprintf(line + head, sizeof(line) - head - 1, format, copy);
    va_end(copy);
    if (body < 0) return;
    size_t len = std::min(sizeof(line) - 2, static_cast<size_t>(head) + static_cast<size_t>(body));
    if (line[len - 1] != '\n') line[len++] = '\n';
    ssize_t written = ::write(fd_, line, len);
    (void)written;  // diagnostics only: a full disk loses a line, nothing else
  }

 private:
  int fd_;
};

}  // namespace

std::shared_ptr<rocksdb::Logger> OpenInfoLog(const std::string& dir, rocksdb::InfoLogLevel level) {
  std::string path = dir + "/LOG";
  ::rename(path.c_str(), (path + ".old").c_str());
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  return std::make_shared<InfoLog>(fd, level);
}

}  // namespace kg
