// Status and Result<T>: how every module reports an expected failure (bad input, missing
// file, locked database) without exceptions. Modelled on leveldb's Status; OK costs nothing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kg {

// Where in some input a problem was found. Empty file means "no location".
struct Location {
  std::string file;
  int64_t line = 0;    // 1-based; 0 = unknown
  int64_t column = 0;  // 1-based, in characters; 0 = unknown
  int64_t offset = -1;  // byte offset, when line/column do not apply
};

// The 1-based line and column (in code points) of byte `offset` of `text`; an offset past the
// end counts to the end.
void LineColumn(std::string_view text, size_t offset, int64_t* line, int64_t* column);

class [[nodiscard]] Status {
 public:
  // Stored in no file; the numeric values only order severity for tests.
  enum class Code {
    kOk = 0,
    kNotFound,
    kInvalidArgument,  // a usage error: wrong flag, unknown format
    kParseError,       // input that does not follow its syntax (query, N-Triples, JSON)
    kIOError,          // the file system said no
    kCorruption,       // the database breaks an invariant
    kBusy,             // another process holds the database
    kIncompatible,     // a database of another schema version, or not a database
    kCancelled,        // stopped by the user (Ctrl-C)
    kLimit,            // stopped by a row, time or size limit
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status ParseError(std::string msg, Location where = {}) {
    return Status(Code::kParseError, std::move(msg), std::move(where));
  }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }
  static Status Incompatible(std::string msg) {
    return Status(Code::kIncompatible, std::move(msg));
  }
  static Status Cancelled(std::string msg) { return Status(Code::kCancelled, std::move(msg)); }
  static Status Limit(std::string msg) { return Status(Code::kLimit, std::move(msg)); }

  bool ok() const { return state_ == nullptr; }
  Code code() const { return state_ ? state_->code : Code::kOk; }
  bool IsNotFound() const { return code() == Code::kNotFound; }
  bool IsParseError() const { return code() == Code::kParseError; }
  bool IsInvalidArgument() const { return code() == Code::kInvalidArgument; }

  // The message alone, without location.
  const std::string& message() const;
  // REQUIRES: !ok() for a meaningful value.
  const Location& location() const;
  // Returns a copy of this status whose location is `where` (keeps message and code).
  Status WithLocation(Location where) const;
  // Prefixes the message ("reading X: " + message), keeping code and location.
  Status Annotate(const std::string& prefix) const;

  // "FILE:LINE:COL: message", "FILE: byte N: message", "FILE: message" or "message".
  std::string ToString() const;

 private:
  struct State {
    Code code;
    std::string message;
    Location where;
  };
  Status(Code code, std::string msg, Location where = {})
      : state_(std::make_shared<const State>(State{code, std::move(msg), std::move(where)})) {}
  std::shared_ptr<const State> state_;
};

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: REQUIRES !status.ok()

  bool ok() const { return std::holds_alternative<T>(v_); }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  // OK when a value is held.
  Status status() const { return ok() ? Status::OK() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kg

// Returns early from the enclosing function when `expr` is not OK.
#define KG_RETURN_IF_ERROR(expr)          \
  do {                                    \
    ::kg::Status kg_status_ = (expr);     \
    if (!kg_status_.ok()) return kg_status_; \
  } while (0)
