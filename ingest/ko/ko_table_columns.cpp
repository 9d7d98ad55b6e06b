// Table columns a relation names by its header in relations.json (ko.table_columns), for
// headers no relation word heads: | 칩셋 | holds what the row's phone uses, | 탑재 기기 | the
// devices that use the row's chip. Kept apart from ko_table_rows.cpp, which reads the header's
// own relation words, so that the vocabulary, not code, says which headers these are.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

const RelationDef* KoreanExtractor::Impl::TableColumnRelation(const std::string& header,
                                                              bool* cell_subject) const {
  // The whole header, or its last words after a space (| AP 칩셋 | is a chipset column).
  for (const RelationDef& r : x.relations_.relations()) {
    for (const auto& [column, subject] : r.ko_table_columns) {
      if (header == column || EndsWith(header, " " + column)) {
        *cell_subject = subject;
        return &r;
      }
    }
  }
  return nullptr;
}

bool KoreanExtractor::Impl::NameEndsText(int e, size_t begin, size_t end) const {
  for (const Mention& m : mentions) {
    if (m.entity != e || m.begin < begin || m.end > end) continue;
    if (sentence.text.substr(m.end, end - m.end).find_first_not_of(" *") == std::string::npos)
      return true;
  }
  return false;
}

}  // namespace kg::ingest
