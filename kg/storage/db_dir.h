// The database directory as a file-system object, below RocksDB: what a path holds, the writer
// lock, and the creation marker that makes creating a database atomic.
//
// Why a marker and not "create beside, then rename into place": the directory the user named
// may already exist (empty, perhaps in a parent kg cannot write), the writer lock must be held
// from the first file on, and a sibling temporary directory would be left in the user's parent
// by a kill. So a database is created in place, under the lock:
//   1. kg.creating is written (beside, as kg.creating.draft, then renamed into place) and
//      synced: from here on the directory is kg's own, unfinished;
//   2. whatever an earlier, killed creation left beside the lock and the marker is removed;
//   3. RocksDB creates its files, the families and the schema version (all synced);
//   4. kg.creating is removed and the directory synced: the database exists, empty and whole.
// A kill before 4 leaves the marker: readers see no database and the next writer redoes 2-4.
// Nothing is ever removed from a directory without the marker (holding kg's magic line), so a
// user's directory is never touched.
#pragma once

#include <string>

#include "kg/base/status.h"

namespace kg {

enum class DirKind {
  kMissing,     // nothing at the path
  kEmpty,       // an empty directory, or one holding only kg's lock file (and a marker draft)
  kDatabase,    // a RocksDB database (a CURRENT file) and no creation marker
  kUnfinished,  // kg's creation marker: a creation that did not finish
  kFile,        // something that is not a directory
  kForeign,     // a directory of other files
};

// What `dir` holds. IOError when it cannot be looked at (permissions).
Result<DirKind> InspectDir(const std::string& dir);

// Creates `dir` (and its parents) and syncs its parent, so the new entry survives a crash.
// *made: whether this call created `dir` itself.
Status MakeDir(const std::string& dir, bool* made);

// Takes the writer lock (flock on dir/kg.lock) without waiting. Busy when another process
// holds it, IOError when the lock file cannot be created. *fd: the lock, held until closed.
Status LockWriter(const std::string& dir, int* fd);

// Steps 1 and 2 above. REQUIRES: the writer lock is held and InspectDir said kEmpty or
// kUnfinished under it.
Status BeginCreation(const std::string& dir);
// Step 4 above.
Status FinishCreation(const std::string& dir);

// Removes a database this process created, while it still holds the lock `lock_fd` (closed
// here): the marker first (a kill midway leaves an unfinished creation, redone by the next
// writer), then every other entry, then the marker and the lock file, and `dir` itself when
// `remove_dir` (it did not exist before). REQUIRES: the database is closed.
Status RemoveCreated(const std::string& dir, int lock_fd, bool remove_dir);

// fsync of a directory: makes its entries (created, renamed, removed files) durable.
Status SyncDir(const std::string& dir);

}  // namespace kg
