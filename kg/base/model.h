// The graph's vocabulary of types, shared by the store, the query engine and the ingest
// pipeline: strong ids, terms (entities, relations, literal values), facts and their evidence.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kg {

// A 64-bit id that cannot be mixed up with another kind of id. 0 means "none".
template <typename Tag>
struct StrongId {
  uint64_t value = 0;
  constexpr StrongId() = default;
  constexpr explicit StrongId(uint64_t v) : value(v) {}
  constexpr bool valid() const { return value != 0; }
  friend constexpr auto operator<=>(StrongId, StrongId) = default;
};

// Entities, relations and literal values share one id space: a triple is three TermIds.
using TermId = StrongId<struct TermIdTag>;
// One stated fact (a triple plus qualifiers and evidence). Fact 0 is a plain imported triple
// that has neither qualifiers nor evidence.
using FactId = StrongId<struct FactIdTag>;

// Stored in the terms column family: DO NOT CHANGE the numeric values.
enum class TermKind : uint8_t {
  kEntity = 1,
  kRelation = 2,
  kLiteral = 3,
  kBlank = 4,  // an RDF blank node: an entity without a global name
};

// Well-known IRIs.
inline constexpr char kXsd[] = "http://www.w3.org/2001/XMLSchema#";
inline constexpr char kRdfLangString[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
inline constexpr char kRdfsLabel[] = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr char kXsdString[] = "http://www.w3.org/2001/XMLSchema#string";
// kg's own namespace for datatypes and exported entities.
inline constexpr char kKgNs[] = "urn:kg:";
inline constexpr char kKgAmount[] = "urn:kg:amount";    // "1200000000 EUR"
inline constexpr char kKgPercent[] = "urn:kg:percent";  // "63.3"
inline constexpr char kKgQuantity[] = "urn:kg:quantity";  // "100 country"

// An RDF literal: lexical form, datatype IRI (empty = xsd:string) and language tag.
struct Literal {
  std::string lexical;
  std::string datatype;
  std::string lang;
  friend bool operator==(const Literal&, const Literal&) = default;
};

struct Alias {
  std::string text;
  std::string lang;  // BCP 47 tag ("ko", "en", "zh-Hani") or empty
  friend bool operator==(const Alias&, const Alias&) = default;
};

// A term as the store keeps it. Only the fields of its kind are meaningful.
struct Term {
  TermId id;
  TermKind kind = TermKind::kEntity;
  // kEntity: canonical display name (may be empty for imported entities: then the first alias
  // or the IRI is shown). kRelation: the relation id ("partnered_with"). kBlank: the label.
  std::string name;
  std::string type;  // kEntity: "Organization", "Person", ... or empty
  std::string iri;   // kEntity/kRelation: IRI when it has one
  Literal literal;   // kLiteral
  bool from_lexicon = false;  // kEntity: created from the lexicon, kept when documents go
};

// A qualifier value is a term (a literal such as an amount or a date, or an entity such as a
// place), so a pattern can bind it to a variable like any other position.
using Qualifiers = std::map<std::string, TermId>;

struct Evidence {
  std::string doc;      // document id
  int sentence = 0;     // 1-based sentence number within the document
  int start = 0;        // character span within the sentence, [start, end)
  int end = 0;
  std::string rule;     // the extraction rule that fired
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct Fact {
  FactId id;
  TermId subject, relation, object;
  bool negated = false;
  Qualifiers qualifiers;
  // Free-text notes that are not terms: the surface text of an amount, "approx", ...
  std::map<std::string, std::string> notes;
  // Its evidence is not part of the record: ReadView::GetEvidence reads it.
};

struct Document {
  std::string id;
  std::string path;
  std::string hash;         // hex content hash; same hash = same content
  std::string ingested_at;  // ISO 8601 UTC
  std::string language;     // "ko", "en"
  int64_t sentences = 0;
  int64_t entities = 0;
  int64_t facts = 0;
};

// Database-wide counts, kept current on every write so `stats` and planning need no scan.
struct GraphStats {
  int64_t entities = 0;
  int64_t relations = 0;
  int64_t literals = 0;
  int64_t triples = 0;  // index entries (each fact or plain triple once)
  int64_t facts = 0;    // facts with qualifiers or evidence
  int64_t documents = 0;
  std::map<std::string, int64_t> per_relation;  // relation id -> triples
};

}  // namespace kg

template <typename Tag>
struct std::hash<kg::StrongId<Tag>> {
  size_t operator()(kg::StrongId<Tag> id) const noexcept {
    return std::hash<uint64_t>()(id.value);
  }
};
