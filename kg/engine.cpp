// Engine: wires Store, the importer, the exporter and the graph writer behind one object.
#include "kg/engine.h"

#include "ingest/relations.h"
#include "kg/base/unicode.h"
#include "kg/engine_internal.h"
#include "kg/io/export.h"
#include "kg/io/rdf_import.h"
#include "kg/io/term_text.h"
#include "kg/query/binder.h"
#include "kg/query/executor.h"
#include "kg/query/finest_answers.h"
#include "kg/query/planner.h"
#include "kg/query/question_vocabulary.h"
#include "kg/storage/graph_writer.h"
#include "kg/storage/store.h"
#include "parser/ast.h"
#include "parser/parse.h"
#include "parser/printer.h"

#ifndef KG_VERSION
#define KG_VERSION "0.0.0"
#endif

namespace kg {

PreparedQuery::PreparedQuery() = default;
PreparedQuery::~PreparedQuery() = default;
PreparedQuery::PreparedQuery(PreparedQuery&&) noexcept = default;
PreparedQuery& PreparedQuery::operator=(PreparedQuery&&) noexcept = default;

Engine::Engine(std::unique_ptr<Store> store, std::unique_ptr<ingest::RelationVocabulary> vocabulary)
    : store_(std::move(store)),
      vocabulary_(std::move(vocabulary)),
      parser_(std::make_unique<parser::Parser>(QuestionVocabulary(*vocabulary_))) {}
Engine::~Engine() = default;

Result<const QuestionLexicon*> Engine::Lexicon() {
  std::lock_guard<std::mutex> lock(lexicon_mu_);
  if (!lexicon_) {
    Result<std::unique_ptr<QuestionLexicon>> built = QuestionLexicon::Build(*vocabulary_);
    if (!built.ok()) return built.status();
    lexicon_ = std::move(built).value();
  }
  return lexicon_.get();
}

Result<std::unique_ptr<Engine>> Engine::Open(const OpenOptions& options) {
  Result<ingest::RelationVocabulary> vocab = ingest::RelationVocabulary::Default();
  if (!vocab.ok()) return vocab.status();
  Store::OpenOptions so;
  so.mode = options.write ? Store::Mode::kReadWrite : Store::Mode::kReadOnly;
  so.create_if_missing = options.create;
  Result<std::unique_ptr<Store>> store = Store::Open(options.db, so);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Engine>(
      new Engine(std::move(store).value(),
                 std::make_unique<ingest::RelationVocabulary>(std::move(vocab).value())));
}

const std::string& Engine::db_path() const { return store_->dir(); }

bool Engine::created() const { return store_->created(); }

Status Engine::Close() { return store_->Close(); }

Status Engine::Discard() { return store_->Discard(); }

Result<GraphStats> Engine::Stats() {
  GraphStats stats;
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  KG_RETURN_IF_ERROR(view->GetStats(&stats));
  return stats;
}

Result<IntegrityReport> Engine::Check() {
  IntegrityReport report;
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  KG_RETURN_IF_ERROR(CheckIntegrity(*view, &report));
  return report;
}

Result<std::vector<Document>> Engine::Documents() {
  std::vector<Document> docs;
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  KG_RETURN_IF_ERROR(view->ListDocuments(&docs));
  return docs;
}

Status Engine::Forget(const std::string& doc_id) {
  GraphWriter writer(store_.get(), &writer_memory_);
  KG_RETURN_IF_ERROR(writer.RemoveDocument(doc_id));
  return writer.Commit();
}

Result<ImportSummary> Engine::Import(std::istream* in, const std::string& source,
                                     const ImportOptions& options) {
  return ImportNTriples(store_.get(), in, source, options);
}

Result<io::ExportSummary> Engine::Export(const io::ExportOptions& options, std::ostream& out) {
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  if (options.format == io::ExportFormat::kDot) return io::ExportDot(*view, options, out);
  return io::ExportRdf(*view, options, out);
}

Result<io::ExportSummary> Engine::ExportCsv(const io::ExportOptions& options, std::ostream& nodes,
                                            std::ostream& edges) {
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  return io::ExportCsv(*view, options, nodes, edges);
}

Result<std::vector<TermId>> Engine::FindEntities(const std::string& name) {
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  std::vector<TermId> ids;
  KG_RETURN_IF_ERROR(view->FindByFoldedName(kg::FoldName(name), &ids));
  return ids;
}

Result<PreparedQuery> Engine::Prepare(const std::string& text, const std::string& source) {
  int64_t bad = kg::FindInvalidUtf8(text);
  if (bad >= 0) {
    Location where{source, 1, 0, bad};
    return Status::ParseError("invalid UTF-8 in the query at byte " + std::to_string(bad), where);
  }
  if (kg::FindNul(text) >= 0) return Status::ParseError("NUL byte in the query");
  Result<parser::ast::Query> ast = parser_->Parse(text, source);
  if (!ast.ok()) return ast.status();
  PreparedQuery pq;
  pq.text_ = text;
  pq.source_ = source;
  pq.ast_ = std::make_unique<parser::ast::Query>(std::move(ast).value());
  return pq;
}

// What running and explaining a query share: catch up with other writers, bind the parsed
// query against one read view, plan it.
struct Engine::Bound {
  std::unique_ptr<ReadView> view;
  TermText* text;  // the engine's display cache, read through `view`
  BoundQuery query;
  Plan plan;
};

Result<Engine::Bound> Engine::BindAndPlan(const PreparedQuery& query, bool explain) {
  KG_RETURN_IF_ERROR(store_->CatchUp());
  Bound out;
  out.view = store_->NewReadView();
  // Display names stay true until the next commit: a session's queries share them.
  const uint64_t sequence = out.view->Sequence();
  if (!text_cache_ || sequence != text_cache_sequence_) {
    text_cache_ = std::make_unique<TermText>(out.view.get());
    text_cache_sequence_ = sequence;
  } else {
    text_cache_->Rebind(out.view.get());
  }
  out.text = text_cache_.get();
  Result<const QuestionLexicon*> lexicon = Lexicon();
  if (!lexicon.ok()) return lexicon.status();
  Binder binder(*out.view, *vocabulary_, *out.text, *lexicon);
  Result<BoundQuery> bound = binder.Bind(*query.ast_, query.text(), query.source());
  if (!bound.ok()) return bound.status();
  out.query = std::move(bound).value();
  Result<Plan> plan = MakePlan(out.query, *out.view, /*estimate_alone=*/explain);
  if (!plan.ok()) return plan.status();
  out.plan = std::move(plan).value();
  return out;
}

Result<ResultSet> Engine::Run(const PreparedQuery& query, const QueryOptions& options) {
  Result<Bound> bound = BindAndPlan(query, /*explain=*/false);
  if (!bound.ok()) return bound.status();
  ExecOptions exec;
  exec.row_limit = options.row_limit;
  exec.timeout_seconds = options.timeout_seconds;
  exec.cancel = options.cancel;
  exec.with_facts = options.with_facts;
  Result<ResultSet> result = Execute(bound->query, bound->plan, *bound->view, *bound->text, exec);
  if (!result.ok() || !bound->query.question) return result;
  const ingest::RelationDef* place = vocabulary_->ForRule("place_descriptor");
  Result<TermId> located_in = place && bound->query.answers_places
                                  ? bound->view->FindRelation(place->id)
                                  : Result<TermId>(TermId());
  if (!located_in.ok()) return located_in.status();
  KG_RETURN_IF_ERROR(KeepFinestAnswers(*bound->view, *located_in, &*result));
  return result;
}

Result<ResultSet> Engine::Query(const std::string& text, const QueryOptions& options,
                                const std::string& source) {
  Result<PreparedQuery> pq = Prepare(text, source);
  if (!pq.ok()) return pq.status();
  return Run(*pq, options);
}

Result<std::string> Engine::Explain(const std::string& query_text, const std::string& source) {
  Result<PreparedQuery> pq = Prepare(query_text, source);
  if (!pq.ok()) return pq.status();
  Result<Bound> bound = BindAndPlan(*pq, /*explain=*/true);
  if (!bound.ok()) return bound.status();
  std::string out = "parsed as: " + parser::Print(*pq->ast_) + "\n";
  for (const std::string& note : bound->query.notes) out += "note: " + note + "\n";
  return out + bound->plan.ToString(bound->query, *bound->text);
}

Result<std::vector<RelationInfo>> Engine::Relations() {
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  GraphStats stats;
  KG_RETURN_IF_ERROR(view->GetStats(&stats));
  std::vector<RelationInfo> out;
  for (const ingest::RelationDef& def : vocabulary_->relations()) {
    RelationInfo info;
    info.id = def.id;
    info.inverse = def.inverse;
    info.symmetric = def.symmetric;
    auto it = stats.per_relation.find(def.id);
    info.triples = it == stats.per_relation.end() ? 0 : it->second;
    for (const ingest::VerbForm& v : def.verbs) {
      if (!info.phrases.empty()) info.phrases += ", ";
      info.phrases += v.past + (v.prep.empty() ? "" : " " + v.prep);
    }
    for (const ingest::NounForm& n : def.nouns) {
      if (!info.phrases.empty()) info.phrases += ", ";
      info.phrases += n.singular + " of";
    }
    for (const std::string& k : def.ko_stems) {
      if (!info.korean.empty()) info.korean += ", ";
      info.korean += k;
    }
    out.push_back(std::move(info));
  }
  // Relations the graph has but the vocabulary does not (imported RDF predicates).
  for (const auto& [id, count] : stats.per_relation) {
    if (vocabulary_->Find(id)) continue;
    RelationInfo info;
    info.id = id;
    info.triples = count;
    out.push_back(std::move(info));
  }
  return out;
}

Result<std::vector<EntityInfo>> Engine::Entities(const std::string& prefix, size_t limit) {
  KG_RETURN_IF_ERROR(store_->CatchUp());
  auto view = store_->NewReadView();
  TermText text(view.get());
  std::vector<std::pair<std::string, TermId>> names;
  KG_RETURN_IF_ERROR(view->ListNames(kg::FoldName(prefix), limit * 4 + 16, &names));
  std::vector<EntityInfo> out;
  std::vector<TermId> seen;
  for (const auto& [name, id] : names) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    seen.push_back(id);
    Result<const Term*> term = text.Get(id);
    if (!term.ok()) continue;
    if ((*term)->kind != TermKind::kEntity && (*term)->kind != TermKind::kBlank) continue;
    EntityInfo info;
    Result<std::string> d = text.Display(id);
    info.name = d.ok() ? *d : name;
    info.type = (*term)->type;
    std::vector<Alias> aliases;
    KG_RETURN_IF_ERROR(view->GetAliases(id, &aliases));
    for (const Alias& a : aliases) {
      if (a.text != info.name) info.aliases.push_back(a.text);
    }
    out.push_back(std::move(info));
    if (out.size() >= limit) break;
  }
  return out;
}

const char* Version() { return KG_VERSION; }

}  // namespace kg
