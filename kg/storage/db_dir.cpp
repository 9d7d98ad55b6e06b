// The database directory below RocksDB: inspection, the writer lock and the creation marker
// (the protocol is described in db_dir.h).
#include "kg/storage/db_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace kg {

namespace {

constexpr char kLockFile[] = "kg.lock";
constexpr char kMarkerFile[] = "kg.creating";
// The marker is written under this name and renamed into place, so a kill while it is being
// written never leaves a kg.creating without kg's line (a directory no writer would touch).
constexpr char kMarkerDraft[] = "kg.creating.draft";
// The marker's content: a file of that name without it is not kg's and proves nothing.
constexpr char kMarkerMagic[] = "kg: a database being created; removed when it is complete\n";

std::string Errno() { return std::strerror(errno); }

bool HasMarker(const std::string& dir) {
  int fd = ::open((dir + "/" + kMarkerFile).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[sizeof(kMarkerMagic)] = {};
  ssize_t n = ::read(fd, buf, sizeof(kMarkerMagic) - 1);
  ::close(fd);
  return n == static_cast<ssize_t>(sizeof(kMarkerMagic) - 1) &&
         std::memcmp(buf, kMarkerMagic, sizeof(kMarkerMagic) - 1) == 0;
}

// Removes every entry of `dir` except the lock file and the marker.
Status RemoveAllBut(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name == kLockFile || name == kMarkerFile) continue;
    fs::remove_all(entry.path(), ec);
    if (ec)
      return Status::IOError("cannot remove '" + entry.path().string() + "': " + ec.message());
  }
  if (ec) return Status::IOError("cannot list '" + dir + "': " + ec.message());
  return Status::OK();
}

Status WriteMarker(const std::string& dir) {
  std::string path = dir + "/" + kMarkerFile;
  std::string draft = dir + "/" + kMarkerDraft;
  int fd = ::open(draft.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError("cannot create '" + path + "': " + Errno());
  const size_t len = sizeof(kMarkerMagic) - 1;
  bool ok = ::write(fd, kMarkerMagic, len) == static_cast<ssize_t>(len) && ::fsync(fd) == 0;
  std::string why = ok ? "" : Errno();
  ::close(fd);
  if (ok && ::rename(draft.c_str(), path.c_str()) != 0) {
    ok = false;
    why = Errno();
  }
  if (!ok) {
    ::unlink(draft.c_str());
    return Status::IOError("cannot write '" + path + "': " + why);
  }
  return SyncDir(dir);
}

}  // namespace

Result<DirKind> InspectDir(const std::string& dir) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) {
    if (errno == ENOENT) return DirKind::kMissing;
    return Status::IOError("cannot open database '" + dir + "': " + Errno());
  }
  if (!S_ISDIR(st.st_mode)) return DirKind::kFile;
  if (HasMarker(dir)) return DirKind::kUnfinished;
  if (::access((dir + "/CURRENT").c_str(), F_OK) == 0) return DirKind::kDatabase;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    // The lock, and a marker that a killed writer had not finished writing: nothing yet.
    if (entry.path().filename() != kLockFile && entry.path().filename() != kMarkerDraft) {
      return DirKind::kForeign;
    }
  }
  if (ec) return Status::IOError("cannot open database '" + dir + "': " + ec.message());
  return DirKind::kEmpty;
}

Status MakeDir(const std::string& dir, bool* made) {
  std::error_code ec;
  *made = fs::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create database '" + dir + "': " + ec.message());
  if (!*made) return Status::OK();
  fs::path parent = fs::absolute(fs::path(dir), ec).parent_path();
  return ec ? Status::OK() : SyncDir(parent.string());
}

Status LockWriter(const std::string& dir, int* fd) {
  std::string path = dir + "/" + kLockFile;
  *fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (*fd < 0) return Status::IOError("cannot write to database '" + dir + "': " + Errno());
  if (::flock(*fd, LOCK_EX | LOCK_NB) != 0) {
    return Status::Busy("database '" + dir + "' is being written by another kg process");
  }
  return Status::OK();
}

Status BeginCreation(const std::string& dir) {
  KG_RETURN_IF_ERROR(WriteMarker(dir));
  return RemoveAllBut(dir);
}

Status FinishCreation(const std::string& dir) {
  std::string path = dir + "/" + kMarkerFile;
  if (::unlink(path.c_str()) != 0)
    return Status::IOError("cannot remove '" + path + "': " + Errno());
  return SyncDir(dir);
}

Status RemoveCreated(const std::string& dir, int lock_fd, bool remove_dir) {
  Status s;
  Result<DirKind> kind = InspectDir(dir);
  if (!kind.ok()) s = kind.status();
  // Only the lock (a creation that failed before its marker): nothing to mark or remove.
  // Otherwise mark first, unless an unfinished creation is marked already; on a full disk
  // the marker cannot be written and the database stays, whole.
  if (s.ok() && *kind != DirKind::kEmpty && *kind != DirKind::kUnfinished) s = WriteMarker(dir);
  if (s.ok()) s = RemoveAllBut(dir);
  std::string marker = dir + "/" + kMarkerFile;
  if (s.ok() && ::unlink(marker.c_str()) != 0 && errno != ENOENT) {
    s = Status::IOError("cannot remove '" + marker + "': " + Errno());
  }
  // The lock file goes while it is still held: a writer that comes after it makes its own,
  // finds an empty directory and creates the database afresh.
  if (s.ok()) ::unlink((dir + "/" + kLockFile).c_str());
  ::close(lock_fd);
  // Fails harmlessly (not empty) when another writer has started in it meanwhile.
  if (s.ok() && remove_dir) ::rmdir(dir.c_str());
  return s;
}

Status SyncDir(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IOError("cannot open directory '" + dir + "': " + Errno());
  bool ok = ::fsync(fd) == 0;
  std::string why = ok ? "" : Errno();
  ::close(fd);
  if (!ok) return Status::IOError("cannot sync directory '" + dir + "': " + why);
  return Status::OK();
}

}  // namespace kg
