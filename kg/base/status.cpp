// Rendering of Status values into the one-line messages users see.
#include "kg/base/status.h"

#include <algorithm>

namespace kg {

namespace {
const std::string& EmptyString() {
  static const std::string kEmpty;
  return kEmpty;
}
const Location& EmptyLocation() {
  static const Location kEmpty;
  return kEmpty;
}
}  // namespace

const std::string& Status::message() const {
  return state_ ? state_->message : EmptyString();
}

const Location& Status::location() const { return state_ ? state_->where : EmptyLocation(); }

Status Status::WithLocation(Location where) const {
  if (ok()) return *this;
  return Status(state_->code, state_->message, std::move(where));
}

Status Status::Annotate(const std::string& prefix) const {
  if (ok()) return *this;
  return Status(state_->code, prefix + state_->message, state_->where);
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  const Location& w = state_->where;
  std::string out;
  if (!w.file.empty()) {
    out = w.file;
    if (w.line > 0) {
      out += ":" + std::to_string(w.line);
      if (w.column > 0) out += ":" + std::to_string(w.column);
    } else if (w.offset >= 0) {
      out += ": byte " + std::to_string(w.offset);
    }
    out += ": ";
  } else if (w.line > 0) {
    out = "line " + std::to_string(w.line);
    if (w.column > 0) out += ", column " + std::to_string(w.column);
    out += ": ";
  }
  return out + state_->message;
}

void LineColumn(std::string_view text, size_t offset, int64_t* line, int64_t* column) {
  *line = 1;
  *column = 1;
  offset = std::min(offset, text.size());
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++*line;
      *column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++*column;
    }
  }
}

}  // namespace kg
