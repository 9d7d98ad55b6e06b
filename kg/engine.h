// The facade the command line (and any other front end) uses: open a graph, import and
// export RDF, list and forget documents, read statistics. Nothing here prints.
#pragma once

#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <atomic>
#include <mutex>

#include "kg/storage/writer_memory.h"
#include "kg/io/export_options.h"
#include "kg/base/model.h"
#include "kg/io/import_options.h"
#include "kg/query/result_set.h"
#include "kg/storage/integrity_check.h"
#include "kg/base/status.h"

namespace kg {

class Store;
class TermText;
class QuestionLexicon;
namespace ingest {
class RelationVocabulary;
}
namespace parser {
class Parser;
namespace ast {
struct Query;
}
}  // namespace parser

struct QueryOptions {
  int64_t row_limit = 10000;     // distinct rows before a query is stopped (with a message)
  double timeout_seconds = 30;   // wall-clock limit; <= 0 for none
  const std::atomic<bool>* cancel = nullptr;  // set to stop the running query
  // The facts and evidence behind each row (ResultSet::facts); a front end that prints only
  // the rows turns this off and saves reading every fact and sentence.
  bool with_facts = true;
};

// A parsed query, ready to run. (Dot-commands are the front end's: kg/cli sees the `.`.)
class PreparedQuery {
 public:
  PreparedQuery();
  ~PreparedQuery();
  PreparedQuery(PreparedQuery&&) noexcept;
  PreparedQuery& operator=(PreparedQuery&&) noexcept;

  const std::string& text() const { return text_; }
  const std::string& source() const { return source_; }

 private:
  friend class Engine;
  std::unique_ptr<parser::ast::Query> ast_;
  std::string text_, source_;
};

struct RelationInfo {
  std::string id;
  std::string inverse;
  bool symmetric = false;
  int64_t triples = 0;        // positive facts in the graph
  std::string phrases;        // English question forms ("partner with, team up with")
  std::string korean;         // Korean trigger stems
};

struct IngestOptions {
  std::string id;            // document id; default: the file name without its extension
  std::string date;          // the date the text was written (YYYY-MM-DD); inferred if empty
  std::string lexicon_path;  // extra lexicon entries for this ingest (JSON)
  std::string format;        // "text", "markdown" or "html"; guessed from the path if empty
};

struct IngestSummary {
  enum class Outcome { kAdded, kReplaced, kUnchanged };
  Outcome outcome = Outcome::kAdded;
  std::string doc_id;
  std::string language;
  int64_t sentences = 0, entities = 0, facts = 0;
  // English: sentences read from a parse, and those Link Grammar could not link in time
  // (read by the surface rules instead).
  int64_t parsed_sentences = 0, parse_fallbacks = 0;
  double seconds = 0;
};

struct LexiconEntryInfo {
  std::string name;
  std::string type;
  std::vector<Alias> aliases;
};

struct EntityInfo {
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
};

class Engine {
 public:
  struct OpenOptions {
    std::string db;            // database directory
    bool write = false;        // take the writer lock
    bool create = false;       // create the database when missing (REQUIRES write)
  };
  static Result<std::unique_ptr<Engine>> Open(const OpenOptions& options);
  ~Engine();

  const std::string& db_path() const;
  // True when this Open created the database (the path was missing or an empty directory).
  bool created() const;
  // Flushes and closes the database and releases the writer lock, reporting what the
  // destructor could only drop. Committed changes are safe whatever it returns (see
  // Store::Close). The engine is unusable afterwards.
  Status Close();
  // Removes the database this Open created: a first import or ingest that failed leaves no
  // trace. REQUIRES: created(). The engine is unusable afterwards.
  Status Discard();

  Result<GraphStats> Stats();
  // Scans the whole database for broken invariants (`kg check`); see integrity_check.h.
  Result<IntegrityReport> Check();
  Result<std::vector<Document>> Documents();
  // NotFound when there is no such document.
  Status Forget(const std::string& doc_id);

  Result<ImportSummary> Import(std::istream* in, const std::string& source,
                               const ImportOptions& options);
  Result<io::ExportSummary> Export(const io::ExportOptions& options, std::ostream& out);
  Result<io::ExportSummary> ExportCsv(const io::ExportOptions& options, std::ostream& nodes,
                                      std::ostream& edges);
  // Entity ids whose name or alias is `name` (case-insensitive, NFC).
  Result<std::vector<TermId>> FindEntities(const std::string& name);

  // Parses one query. ParseError locations: line/column within `text`,
  // file = `source`.
  Result<PreparedQuery> Prepare(const std::string& text, const std::string& source = "");
  // Binds, plans and runs a prepared query on the committed state now.
  Result<ResultSet> Run(const PreparedQuery& query, const QueryOptions& options);
  // Prepare + Run.
  Result<ResultSet> Query(const std::string& text, const QueryOptions& options,
                          const std::string& source = "");
  // The plan a query would run with, as text (`.explain`).
  Result<std::string> Explain(const std::string& text, const std::string& source = "");

  // The relation vocabulary with the graph's counts (`.relations`).
  Result<std::vector<RelationInfo>> Relations();
  // Entities whose name or alias starts with `prefix` (case-insensitive), at most `limit`.
  Result<std::vector<EntityInfo>> Entities(const std::string& prefix, size_t limit);

  // Reads a document into the graph atomically. `text` is the file's bytes; `path` names it in
  // errors; "-" is stdin (path "<stdin>", id "stdin-" and 8 hex digits of the content's hash,
  // so the same text piped twice is one document). Errors (with the file and byte offset or line): ParseError for invalid UTF-8, NUL
  // bytes, an empty document or a line over 1 MiB; ParseError for a malformed --lexicon file.
  // Unchanged content under the same id is a no-op; changed content replaces the old version.
  Result<IngestSummary> Ingest(std::string_view text, const std::string& path,
                               const IngestOptions& options);
  // The checks Ingest makes on a document's bytes before it touches the database, for a front
  // end that wants to refuse bad input before it opens (or creates) one.
  static Status CheckDocument(std::string_view text, const std::string& path);

  // User lexicon entries, kept in the database and used by every later ingest.
  Status LexiconAdd(const LexiconEntryInfo& entry);
  Result<std::vector<LexiconEntryInfo>> LexiconList();
  Status LexiconRemove(const std::string& name);  // NotFound when absent

 private:
  Engine(std::unique_ptr<Store> store, std::unique_ptr<ingest::RelationVocabulary> vocabulary);
  std::unique_ptr<Store> store_;
  std::unique_ptr<ingest::RelationVocabulary> vocabulary_;
  std::unique_ptr<parser::Parser> parser_;
  // The question words of the vocabulary, built on the first natural question.
  std::unique_ptr<QuestionLexicon> lexicon_;
  std::mutex lexicon_mu_;
  Result<const QuestionLexicon*> Lexicon();
  struct Bound;
  // Display names and terms read by earlier queries, valid while no commit comes between
  // (ReadView::Sequence); queries of one engine run one at a time.
  std::unique_ptr<TermText> text_cache_;
  uint64_t text_cache_sequence_ = 0;
  Result<Bound> BindAndPlan(const PreparedQuery& query, bool explain);
  struct PipelineCache;
  std::unique_ptr<PipelineCache> pipelines_;
  WriterMemory writer_memory_;  // what this process stored or read, across its documents
};

// The version string of this build.
const char* Version();

}  // namespace kg
