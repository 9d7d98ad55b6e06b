// libFuzzer target: any bytes as an N-Triples document. The reader must report the first
// error or read every triple, never crash; every triple it accepts must print back as
// N-Triples that reads back to the same triple.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "kg/io/ntriples.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kg::io::NTriplesReader reader(&in, "fuzz.nt");
  kg::io::RdfTriple t;
  while (reader.Next(&t)) {
    std::string line = kg::io::FormatTerm(t.s) + " " + kg::io::FormatTerm(t.p) + " " +
                       kg::io::FormatTerm(t.o) + " .";
    kg::io::RdfTriple back;
    bool has = false;
    kg::Status s = kg::io::ParseNTriplesLine(line, &back, &has);
    if (!s.ok() || !has || back.s.value != t.s.value || back.p.value != t.p.value ||
        back.o.value != t.o.value || back.o.lang != t.o.lang || back.o.datatype != t.o.datatype) {
      std::abort();  // the writer and the reader disagree
    }
  }
  return 0;
}
