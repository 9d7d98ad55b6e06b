// A table row whose key cell the mention finder did not read as one whole name (| 2 | 커서 |
// 애니스피어 |, | M4 | 애플 |: a common word or a short code; | Claude 3.5 Sonnet |: a name cut
// short) is still about the thing the cell names: a cell is a name by its place in the table.
// ko_table_rows.cpp uses the cell's text as the key only for the maker column (develops, and
// the release date after it), the one column whose header says the key is a thing made.
#include "ingest/ko/ko_extract_impl.h"
#include "kg/base/strings.h"

namespace kg::ingest {

int KoreanExtractor::Impl::TableCellName(size_t k,
                                         const std::vector<std::pair<size_t, size_t>>& spans) {
  std::string cell = sentence.text.substr(spans[k].first, spans[k].second - spans[k].first);
  cell.erase(std::remove(cell.begin(), cell.end(), '*'), cell.end());
  cell = Trim(cell);
  // A short name: a few words, no description (parentheses, lists), not a bare number.
  if (cell.empty() || cell.size() > 40 || cell.find_first_of("(),;/·:") != std::string::npos)
    return -1;
  if (std::count(cell.begin(), cell.end(), ' ') > 3) return -1;
  if (cell.find_first_not_of("0123456789.%-— ") == std::string::npos) return -1;
  for (const ValueMention& v : values) {
    if (v.begin < spans[k].second && v.end > spans[k].first) return -1;  // a date, an amount
  }
  // A name it holds of a kind no product is (a person, a place, an organisation) is the key's
  // subject, not a product's name.
  for (const Mention& m : mentions) {
    if (m.begin < spans[k].first || m.end > spans[k].second) continue;
    const std::string& t = ents->at(m.entity).type;
    if (t == "Person" || t == "Place" || t == "Country" || t == "Government") return -1;
    if (m.begin == spans[k].first && m.end == spans[k].second) return -1;  // already whole
  }
  return ents->Intern(cell, "Product", {});
}

}  // namespace kg::ingest
