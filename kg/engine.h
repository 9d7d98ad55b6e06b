// The facade the command line (and any other front end) uses: open a graph, import and
// export RDF, list and forget documents, read statistics. Nothing here prints.
#pragma once

#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "kg/io/export.h"
#include "kg/model.h"
#include "kg/rdf_import.h"
#include "kg/status.h"

namespace kg {

class Store;

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

  Result<GraphStats> Stats();
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

  Store* store() { return store_.get(); }

 private:
  explicit Engine(std::unique_ptr<Store> store);
  std::unique_ptr<Store> store_;
};

// Columns a terminal gives `text` (Hangul and other wide characters count 2).
int DisplayWidth(const std::string& text);
// The version string of this build.
const char* Version();

}  // namespace kg
