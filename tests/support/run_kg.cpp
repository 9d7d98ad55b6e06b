// Child processes for end-to-end tests: fork/exec with three pipes, drained with poll() so
// large outputs never deadlock, killed after a timeout.
#include "tests/support/run_kg.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>
#include <stdexcept>

namespace kg::testing {

std::vector<std::string> RunResult::ErrLines() const {
  std::vector<std::string> lines;
  std::istringstream in(err);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

namespace {

// The ids of "nobody" (65534 where there is no such entry).
void UnprivilegedIds(uid_t* uid, gid_t* gid) {
  const passwd* pw = ::getpwnam("nobody");
  *uid = pw ? pw->pw_uid : 65534;
  *gid = pw ? pw->pw_gid : 65534;
}

// True when others (the unprivileged user) may execute `path` and pass through every
// directory above it.
bool OthersCanExecute(const std::filesystem::path& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !(st.st_mode & S_IXOTH)) return false;
  for (auto dir = path.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (::stat(dir.c_str(), &st) != 0 || !(st.st_mode & S_IXOTH)) return false;
    if (dir == dir.root_path()) break;
  }
  return true;
}

// Copies of programs that sit under a directory closed to others (a checkout under a 0700
// directory): the unprivileged child runs the copy, kept in a world-readable temporary
// directory that is removed when the test process ends.
class ReachableCopies {
 public:
  ~ReachableCopies() {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }
  std::string For(const std::string& program) {
    const auto absolute = std::filesystem::absolute(program);
    if (OthersCanExecute(absolute)) return program;
    auto found = copies_.find(program);
    if (found != copies_.end()) return found->second;
    if (dir_.empty()) {
      std::string templ = (std::filesystem::temp_directory_path() / "kg-test-bin-XXXXXX").string();
      if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
      dir_ = templ;
      std::filesystem::permissions(dir_, std::filesystem::perms(0755));
    }
    const auto copy = dir_ / (std::to_string(copies_.size()) + "-" + absolute.filename().string());
    std::filesystem::copy_file(absolute, copy);
    std::filesystem::permissions(copy, std::filesystem::perms(0755));
    return copies_[program] = copy.string();
  }

 private:
  std::filesystem::path dir_;
  std::map<std::string, std::string> copies_;
};

}  // namespace

void GiveToUnprivileged(const std::string& path) {
  if (::geteuid() != 0) return;
  uid_t uid;
  gid_t gid;
  UnprivilegedIds(&uid, &gid);
  if (::lchown(path.c_str(), uid, gid) != 0) throw std::runtime_error("chown " + path + " failed");
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec)) return;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (::lchown(it->path().c_str(), uid, gid) != 0) {
      throw std::runtime_error("chown " + it->path().string() + " failed");
    }
  }
  if (ec) throw std::runtime_error("listing " + path + ": " + ec.message());
}

std::string KgBinary() { return KG_BINARY; }
std::string SourceDir() { return KG_SOURCE_DIR; }

RunResult Run(const std::vector<std::string>& argv, const RunOptions& options) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) throw std::runtime_error("pipe failed");
  // Looked up before fork: getpwnam is not safe between fork and exec.
  const bool drop_root = options.unprivileged && ::geteuid() == 0;
  uid_t uid = 0;
  gid_t gid = 0;
  std::vector<std::string> program_argv = argv;
  if (drop_root) {
    UnprivilegedIds(&uid, &gid);
    static ReachableCopies reachable;
    if (!program_argv.empty()) program_argv[0] = reachable.For(program_argv[0]);
  }
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    for (const auto& [k, v] : options.env) setenv(k.c_str(), v.c_str(), 1);
    if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(127);
    if (drop_root && (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0)) {
      _exit(126);
    }
    std::vector<char*> args;
    for (const auto& a : program_argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  signal(SIGPIPE, SIG_IGN);

  RunResult result;
  size_t written = 0;
  int in_fd = in_pipe[1];
  if (options.stdin_data.empty()) {
    close(in_fd);
    in_fd = -1;
  } else {
    fcntl(in_fd, F_SETFL, O_NONBLOCK);
  }
  auto start = std::chrono::steady_clock::now();
  auto deadline = start + std::chrono::seconds(options.timeout_seconds);
  bool kill_pending = options.kill_after_us >= 0;
  auto kill_at = start + std::chrono::microseconds(options.kill_after_us);
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    pollfd fds[3];
    int n = 0;
    if (out_open) fds[n++] = {out_pipe[0], POLLIN, 0};
    if (err_open) fds[n++] = {err_pipe[0], POLLIN, 0};
    if (in_fd >= 0) fds[n++] = {in_fd, POLLOUT, 0};
    int wait_ms = 200;
    if (kill_pending) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(kill_at - std::chrono::steady_clock::now());
      wait_ms = static_cast<int>(std::max<long>(0, std::min<long>(200, left.count())));
    }
    int r = poll(fds, n, wait_ms);
    if (kill_pending && std::chrono::steady_clock::now() >= kill_at) {
      kill(pid, SIGKILL);
      result.killed = true;
      kill_pending = false;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      break;
    }
    if (r <= 0) continue;
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == in_fd) {
        ssize_t w = write(in_fd, options.stdin_data.data() + written,
                          options.stdin_data.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        if (w < 0 && errno != EAGAIN) written = options.stdin_data.size();
        if (written >= options.stdin_data.size()) {
          close(in_fd);
          in_fd = -1;
        }
        continue;
      }
      ssize_t got = read(fds[i].fd, buf, sizeof(buf));
      if (got <= 0) {
        if (fds[i].fd == out_pipe[0]) out_open = false;
        if (fds[i].fd == err_pipe[0]) err_open = false;
        continue;
      }
      (fds[i].fd == out_pipe[0] ? result.out : result.err).append(buf, static_cast<size_t>(got));
    }
  }
  if (in_fd >= 0) close(in_fd);
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  // A kill that came after the child had already finished did nothing.
  if (result.killed && WIFEXITED(status)) result.killed = false;
  return result;
}

RunResult RunKg(const std::string& db, const std::vector<std::string>& args,
                const RunOptions& options) {
  std::vector<std::string> argv{KgBinary()};
  if (!db.empty()) {
    argv.push_back("--db");
    argv.push_back(db);
  }
  argv.insert(argv.end(), args.begin(), args.end());
  return Run(argv, options);
}

}  // namespace kg::testing
