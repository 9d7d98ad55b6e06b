// Engine: wires Store, the importer, the exporter and the graph writer behind one object.
#include "kg/engine.h"

#include "ingest/unicode.h"
#include "kg/graph_writer.h"
#include "kg/store.h"

#ifndef KG_VERSION
#define KG_VERSION "0.0.0"
#endif

namespace kg {

Engine::Engine(std::unique_ptr<Store> store) : store_(std::move(store)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::Open(const OpenOptions& options) {
  Store::OpenOptions so;
  so.mode = options.write ? Store::Mode::kReadWrite : Store::Mode::kReadOnly;
  so.create_if_missing = options.create;
  Result<std::unique_ptr<Store>> store = Store::Open(options.db, so);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Engine>(new Engine(std::move(store).value()));
}

const std::string& Engine::db_path() const { return store_->dir(); }

Result<GraphStats> Engine::Stats() {
  GraphStats stats;
  auto view = store_->NewReadView();
  KG_RETURN_IF_ERROR(view->GetStats(&stats));
  return stats;
}

Result<std::vector<Document>> Engine::Documents() {
  std::vector<Document> docs;
  auto view = store_->NewReadView();
  KG_RETURN_IF_ERROR(view->ListDocuments(&docs));
  return docs;
}

Status Engine::Forget(const std::string& doc_id) {
  GraphWriter writer(store_.get());
  KG_RETURN_IF_ERROR(writer.RemoveDocument(doc_id));
  return writer.Commit();
}

Result<ImportSummary> Engine::Import(std::istream* in, const std::string& source,
                                     const ImportOptions& options) {
  return ImportNTriples(store_.get(), in, source, options);
}

Result<io::ExportSummary> Engine::Export(const io::ExportOptions& options, std::ostream& out) {
  auto view = store_->NewReadView();
  if (options.format == io::ExportFormat::kDot) return io::ExportDot(*view, options, out);
  return io::ExportRdf(*view, options, out);
}

Result<io::ExportSummary> Engine::ExportCsv(const io::ExportOptions& options, std::ostream& nodes,
                                            std::ostream& edges) {
  auto view = store_->NewReadView();
  return io::ExportCsv(*view, options, nodes, edges);
}

Result<std::vector<TermId>> Engine::FindEntities(const std::string& name) {
  auto view = store_->NewReadView();
  std::vector<TermId> ids;
  KG_RETURN_IF_ERROR(view->FindByFoldedName(ingest::FoldName(name), &ids));
  return ids;
}

int DisplayWidth(const std::string& text) { return ingest::DisplayWidth(text); }

const char* Version() { return KG_VERSION; }

}  // namespace kg
