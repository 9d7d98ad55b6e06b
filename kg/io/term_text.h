// How a term is shown to people (display names in query answers) and to other RDF tools
// (IRIs and N-Triples terms in exports). One place, so answers and exports agree.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "kg/io/ntriples.h"
#include "kg/base/model.h"
#include "kg/base/status.h"
#include "kg/storage/store.h"

namespace kg {

inline constexpr char kDefaultBase[] = "http://kg.local/";

// Ids with this bit are not stored terms but made up while answering: labels are aliases in
// the store, not triples, so a pattern that meets one as a triple sees the rdfs:label
// relation (kLabelRelationId) and one literal per alias (LabelLiteralId of its sequence).
inline constexpr uint64_t kVirtualIdBit = uint64_t{1} << 63;
inline constexpr TermId kLabelRelationId{kVirtualIdBit};
inline TermId LabelLiteralId(uint64_t alias_seq) { return TermId(kVirtualIdBit | alias_seq); }
inline bool IsVirtualId(TermId id) { return (id.value & kVirtualIdBit) != 0; }

// Caches what it has resolved; bounded (cleared when it grows past a limit).
class TermText {
 public:
  TermText(const ReadView* view, std::string base = kDefaultBase);

  // The name an answer shows: canonical name, else first alias, else IRI; literals show
  // their lexical form ("1200000000 EUR", "2025-01-20"); blank nodes "_:label".
  Result<std::string> Display(TermId id);
  // The term itself (cached).
  Result<const Term*> Get(TermId id);
  // Reads the display names of `ids` not yet known in one ordered pass (ids in any order,
  // repeats allowed), so that Display and Get of each are cache hits.
  Status Prefetch(std::vector<TermId> ids);
  // Makes a virtual term known (IsVirtualId(id)); kLabelRelationId is always known.
  void AddVirtual(TermId id, Term term);
  // The RDF term an export writes for it.
  Result<io::RdfTerm> Rdf(TermId id);
  // IRI of an entity or relation (its own, or one minted under the base).
  Result<std::string> Iri(const Term& term);
  std::string DocumentIri(const std::string& doc_id) const;
  const std::string& base() const { return base_; }
  // Reads through `view` from now on. REQUIRES: it sees the same commit as the view the cache
  // was filled from (ReadView::Sequence), so that what is cached is still true.
  void Rebind(const ReadView* view) { view_ = view; }

 private:
  void Trim();
  std::string DisplayOf(const Term& t, const Alias* first_alias) const;
  const ReadView* view_;
  std::string base_;
  std::unordered_map<TermId, Term> terms_;
  std::unordered_map<TermId, std::string> display_;
};

// Percent-encodes what may not appear raw in an IRI path segment (keeps non-ASCII).
std::string EncodeIriSegment(const std::string& s);

}  // namespace kg
