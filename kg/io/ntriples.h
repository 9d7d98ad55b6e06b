// W3C N-Triples 1.1: a streaming reader that reports the first error as FILE:LINE:COL, and
// the writer's term formatting. Terms are plain RDF here; mapping onto the graph model is
// rdf_import's job.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "kg/base/status.h"

namespace kg::io {

struct RdfTerm {
  enum class Kind { kIri, kBlank, kLiteral };
  Kind kind = Kind::kIri;
  std::string value;     // IRI, blank node label (without "_:"), or literal lexical form
  std::string datatype;  // literal: datatype IRI; empty for xsd:string and language strings
  std::string lang;      // literal: language tag, lower-cased
};

struct RdfTriple {
  RdfTerm s, p, o;
};

// Reads triples one at a time. Memory is bounded by the longest line.
class NTriplesReader {
 public:
  // `in` is not owned and must outlive the reader; `source` names it in errors.
  NTriplesReader(std::istream* in, std::string source);

  // Reads the next triple into *t. False at the end of input or at the first error; then
  // status() tells which (ParseError with file, line and column; IOError).
  bool Next(RdfTriple* t);
  Status status() const { return status_; }
  int64_t line_number() const { return line_no_; }
  int64_t bytes_read() const { return bytes_; }

 private:
  std::istream* in_;
  std::string source_;
  std::string line_;
  std::string pending_;  // rest of a physical line after a bare CR
  int64_t line_no_ = 0;
  int64_t bytes_ = 0;
  Status status_;
};

// Parses one line (no line terminator). Sets *has_triple to false for blank/comment lines.
// On error returns ParseError whose location has the 1-based column (characters) only.
Status ParseNTriplesLine(std::string_view line, RdfTriple* t, bool* has_triple);

// N-Triples text of a term: <iri>, _:label, "lexical"@lang, "lexical"^^<datatype>.
std::string FormatTerm(const RdfTerm& term);
void AppendEscapedIri(std::string* out, std::string_view iri);
void AppendEscapedString(std::string* out, std::string_view s);

// True when `iri` has a scheme ("http:", "urn:"), i.e. is absolute.
bool IsAbsoluteIri(std::string_view iri);

}  // namespace kg::io
