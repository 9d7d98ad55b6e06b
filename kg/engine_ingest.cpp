// Engine: ingesting documents and the user lexicon (the engine.cpp facade's write side for
// text). Bad input is refused before anything is written.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>

#include "kg/base/json_file.h"
#include "ingest/documents/document.h"
#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "ingest/relations.h"
#include "kg/base/unicode.h"
#include "kg/engine.h"
#include "kg/engine_internal.h"
#include "kg/storage/graph_writer.h"
#include "kg/storage/ingest_writer.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/store.h"

namespace kg {

namespace {

constexpr size_t kMaxLine = 1 << 20;       // longer lines are binary or minified data
constexpr size_t kMaxDocument = 256u << 20;

constexpr char kLexiconPrefix[] = "lexicon/";

std::string ContentHash(std::string_view text) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[20];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Status Located(const std::string& path, const std::string& message, std::string_view text,
               int64_t offset) {
  Location where;
  where.file = path;
  where.offset = offset;
  // Line and column help in an editor; the byte offset helps with binary junk.
  LineColumn(text, offset > 0 ? static_cast<size_t>(offset) : 0, &where.line, &where.column);
  return Status::ParseError(message + " (byte " + std::to_string(offset) + ")", where);
}

ingest::LexiconEntry ToEntry(const LexiconEntryInfo& e) {
  return ingest::LexiconEntry{e.name, e.type, e.aliases};
}

}  // namespace

Status Engine::CheckDocument(std::string_view text, const std::string& path) {
  if (text.size() > kMaxDocument) {
    return Status::ParseError(path + ": larger than 256 MiB; split it into documents");
  }
  // A NUL byte first: a binary file is named as one, not as its first invalid UTF-8 byte.
  int64_t nul = kg::FindNul(text);
  if (nul >= 0) {
    return Status::ParseError(path + ": binary file (NUL byte at offset " + std::to_string(nul) + ")");
  }
  int64_t bad = kg::FindInvalidUtf8(text);
  if (bad >= 0) return Located(path, "invalid UTF-8", text, bad);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::ParseError(path + ": empty document (nothing to ingest)");
  }
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t nl = text.find('\n', line_start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (end - line_start > kMaxLine) {
      return Located(path, "a line longer than 1 MiB: not a text document", text,
                     static_cast<int64_t>(line_start));
    }
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  return Status::OK();
}

Result<IngestSummary> Engine::Ingest(std::string_view text, const std::string& path,
                                     const IngestOptions& options) {
  auto start = std::chrono::steady_clock::now();
  // Refuse bad input before anything else.
  KG_RETURN_IF_ERROR(CheckDocument(text, path));

  Document doc;
  doc.id = options.id;
  if (doc.id.empty()) {
    std::filesystem::path p(path);
    doc.id = path == "-" ? "stdin-" + ContentHash(text).substr(0, 8) : p.stem().string();
  }
  if (doc.id.empty() || doc.id.find('\0') != std::string::npos) {
    return Status::InvalidArgument("a document needs a non-empty id (--id NAME)");
  }
  doc.path = path == "-" ? "<stdin>" : std::filesystem::absolute(path).string();
  doc.ingested_at = NowIso();

  // The pipeline for this lexicon configuration (built once per command); a bad --lexicon
  // file is reported here, before anything is written.
  if (!pipelines_) pipelines_ = std::make_unique<PipelineCache>();
  PipelineCache::Entry& cached = pipelines_->by_lexicon[options.lexicon_path];
  if (!cached.pipeline) {
    Result<ingest::Lexicon> lexicon = ingest::Lexicon::Default();
    if (!lexicon.ok()) return lexicon.status();
    Result<std::vector<LexiconEntryInfo>> user = LexiconList();
    if (!user.ok()) return user.status();
    std::string fingerprint = std::string("kg ") + Version();
    for (const LexiconEntryInfo& e : *user) {
      lexicon->Add(ToEntry(e));
      fingerprint += "\n" + ingest::Lexicon::EntryToJson(ToEntry(e)).dump();
    }
    if (!options.lexicon_path.empty()) {
      std::string extra_text;
      KG_RETURN_IF_ERROR(kg::ReadTextFile(options.lexicon_path, &extra_text));
      Result<ingest::Lexicon> extra = ingest::Lexicon::Parse(extra_text, options.lexicon_path);
      if (!extra.ok()) return extra.status();
      lexicon->Merge(*extra);
      fingerprint += "\n" + extra_text;
    }
    cached.pipeline = std::make_unique<ingest::Pipeline>(std::move(lexicon).value(), *vocabulary_);
    cached.fingerprint = ContentHash(fingerprint);
  }
  ingest::DocumentFormat format = ingest::GuessFormat(path);
  if (!options.format.empty()) {
    Result<ingest::DocumentFormat> named = ingest::ParseFormat(options.format);
    if (!named.ok()) return named.status();
    format = *named;
  }
  doc.hash = ContentHash(text) + "-" +
             ContentHash(cached.fingerprint + "\n" + options.date + "\n" +
                         std::string(ingest::FormatName(format)));

  IngestSummary summary;
  summary.doc_id = doc.id;
  bool replace = false;
  {
    auto view = store_->NewReadView();
    Document old;
    Status s = view->GetDocument(doc.id, &old);
    if (s.ok()) {
      if (old.hash == doc.hash) {
        summary.outcome = IngestSummary::Outcome::kUnchanged;
        summary.sentences = old.sentences;
        summary.entities = old.entities;
        summary.facts = old.facts;
        summary.language = old.language;
        return summary;
      }
      replace = true;
    } else if (!s.IsNotFound()) {
      return s;
    }
  }
  const ingest::Pipeline* pipeline = cached.pipeline.get();

  ingest::PipelineOptions po;
  po.date = options.date;
  po.format = format;
  Result<ingest::Extraction> extracted = pipeline->Run(text, po);
  if (!extracted.ok()) return extracted.status();
  const ingest::Extraction& x = *extracted;

  GraphWriter writer(store_.get(), &writer_memory_);
  Result<WrittenDocument> written = WriteExtraction(&writer, x, *vocabulary_, doc, replace);
  if (!written.ok()) return written.status();
  KG_RETURN_IF_ERROR(writer.Commit());
  summary.outcome = replace ? IngestSummary::Outcome::kReplaced : IngestSummary::Outcome::kAdded;
  summary.language = x.language;
  summary.sentences = static_cast<int64_t>(x.sentences.size());
  summary.parsed_sentences = x.parsed_sentences;
  summary.parse_fallbacks = x.parse_fallbacks;
  summary.entities = written->entities;
  summary.facts = written->facts;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

Status Engine::LexiconAdd(const LexiconEntryInfo& entry) {
  if (entry.name.empty()) return Status::InvalidArgument("a lexicon entry needs a name");
  if (kg::FindInvalidUtf8(entry.name) >= 0) return Status::InvalidArgument("name is not UTF-8");
  ingest::LexiconEntry e = ToEntry(entry);
  // Merge with an existing user entry of the same name.
  std::string key = std::string(kLexiconPrefix) + kg::FoldName(entry.name);
  auto view = store_->NewReadView();
  std::string old;
  if (view->Get(Cf::kMeta, key, &old).ok()) {
    Result<nlohmann::json> j = kg::ParseJson(old, "lexicon entry");
    if (j.ok()) {
      Result<ingest::LexiconEntry> prev = ingest::Lexicon::EntryFromJson(*j, "lexicon entry");
      if (prev.ok()) {
        if (e.type.empty()) e.type = prev->type;
        for (const Alias& a : prev->aliases) {
          if (std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end()) e.aliases.push_back(a);
        }
      }
    }
  }
  GraphWriter writer(store_.get());
  EntitySpec spec;
  spec.name = e.name;
  spec.type = e.type;
  spec.aliases = e.aliases;
  spec.from_lexicon = true;
  spec.canonical = true;
  Result<TermId> id = writer.ResolveEntity(spec, "");
  if (!id.ok()) return id.status();
  writer.PutMeta(key, ingest::Lexicon::EntryToJson(e).dump());
  pipelines_.reset();  // later ingests in this process see the new entry
  return writer.Commit();
}

Result<std::vector<LexiconEntryInfo>> Engine::LexiconList() {
  std::vector<LexiconEntryInfo> out;
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  Status inner;
  KG_RETURN_IF_ERROR(view->ForEach(Cf::kMeta, kLexiconPrefix, [&](std::string_view, std::string_view v) {
    Result<nlohmann::json> j = kg::ParseJson(std::string(v), "lexicon entry");
    if (!j.ok()) {
      inner = Status::Corruption("a stored lexicon entry does not parse");
      return false;
    }
    Result<ingest::LexiconEntry> e = ingest::Lexicon::EntryFromJson(*j, "lexicon entry");
    if (!e.ok()) {
      inner = e.status();
      return false;
    }
    out.push_back(LexiconEntryInfo{e->name, e->type, e->aliases});
    return true;
  }));
  KG_RETURN_IF_ERROR(inner);
  return out;
}

Status Engine::LexiconRemove(const std::string& name) {
  std::string key = std::string(kLexiconPrefix) + kg::FoldName(name);
  auto view = store_->NewReadView();
  std::string old;
  Status s = view->Get(Cf::kMeta, key, &old);
  if (s.IsNotFound()) return Status::NotFound("no lexicon entry '" + name + "'");
  KG_RETURN_IF_ERROR(s);
  GraphWriter writer(store_.get());
  writer.DeleteMeta(key);
  std::vector<TermId> ids;
  KG_RETURN_IF_ERROR(view->FindByFoldedName(kg::FoldName(name), &ids));
  for (TermId id : ids) KG_RETURN_IF_ERROR(writer.ReleaseFromLexicon(id));
  pipelines_.reset();
  return writer.Commit();
}

}  // namespace kg
