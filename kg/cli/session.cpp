// Execute(): prepare, dispatch dot-commands, run queries, render, report.
#include "kg/cli/session.h"

#include "kg/cli/dot_commands.h"
#include "kg/base/unicode.h"

namespace kg::cli {

Session::Session(Engine* engine, Settings settings, std::ostream& out, std::ostream& err,
                 ErrorStyle style)
    : engine_(engine), settings_(settings), out_(out), err_(err), style_(style) {}

void Session::ReportError(const std::string& text, const Status& status,
                          const std::string& source, int64_t line) {
  const Location& where = status.location();
  std::string message = status.message();
  for (char& c : message) {
    if (c == '\n') c = ' ';
  }
  if (!source.empty()) {
    // FILE:LINE:COL: message, LINE counted in the file.
    std::string loc = source + ":" + std::to_string(line > 0 ? line + std::max<int64_t>(where.line, 1) - 1 : 1);
    if (where.column > 0) loc += ":" + std::to_string(where.column);
    err_ << loc << ": " << message << std::endl;
    return;
  }
  if (style_ == ErrorStyle::kCaret && where.column > 0 && text.find('\n') == std::string::npos) {
    err_ << "error: " << message << "\n  " << text << "\n  ";
    // The caret sits under the character, counting display columns (Hangul is 2 wide).
    size_t i = 0;
    for (int64_t col = 1; i < text.size() && col < where.column; ++col) {
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    std::string before = text.substr(0, i);
    err_ << std::string(static_cast<size_t>(DisplayWidth(before)), ' ') << "^" << std::endl;
    return;
  }
  err_ << "error: " << message;
  if (where.column > 0) {
    err_ << " (line " << std::max<int64_t>(where.line, 1) << ", column " << where.column << ")";
  }
  err_ << std::endl;
}

bool Session::Execute(const std::string& text, const std::string& source, int64_t line) {
  Result<PreparedQuery> prepared = engine_->Prepare(text, source);
  auto formatter = MakeFormatter(settings_.format);
  if (!prepared.ok()) {
    formatter->WriteError(text, prepared.status(), out_);
    ReportError(text, prepared.status(), source, line);
    return false;
  }
  if (prepared->is_dot_command()) {
    return RunDotCommand(*this, prepared->dot_name(), prepared->dot_args(), source, line);
  }
  QueryOptions options;
  options.row_limit = settings_.row_limit;
  options.timeout_seconds = settings_.timeout_seconds;
  options.cancel = cancel_;
  // Tables and delimited text show only the rows unless evidence is on; JSON always carries
  // the facts.
  options.with_facts = settings_.evidence || settings_.format == OutputFormat::kJson ||
                       settings_.format == OutputFormat::kNdjson;
  if (cancel_) cancel_->store(false);
  Result<ResultSet> result = engine_->Run(*prepared, options);
  if (!result.ok()) {
    formatter->WriteError(text, result.status(), out_);
    ReportError(text, result.status(), source, line);
    return false;
  }
  if (settings_.format == OutputFormat::kTable && !source.empty()) {
    if (wrote_table_) out_ << '\n';
    wrote_table_ = true;
  }
  formatter->WriteResult(*result, settings_.evidence, out_);
  out_.flush();
  for (const std::string& note : result->notes) err_ << "note: " << note << std::endl;
  if (result->truncated) err_ << "note: " << result->stopped_because << std::endl;
  return true;
}

}  // namespace kg::cli
