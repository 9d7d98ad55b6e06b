// Execute(): dispatch dot-commands, run queries, render, report, time.
#include "kg/cli/session.h"

#include <chrono>
#include <cstdio>

#include "kg/cli/dot_commands.h"

namespace kg::cli {

Session::Session(Engine* engine, Settings settings, std::ostream& out, std::ostream& err,
                 bool caret)
    : engine_(engine),
      settings_(settings),
      out_(out),
      err_(err),
      caret_(caret),
      formatter_(MakeFormatter(settings.format)) {}

Session::~Session() = default;

void Session::BeginBatch() {
  if (batch_depth_++ == 0) formatter_->BeginStream(out_);
}

void Session::EndBatch() {
  if (--batch_depth_ == 0) {
    formatter_->EndStream(out_);
    out_.flush();
  }
}

void Session::SetFormat(OutputFormat format) {
  settings_.format = format;
  if (batch_depth_ > 0) formatter_->EndStream(out_);
  formatter_ = MakeFormatter(format);
  if (batch_depth_ > 0) formatter_->BeginStream(out_);
}

bool Session::Fail(const std::string& text, const Status& status, const Place* place) {
  ++failures_;
  formatter_->WriteError(text, status, StreamPlace(place), out_);
  out_.flush();
  ErrorContext context;
  context.query = text;
  context.caret = caret_;
  if (place) {
    context.source = place->source;
    context.line = place->line;
  }
  Report(err_, status, context);
  return false;
}

void Session::WriteCommandOutput(const std::string& command, const std::string& text,
                                 const Place* place) {
  if (text.empty()) return;
  formatter_->WriteCommandOutput(command, text, StreamPlace(place), out_);
  out_.flush();
}

const PreparedQuery* Session::Prepared(const std::string& text, const std::string& source,
                                       Status* error) {
  constexpr size_t kMaxPrepared = 256;
  std::string key = source + '\0' + text;
  auto it = prepared_.find(key);
  if (it != prepared_.end()) return &it->second;
  Result<PreparedQuery> parsed = engine_->Prepare(text, source);
  if (!parsed.ok()) {
    *error = parsed.status();
    return nullptr;
  }
  if (prepared_.size() >= kMaxPrepared) prepared_.clear();
  return &prepared_.emplace(std::move(key), std::move(parsed).value()).first->second;
}

bool Session::Execute(const std::string& text, const Place* place) {
  if (IsDotCommand(text)) return RunDotCommand(*this, text, place);
  auto start = std::chrono::steady_clock::now();
  Status parse_error;
  const PreparedQuery* prepared = Prepared(text, place ? place->source : "", &parse_error);
  if (!prepared) return Fail(text, parse_error, place);
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
  if (!result.ok()) return Fail(text, result.status(), place);
  formatter_->WriteResult(*result, settings_.evidence, StreamPlace(place), out_);
  out_.flush();
  for (const std::string& note : result->notes) Note(err_, note);
  if (result->truncated) Note(err_, result->stopped_because);
  if (settings_.timer) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[64];
    std::snprintf(line, sizeof(line), "time: %.3f s", seconds);
    err_ << line << std::endl;
  }
  return true;
}

}  // namespace kg::cli
