// The write side of the graph for documents: resolve entities by any name, add facts with
// evidence (merging a fact stated by several documents), record a document and forget one --
// all staged in memory and committed as one atomic batch.
//
// Not thread-safe. REQUIRES: the Store was opened read-write (one writer per database).
#pragma once

#include <array>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/storage/writer_memory.h"
#include "kg/base/model.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"

namespace kg {

// An entity as a document or the lexicon describes it, before it has an id.
struct EntitySpec {
  std::string name;  // canonical display name ("OpenAI")
  std::string type;  // "Organization", ... or empty
  std::vector<Alias> aliases;
  bool from_lexicon = false;  // a user lexicon entry: kept when every document is forgotten
  bool canonical = false;     // `name` is authoritative (from a lexicon): it replaces another
};

struct FactSpec {
  TermId subject, relation, object;
  bool negated = false;
  Qualifiers qualifiers;
  std::map<std::string, std::string> notes;
  Evidence evidence;  // evidence.doc must be the document being written
};

class GraphWriter {
 public:
  // `memory` (optional) is what the writers of one process remember about the stored graph;
  // it is consulted before reading the store and told what Commit changed when it succeeds.
  explicit GraphWriter(Store* store, WriterMemory* memory = nullptr);
  ~GraphWriter();

  // The entity named `spec.name` or any of its aliases (case-insensitive, NFC) with a
  // compatible type; created when there is none. New aliases are added to it. When
  // `doc_id` is not empty the document is recorded as mentioning the entity.
  Result<TermId> ResolveEntity(const EntitySpec& spec, const std::string& doc_id);
  // The relation with this id, created when missing.
  Result<TermId> Relation(const std::string& name);
  // The literal, created when missing; recorded as used by `doc_id` when not empty.
  Result<TermId> LiteralTerm(const Literal& lit, const std::string& doc_id);
  // Adds a fact or, when the same fact (subject, relation, object, polarity, qualifiers)
  // exists, adds this evidence to it.
  Result<FactId> AddFact(const FactSpec& spec);
  // Records the document and its sentences (sentence i is numbered i + 1).
  Status PutDocument(const Document& doc, const std::vector<std::string>& sentences);
  // Removes a document: its record and sentences, its evidence from every fact, facts left
  // without evidence, and entities/literals no other document or triple still uses.
  // NotFound when there is no such document.
  Status RemoveDocument(const std::string& doc_id);

  // A meta entry written (or deleted) in the same batch (user lexicon entries).
  void PutMeta(const std::string& key, const std::string& value) { set_.Put(Cf::kMeta, key, value); }
  void DeleteMeta(const std::string& key) { set_.Delete(Cf::kMeta, key); }
  // The entity no longer comes from the user lexicon: it goes when no document names it.
  Status ReleaseFromLexicon(TermId id);

  // Writes everything staged, atomically. The writer must not be used afterwards.
  Status Commit();

  // Counts of what this writer staged (for summaries).
  int64_t facts_added() const { return facts_added_; }
  int64_t entities_created() const { return entities_created_; }

 private:
  struct TermState;
  Status LoadTerm(TermId id, TermState** state);
  Result<TermId> AllocTerm();
  Result<uint64_t> AllocCounter(const char* key, uint64_t* cache);
  Status AddName(TermId id, const std::string& text);
  Status CandidatesForName(const std::string& folded, std::vector<TermId>* out);
  // Whether `text` (folded) is already a name of entity `id`, stored or staged.
  Result<bool> LeadsTo(const std::string& text, TermId id);
  Status NoteDocTerm(const std::string& doc_id, TermId id);
  // Fact ids of (s, p, o) in the store and in this writer, minus deleted ones.
  Status FactsOf(TermId s, TermId p, TermId o, std::vector<Triple>* out);
  Status LoadFact(FactId id, Fact** fact);
  // Whether stored fact `id` is the fact `spec` states (same polarity and qualifiers), and
  // whether `spec` brings notes the fact does not have yet.
  Status Matches(FactId id, const FactSpec& spec, bool* same, bool* new_notes);
  // Stages one piece of evidence for fact `id` under its own key.
  void AddEvidence(FactId id, const Evidence& e);
  // Whether fact `id` keeps evidence this writer has not deleted.
  Result<bool> StillCited(FactId id);
  void PutIndexEntries(const Triple& t, bool add);
  Status AdjustPositiveCount(TermId s, TermId p, TermId o, FactId changed, bool adding);
  // Deletes a term no document and no triple uses any more (at commit).
  Status MaybeDeleteTerm(TermId id);

  Store* store_;
  std::unique_ptr<ReadView> view_;
  WriteSet set_;

  struct TermState {
    Term term;
    bool dirty = false;
    bool is_new = false;
    bool deleted = false;
  };
  std::unordered_map<TermId, TermState> terms_;
  // Names, IRIs, relation and literal keys created by this writer.
  std::unordered_map<std::string, std::vector<TermId>> new_names_;
  std::unordered_map<std::string, TermId> new_keys_;
  std::set<std::pair<TermId, std::string>> doc_term_refs_;  // (term, doc) added
  std::set<std::pair<TermId, std::string>> removed_doc_term_refs_;

  struct FactState {
    Fact fact;  // the record; its evidence lives under keys of its own
    bool dirty = false;
    bool is_new = false;
    bool deleted = false;
  };
  std::unordered_map<FactId, FactState> facts_;
  std::map<std::array<uint64_t, 3>, std::vector<FactId>> new_facts_by_triple_;
  // Evidence keys this writer staged, per fact and document (a document removed later in the
  // same writer takes them back).
  std::unordered_map<FactId, std::map<std::string, std::vector<std::string>>> staged_evidence_;
  WriterMemory* memory_;
  std::vector<std::string> added_name_keys_, deleted_name_keys_;  // for memory_ at commit

  std::map<std::string, int64_t> counter_deltas_;
  std::map<TermId, int64_t> relation_deltas_;
  uint64_t next_term_ = 0, next_fact_ = 0, next_alias_ = 0;
  int64_t facts_added_ = 0, entities_created_ = 0;
  std::set<std::string> removed_docs_;
  std::set<std::pair<FactId, std::string>> dropped_evidence_;  // (fact, doc) evidence deleted
  std::vector<TermId> delete_candidates_;
  bool committed_ = false;
};

}  // namespace kg
