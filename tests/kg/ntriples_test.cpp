// The N-Triples line parser: terms, escapes, and errors that point at the right column.
#include "kg/io/ntriples.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace kg::io {

namespace {
RdfTriple ParseOk(const std::string& line) {
  RdfTriple t;
  bool has = false;
  Status s = ParseNTriplesLine(line, &t, &has);
  INFO(s.ToString());
  REQUIRE(s.ok());
  REQUIRE(has);
  return t;
}
int64_t ErrorColumn(const std::string& line) {
  RdfTriple t;
  bool has = false;
  Status s = ParseNTriplesLine(line, &t, &has);
  REQUIRE_FALSE(s.ok());
  return s.location().column;
}
}  // namespace

TEST_CASE("N-Triples terms parse with escapes decoded", "[ntriples]") {
  RdfTriple t = ParseOk(R"(<http://a/s> <http://a/p> "line\nbreak \u00E9 \U0001F600 \"q\""@EN-gb .)");
  CHECK(t.s.value == "http://a/s");
  CHECK(t.o.value == "line\nbreak é 😀 \"q\"");
  CHECK(t.o.lang == "en-gb");
  t = ParseOk("_:x.y <http://a/p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer>.");
  CHECK(t.s.kind == RdfTerm::Kind::kBlank);
  CHECK(t.s.value == "x.y");
  CHECK(t.o.datatype == "http://www.w3.org/2001/XMLSchema#integer");
  // xsd:string is the plain literal.
  t = ParseOk("<http://a/s> <http://a/p> \"x\"^^<http://www.w3.org/2001/XMLSchema#string> .");
  CHECK(t.o.datatype.empty());
}

TEST_CASE("N-Triples errors name the column where input went wrong", "[ntriples]") {
  CHECK(ErrorColumn("<http://a/s> <http://a/p> \"abc .") == 27);
  CHECK(ErrorColumn("<http://a/s> <http://a/p> <http://a/o>") == 39);
  CHECK(ErrorColumn("<s> <http://a/p> <http://a/o> .") == 1);
  // Columns count characters, not bytes.
  CHECK(ErrorColumn("<http://a/s> <http://a/p> \"한글\" x") == 32);
}

TEST_CASE("formatting a term and parsing it back gives the same term", "[ntriples]") {
  RdfTerm lit;
  lit.kind = RdfTerm::Kind::kLiteral;
  lit.value = std::string("tab\t nl\n quote\" back\\ nul") + '\0' + " 한";
  lit.lang = "ko";
  RdfTerm iri;
  iri.value = "http://a/b c";  // a space must be escaped
  std::string line = FormatTerm(iri) + " <http://a/p> " + FormatTerm(lit) + " .";
  RdfTriple t = ParseOk(line);
  CHECK(t.s.value == iri.value);
  CHECK(t.o.value == lit.value);
  CHECK(t.o.lang == "ko");
}

TEST_CASE("the reader reports FILE:LINE:COL and stops at the first bad line", "[ntriples]") {
  std::istringstream in(
      "# comment\n<http://a/s> <http://a/p> <http://a/o> .\r\n\n<http://a/s> <http://a/p> 1 .\n");
  NTriplesReader reader(&in, "f.nt");
  RdfTriple t;
  REQUIRE(reader.Next(&t));
  REQUIRE_FALSE(reader.Next(&t));
  Status s = reader.status();
  REQUIRE(s.IsParseError());
  CHECK(s.ToString().rfind("f.nt:4:27: ", 0) == 0);
}

TEST_CASE("invalid UTF-8 is an error at its place", "[ntriples]") {
  std::istringstream in("<http://a/s> <http://a/p> \"ab\xff\" .\n");
  NTriplesReader reader(&in, "f.nt");
  RdfTriple t;
  REQUIRE_FALSE(reader.Next(&t));
  CHECK(reader.status().ToString() == "f.nt:1:30: invalid UTF-8");
}

}  // namespace kg::io
